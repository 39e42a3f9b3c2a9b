package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dyad.model.Article;

/**
 * Reads one plain-text file as an article. Rejects, with a message naming the file, what would
 * otherwise be coded as garbage: binary files, text that is not UTF-8, empty files and files over
 * the size limit.
 */
public final class TextFileReader implements ArticleReader {
  private final long maxBytes;

  /** @param maxBytes the largest file accepted; news articles are rarely over a few hundred KB */
  public TextFileReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Path input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    articles.accept(read(input));
  }

  /** The article in a file; its id is the file name. */
  public Article read(Path file) throws InputException {
    try {
      long size = Files.size(file);
      if (size > maxBytes) { // checked before reading so a huge file is never loaded
        throw new InputException(file, "file is " + size + " bytes, over the limit of " + maxBytes
            + " bytes (raise it with --max-bytes if this really is one article)");
      }
    } catch (IOException e) {
      throw new InputException(file, "cannot be read: " + e.getMessage());
    }
    return read(InputSource.of(file, file.getFileName().toString()));
  }

  Article read(InputSource src) throws InputException {
    byte[] bytes;
    try (InputStream in = src.open()) {
      bytes = Bytes.readLimited(in, maxBytes, src);
    } catch (IOException e) {
      throw src.problem("cannot be read: " + e.getMessage());
    }
    return new Article(src.name(), decode(bytes, src));
  }

  /** Text of a whole-file article: not binary, UTF-8, not blank. A byte-order mark becomes a space. */
  static String decode(byte[] bytes, InputSource src) throws InputException {
    if (Bytes.hasNul(bytes, bytes.length)) {
      throw src.problem(Bytes.binaryReason());
    }
    String text;
    try {
      text = Bytes.utf8(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      throw src.problem(Bytes.utf8Reason(e));
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = " " + text.substring(1); // keep offsets: replace the byte-order mark by a space
    }
    if (text.isBlank()) {
      throw src.problem("is empty");
    }
    return text;
  }
}
