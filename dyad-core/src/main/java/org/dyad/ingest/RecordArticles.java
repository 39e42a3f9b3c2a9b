package org.dyad.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.Article;
import org.dyad.model.ArticleMeta;

/** Builds an article from the named fields of one record (a JSON line, a CSV row). */
final class RecordArticles {
  private RecordArticles() {}

  /** The fields of one record, looked up by name; absent and blank fields are empty. */
  interface Fields {
    Optional<String> get(String name) throws InputException;
  }

  /**
   * The article of a record: the title, a blank line and the text (the title is coded as its own
   * paragraph, as in a text file with the headline on top), unless the text already starts with
   * the title. A date that cannot be read is reported, and the article is kept without it.
   *
   * @param defaultId the id when the record has none: {@code name#line}
   */
  static Article article(Fields fields, ReaderOptions.FieldNames names, String defaultId, InputSource src, long line,
      Consumer<InputException> problems) throws InputException {
    Optional<String> title = fields.get(names.title()).map(String::strip);
    Optional<String> text = fields.get(names.text());
    if (title.isEmpty() && text.isEmpty()) {
      throw src.problem(line, "has neither '" + names.text() + "' nor '" + names.title()
          + "' (set the field names with --text-field and --title-field)");
    }
    String body;
    if (title.isEmpty()) {
      body = text.get();
    } else if (text.isEmpty() || text.get().strip().startsWith(title.get())) {
      body = text.orElse(title.get());
    } else {
      body = title.get() + "\n\n" + text.get();
    }
    Optional<LocalDate> date = Optional.empty();
    Optional<String> rawDate = fields.get(names.date());
    if (rawDate.isPresent()) {
      date = MetaDates.parse(rawDate.get());
      if (date.isEmpty()) {
        problems.accept(src.problem(line, "'" + names.date() + "' is '" + rawDate.get()
            + "', not a date dyad can read (use YYYY-MM-DD or ISO 8601); the article is coded without a date").asWarning());
      }
    }
    String id = fields.get(names.id()).map(String::strip).orElse(defaultId);
    return new Article(id, body, new ArticleMeta(title, date, fields.get(names.url()).map(String::strip),
        fields.get(names.source()).map(String::strip)));
  }
}
