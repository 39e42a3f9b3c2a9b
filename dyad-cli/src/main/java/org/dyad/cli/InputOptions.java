package org.dyad.cli;

import java.time.Duration;
import org.dyad.clean.LanguageFilter;
import org.dyad.ingest.ReaderOptions;
import picocli.CommandLine.Option;

/**
 * Options for reading inputs (field names of JSON Lines and CSV, the size limit, the language to
 * code), shared by every command that reads articles: {@code @Mixin InputOptions input;}.
 */
public final class InputOptions {
  private static final ReaderOptions.FieldNames D = ReaderOptions.FieldNames.DEFAULTS;

  @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
      description = "JSON Lines field / CSV column with the article text (default: ${DEFAULT-VALUE})")
  String textField = D.text();

  @Option(names = "--title-field", paramLabel = "NAME", defaultValue = "title",
      description = "field / column with the headline (default: ${DEFAULT-VALUE})")
  String titleField = D.title();

  @Option(names = "--date-field", paramLabel = "NAME", defaultValue = "date",
      description = "field / column with the publication date, ISO 8601 or RFC 822 (default: ${DEFAULT-VALUE})")
  String dateField = D.date();

  @Option(names = "--url-field", paramLabel = "NAME", defaultValue = "url",
      description = "field / column with the article's URL (default: ${DEFAULT-VALUE})")
  String urlField = D.url();

  @Option(names = "--source-field", paramLabel = "NAME", defaultValue = "source",
      description = "field / column with the outlet's name (default: ${DEFAULT-VALUE})")
  String sourceField = D.source();

  @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
      description = "field / column with a unique article id; without one, ids are FILE#LINE (default: ${DEFAULT-VALUE})")
  String idField = D.id();

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5000000",
      description = "largest article: a text or HTML file, one JSON line, CSV row, WARC page or feed item;"
          + " larger ones are reported and skipped (default: ${DEFAULT-VALUE})")
  long maxBytes = ReaderOptions.DEFAULT_MAX_BYTES;

  @Option(names = "--language", paramLabel = "CODE", defaultValue = "en",
      description = "code only articles in this language (ISO 639-1); others are skipped and counted;"
          + " 'any' codes everything (default: ${DEFAULT-VALUE})")
  String language = "en";

  @Option(names = "--allow-private-addresses",
      description = "let feed URLs and their redirects reach loopback, private and link-local addresses"
          + " (by default only public addresses are fetched)")
  boolean allowPrivateAddresses;

  /** The readers these flags describe; a bad value is an IllegalArgumentException naming it. */
  public org.dyad.ingest.ArticleReaders readers() {
    return new org.dyad.ingest.ArticleReaders(readerOptions(), allowPrivateAddresses);
  }

  /** The reader options these flags describe; a bad value is an IllegalArgumentException naming it. */
  public ReaderOptions readerOptions() {
    return new ReaderOptions(new ReaderOptions.FieldNames(textField, titleField, dateField, urlField, sourceField,
        idField), maxBytes, language, Duration.ofSeconds(30));
  }

  /** The filter that decides which articles are coded by language. */
  public LanguageFilter languageFilter() {
    return new LanguageFilter(readerOptions().language());
  }
}
