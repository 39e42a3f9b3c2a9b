package org.dyad.dict;

/** A dictionary file that cannot be used; the message names the file, line and problem. */
public final class DictionaryException extends RuntimeException {
  public DictionaryException(String message) {
    super(message);
  }
}
