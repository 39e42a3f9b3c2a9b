package org.dyad.ingest;

import java.nio.file.Path;

/**
 * An input that cannot be read as an article; the message names the file (and the line or record
 * inside it) and says why.
 */
public final class InputException extends Exception {
  private final Path file;
  private final String location;
  private final boolean warning;

  public InputException(Path file, String reason) {
    this(file, file.toString(), reason);
  }

  /** For inputs with many records per file (JSON Lines): the message starts with file:line. */
  public InputException(Path file, long line, String reason) {
    this(file, file + ":" + line, reason);
  }

  /**
   * For a place inside a file that a line number does not name: a zip entry
   * ({@code corpus.zip!/a.jsonl:12}), a WARC record ({@code crawl.warc.gz record 3 at byte 5120}),
   * a feed item, or a URL.
   *
   * @param file     the file the user gave (or found in a directory they gave)
   * @param location where in it, as the message should start
   */
  public InputException(Path file, String location, String reason) {
    this(file, location, reason, false);
  }

  private InputException(Path file, String location, String reason, boolean warning) {
    super(location + ": " + reason);
    this.file = file;
    this.location = location;
    this.warning = warning;
  }

  /**
   * The same message as a warning: something about a record that was still read and coded (a
   * date that cannot be read). Runs print warnings but do not count them as failed inputs.
   */
  public InputException asWarning() {
    return new InputException(file, location, reason(), true);
  }

  /** Whether the record was still read (see {@link #asWarning}). */
  public boolean isWarning() {
    return warning;
  }

  /** The input file; for a feed fetched from a URL, a path naming the URL's host and path. */
  public Path file() {
    return file;
  }

  /** Where the problem is, as the message starts: file, file:line, file record N, or a URL. */
  public String location() {
    return location;
  }

  /** The reason alone, without the location. */
  public String reason() {
    return getMessage().substring(location.length() + 2);
  }
}
