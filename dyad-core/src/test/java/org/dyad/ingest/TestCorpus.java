package org.dyad.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dateline;
import org.dyad.model.Article;

/**
 * The ingest test corpus (src/test/resources/corpus, written by scripts/corpus/make-test-corpus.py):
 * four invented stories in every input format, plus duplicates.
 */
final class TestCorpus {
  static final Path ROOT = Path.of("src/test/resources/corpus");
  /** The CSV version names its columns differently, as users' spreadsheets do. */
  static final ReaderOptions.FieldNames CSV_FIELDS =
      new ReaderOptions.FieldNames("body", "headline", "published", "link", "outlet", "id");

  private TestCorpus() {}

  static Path dir(String format) {
    return ROOT.resolve(format);
  }

  /** Every article of one format directory, failing on any problem. */
  static List<Article> read(String format) {
    ReaderOptions options = ReaderOptions.defaults();
    if (format.equals("csv")) {
      options = options.withFields(CSV_FIELDS);
    }
    return read(new ArticleReaders(options), dir(format));
  }

  static List<Article> read(ArticleReaders readers, Path path) {
    List<Article> articles = new ArrayList<>();
    List<InputException> problems = new ArrayList<>();
    readers.readAll(ArticleReaders.expand(List.of(path.toString())), articles::add, problems::add);
    if (!problems.isEmpty()) {
      throw new AssertionError("problems reading " + path + ": " + problems);
    }
    return articles;
  }

  /** Text compared across formats: without dateline lines (only text files carry them in the text) and with whitespace collapsed. */
  static String normalised(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && Dateline.dateOf(line).isEmpty()) {
        out.append(line.strip().replaceAll("\\s+", " ")).append('\n');
      }
    }
    return out.toString().strip();
  }
}
