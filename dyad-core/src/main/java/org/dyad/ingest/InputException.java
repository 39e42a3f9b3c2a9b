package org.dyad.ingest;

import java.nio.file.Path;

/** An input that cannot be read as an article; the message names the file and says why. */
public final class InputException extends Exception {
  private final Path file;

  public InputException(Path file, String reason) {
    super(file + ": " + reason);
    this.file = file;
  }

  /** For inputs with many records per file (JSON Lines): the message starts with file:line. */
  public InputException(Path file, long line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
