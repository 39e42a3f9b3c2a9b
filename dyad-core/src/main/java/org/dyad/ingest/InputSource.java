package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One stream of bytes to read articles from: a file, a decompressed {@code .gz}, a zip entry, a
 * fetched feed. Readers take these, so every format works inside every container.
 *
 * @param file     the file on disk it comes from (for {@link InputException#file()})
 * @param name     the stable name article ids start with: the path relative to the directory the
 *                 user gave, {@code archive.zip!/entry}, or the URL
 * @param location how messages name it: the path as the user can find it, plus any entry
 * @param opener   opens the bytes; may be called more than once (sniffing, then reading)
 */
record InputSource(Path file, String name, String location, Opener opener) {
  interface Opener {
    InputStream open() throws IOException;
  }

  static InputSource of(Path file, String name) {
    return new InputSource(file, name, file.toString(), () -> Files.newInputStream(file));
  }

  /** The last part of the name (the entry's or file's own name), which carries the extension. */
  String fileName() {
    String n = name;
    int bang = n.lastIndexOf("!/");
    if (bang >= 0) {
      n = n.substring(bang + 2);
    }
    int slash = n.lastIndexOf('/');
    return slash >= 0 ? n.substring(slash + 1) : n;
  }

  InputStream open() throws InputException {
    try {
      return opener.open();
    } catch (IOException e) {
      throw problem("cannot be read: " + e.getMessage());
    }
  }

  InputException problem(String reason) {
    return new InputException(file, location, reason);
  }

  /** A problem at a line of this source: {@code location:line}. */
  InputException problem(long line, String reason) {
    return new InputException(file, location + ":" + line, reason);
  }

  /** A problem with one numbered record of a container (WARC record, feed item). */
  InputException problemAt(String where, String reason) {
    return new InputException(file, location + " " + where, reason);
  }
}
