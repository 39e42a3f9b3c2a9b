package org.dyad.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.dyad.model.Article;

/**
 * The ingest stage's contract: turns one input file into articles. A file may hold one article
 * (text, HTML) or many (JSON Lines, CSV, WARC, feeds, zip archives).
 *
 * <p>A problem with one record (a truncated JSON line, a corrupt WARC record) goes to
 * {@code problems} and reading goes on; a problem with the whole file is thrown. Article ids are
 * stable across runs (file name, plus the record's line/number/URL for multi-record files), so a
 * store can recognise what it has already coded.
 */
public interface ArticleReader {
  void read(Path input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException;

  /** Reads a named input: a file (the default) or, for readers that can, a URL. */
  default void read(ArticleReaders.Input input, Consumer<Article> articles, Consumer<InputException> problems)
      throws InputException {
    if (input.file().isEmpty()) {
      throw new InputException(Path.of(input.name()), "this reader reads files only, not " + input.name());
    }
    read(input.file().get(), articles, problems);
  }
}
