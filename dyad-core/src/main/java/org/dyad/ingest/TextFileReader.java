package org.dyad.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  public void read(Path input, java.util.function.Consumer<Article> articles,
      java.util.function.Consumer<InputException> problems) throws InputException {
    articles.accept(read(input));
  }

  public Article read(Path file) throws InputException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputException(file, "file is " + size + " bytes, over the limit of " + maxBytes
            + " bytes (raise it with --max-bytes if this really is one article)");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file, "cannot be read: " + e.getMessage());
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputException(file, "looks binary (contains NUL bytes); expected a UTF-8 text article");
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(file, "is not valid UTF-8 (" + e.getMessage()
          + "); convert it first, e.g. iconv -f latin1 -t utf-8");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = " " + text.substring(1); // keep offsets: replace the byte-order mark by a space
    }
    if (text.isBlank()) {
      throw new InputException(file, "is empty");
    }
    return new Article(file.getFileName().toString(), text);
  }
}
