package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.Article;

/**
 * Reads JSON Lines: one JSON object per line, one article per object, with the field names of
 * {@link ReaderOptions.FieldNames} (by default {@code text}, {@code title}, {@code date},
 * {@code url}, {@code source}, {@code id}); {@code text} or {@code title} must be there. The id is
 * the record's id field, else {@code name#line}. A bad line (not JSON, truncated, not an object,
 * not UTF-8, over the size limit) is reported with file:line and the next line is read; lines are
 * never held beyond the size limit. Blank lines are skipped.
 */
public final class JsonLinesReader implements ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ReaderOptions options;

  public JsonLinesReader(ReaderOptions options) {
    this.options = options;
  }

  /** With the default field names and size limit. */
  public JsonLinesReader() {
    this(ReaderOptions.defaults());
  }

  /** All articles of a file; the first bad line is thrown (for corpora that must be clean, as in bench). */
  public List<Article> read(Path file) throws InputException {
    List<Article> articles = new ArrayList<>();
    List<InputException> problems = new ArrayList<>();
    read(file, articles::add, problems::add);
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    return articles;
  }

  @Override
  public void read(Path input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    read(InputSource.of(input, input.getFileName().toString()), articles, problems);
  }

  void read(InputSource src, Consumer<Article> articles, Consumer<InputException> problems) throws InputException {
    byte[] head = Bytes.head(src);
    if (Bytes.hasNul(head, head.length)) {
      throw src.problem(Bytes.binaryReason());
    }
    int found = 0;
    int bad = 0;
    try (InputStream in = src.open()) {
      BoundedLines lines = new BoundedLines(in, options.maxBytes());
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        try {
          Optional<Article> a = article(src, line, problems);
          if (a.isPresent()) {
            articles.accept(a.get());
            found++;
          }
        } catch (InputException e) {
          problems.accept(e);
          bad++;
        }
      }
    } catch (IOException e) {
      throw src.problem("cannot be read: " + e.getMessage());
    }
    if (found == 0 && bad == 0) {
      throw src.problem("has no articles (expected one JSON object per line with '"
          + options.fields().text() + "' or '" + options.fields().title() + "')");
    }
  }

  private Optional<Article> article(InputSource src, BoundedLines.Line line, Consumer<InputException> problems)
      throws InputException {
    long n = line.number();
    if (line.tooLong()) {
      throw src.problem(n, "line is " + line.size() + " bytes, over the limit of " + options.maxBytes()
          + " bytes for one article (raise it with --max-bytes if this really is one article)");
    }
    byte[] bytes = line.bytes();
    if (Bytes.hasNul(bytes, bytes.length)) {
      throw src.problem(n, "contains NUL bytes (binary data in a JSON Lines file)");
    }
    String text;
    try {
      text = Bytes.utf8(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      throw src.problem(n, "is not valid UTF-8; JSON Lines must be UTF-8");
    }
    if (text.isBlank()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonEOFException e) {
      throw src.problem(n, "is not valid JSON: it ends before the object closes (a truncated line?)");
    } catch (JsonProcessingException e) {
      throw src.problem(n, "is not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw src.problem(n, "expected a JSON object with '" + options.fields().text() + "' or '"
          + options.fields().title() + "', found " + (node == null ? "nothing" : kind(node)));
    }
    RecordArticles.Fields fields = name -> {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isValueNode()) {
        throw src.problem(n, "'" + name + "' must be a string, found " + kind(v));
      }
      if (v.isNumber() && name.equals(options.fields().text())) {
        throw src.problem(n, "'" + name + "' must be a string, found a number");
      }
      return Optional.of(v.asText()).filter(s -> !s.isBlank());
    };
    return Optional.of(RecordArticles.article(fields, options.fields(), src.name() + "#" + n, src, n, problems));
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }
}
