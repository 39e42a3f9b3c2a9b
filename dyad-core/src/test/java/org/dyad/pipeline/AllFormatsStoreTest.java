package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.clean.LanguageFilter;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ArticleReaders;
import org.dyad.ingest.ReaderOptions;
import org.dyad.store.EventStore;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test corpus's four stories in every input format, plus an exact copy and an edited repost,
 * coded into one database: each story is coded once and its events count every copy.
 */
class AllFormatsStoreTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @TempDir
  Path dir;

  private static int code(Path db, ReaderOptions options, List<String> inputs) throws Exception {
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      return new CorpusRun(SharedPipeline.get(), new ArticleReaders(options), store,
          new CorpusRun.Options(2, 3, 0.7), new LanguageFilter("en"))
          .runInputs(ArticleReaders.expand(inputs), new CorpusRun.Listener() {});
    }
  }

  private static List<String> column(Path db, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (var c = EventStore.openReadOnly(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private void codeEverything(Path db) throws Exception {
    List<String> formats = new ArrayList<>();
    for (String f : List.of("text", "html", "jsonl", "warc", "rss", "atom", "duplicates")) {
      formats.add(CORPUS.resolve(f).toString());
    }
    assertThat(code(db, ReaderOptions.defaults(), formats)).isZero();
    // The CSV names its columns its own way, as users' files do.
    ReaderOptions csv = new ReaderOptions(new ReaderOptions.FieldNames("body", "headline", "published", "link",
        "outlet", "id"), ReaderOptions.DEFAULT_MAX_BYTES, "en", Duration.ofSeconds(5));
    assertThat(code(db, csv, List.of(CORPUS.resolve("csv").toString()))).isZero();
  }

  @Test
  void everyFormatOfAStoryIsOneArticleCodedOnceAndItsEventsCountEveryCopy() throws Exception {
    Path db = dir.resolve("formats.duckdb");
    codeEverything(db);

    // 4 stories + the edited repost are coded; 7 formats x 4 stories + the exact copy - 4 are copies.
    assertThat(column(db, "SELECT count(*) FROM articles WHERE near_duplicate_of IS NULL")).containsExactly("5");
    assertThat(column(db, "SELECT count(*) FROM articles WHERE near_duplicate_of IS NOT NULL")).containsExactly("25");
    // Every event of a story is counted in all seven formats (and the copy, for story 1) ...
    assertThat(column(db, "SELECT min(num_articles) FROM events WHERE num_articles > 1")).containsExactly("7");
    // ... except what only the edited repost says.
    assertThat(column(db, "SELECT count(*) FROM events WHERE num_articles = 1"))
        .allSatisfy(n -> assertThat(Integer.parseInt(n)).isLessThanOrEqualTo(1));

    List<String> before = column(db, "SELECT event_id || ' ' || num_articles FROM events ORDER BY 1");
    codeEverything(db);
    assertThat(column(db, "SELECT event_id || ' ' || num_articles FROM events ORDER BY 1")).isEqualTo(before);
  }
}
