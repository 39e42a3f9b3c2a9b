package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.Article;

/**
 * Reads one saved web page as an article: the text {@link HtmlExtractor} finds, with the page's
 * title, date, site and URL. A page with no story text left after extraction is an error.
 */
public final class HtmlFileReader implements ArticleReader {
  private final long maxBytes;
  private final HtmlExtractor extractor = new HtmlExtractor();

  public HtmlFileReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public void read(Path input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    articles.accept(read(InputSource.of(input, input.getFileName().toString())));
  }

  Article read(InputSource src) throws InputException {
    byte[] bytes;
    try (InputStream in = src.open()) {
      bytes = Bytes.readLimited(in, maxBytes, src);
    } catch (IOException e) {
      throw src.problem("cannot be read: " + e.getMessage());
    }
    if (Bytes.hasNul(bytes, bytes.length)) {
      throw src.problem(Bytes.binaryReason());
    }
    String html;
    try {
      html = HtmlExtractor.decode(bytes, Optional.empty());
    } catch (CharacterCodingException e) {
      throw src.problem(Bytes.utf8Reason(e) + "; or declare the page's charset in a <meta charset> tag");
    }
    if (html.isBlank()) {
      throw src.problem("is empty");
    }
    return article(extractor.extract(html, ""), src.name(), src, "page");
  }

  /** An article from an extracted page, or an error naming where the page was when it has no text. */
  static Article article(HtmlExtractor.HtmlPage page, String id, InputSource src, String what) throws InputException {
    if (page.text().isBlank()) {
      throw src.problem("the HTML " + what + " has no article text (nothing but navigation, scripts or markup)");
    }
    return new Article(id, page.text(), page.meta());
  }
}
