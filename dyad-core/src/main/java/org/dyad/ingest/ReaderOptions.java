package org.dyad.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How inputs are read, validated when made.
 *
 * @param fields       the field (JSON Lines) or column (CSV) names of each article part
 * @param maxBytes     the largest article accepted: a text or HTML file, one JSON line, one CSV
 *                     record, one WARC payload, one feed item. Larger ones are reported and
 *                     skipped without being held in memory. A feed document may be ten times this.
 * @param language     the language to code (ISO 639-1, "en"); the run skips articles detected as
 *                     another language with {@code org.dyad.clean.LanguageFilter}, which counts
 *                     them. {@code "any"} codes everything.
 * @param fetchTimeout how long to wait for a feed given as an http(s) URL
 */
public record ReaderOptions(FieldNames fields, long maxBytes, String language, Duration fetchTimeout) {
  public static final long DEFAULT_MAX_BYTES = 5_000_000;
  /** The largest {@code maxBytes}: one article is held in one Java array (2 GB). */
  public static final long MAX_MAX_BYTES = Integer.MAX_VALUE - 16L;
  /** The value of {@code language} that turns language filtering off. */
  public static final String ANY_LANGUAGE = "any";

  public ReaderOptions {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("--max-bytes must be positive, was " + maxBytes);
    }
    if (maxBytes > MAX_MAX_BYTES) {
      throw new IllegalArgumentException("--max-bytes must be at most " + MAX_MAX_BYTES + " (one article is held in memory),"
          + " was " + maxBytes);
    }
    if (!language.equals(ANY_LANGUAGE) && !language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("language must be a two-letter ISO 639-1 code such as 'en', or 'any'; was '"
          + language + "'");
    }
  }

  public static ReaderOptions defaults() {
    return new ReaderOptions(FieldNames.DEFAULTS, DEFAULT_MAX_BYTES, "en", Duration.ofSeconds(30));
  }

  public ReaderOptions withFields(FieldNames f) {
    return new ReaderOptions(f, maxBytes, language, fetchTimeout);
  }

  public ReaderOptions withMaxBytes(long n) {
    return new ReaderOptions(fields, n, language, fetchTimeout);
  }

  public ReaderOptions withLanguage(String l) {
    return new ReaderOptions(fields, maxBytes, l, fetchTimeout);
  }

  /** Whether articles are filtered by language at all. */
  public boolean filtersLanguage() {
    return !language.equals(ANY_LANGUAGE);
  }

  /**
   * Names of the fields (JSON Lines keys, CSV header columns) that hold each part of an article.
   * Only {@code text} or {@code title} must be present in a record; the others are optional.
   */
  public record FieldNames(String text, String title, String date, String url, String source, String id) {
    public static final FieldNames DEFAULTS = new FieldNames("text", "title", "date", "url", "source", "id");

    public FieldNames {
      for (String f : new String[] {text, title, date, url, source, id}) {
        if (f == null || f.isBlank()) {
          throw new IllegalArgumentException("field names must not be empty");
        }
      }
    }
  }
}
