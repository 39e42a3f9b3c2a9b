package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dyad.clean.LanguageFilter;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ArticleReaders;
import org.dyad.ingest.ReaderOptions;
import org.dyad.pipeline.CorpusRun;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables laid out as the Spark job writes them (Parquet per table, partitioned by an extra
 * {@code part_date} column, plus settings) are loaded into a new database row for row. The Spark
 * module's own test runs the real job; this one needs no Spark: DuckDB writes the Parquet.
 */
class ParquetImportTest {
  @TempDir
  Path dir;

  private static final MergeRule TWO_DAYS = new MergeRule(2, MergeRule.Family.BASE);

  private Path coded() throws Exception {
    Path db = dir.resolve("coded.duckdb");
    try (EventStore store = EventStore.open(db, TWO_DAYS)) {
      new CorpusRun(SharedPipeline.get(), new ArticleReaders(ReaderOptions.defaults()), store,
          new CorpusRun.Options(2, 10, 0.7), new LanguageFilter("en"))
          .runInputs(ArticleReaders.expand(List.of("src/test/resources/corpus/text",
              "src/test/resources/corpus/duplicates")), new CorpusRun.Listener() {});
    }
    return db;
  }

  /** Writes the tables as the job does, with DuckDB. */
  private Path asSparkWritesIt(Path db) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (Connection c = EventStore.openReadOnly(db); Statement st = c.createStatement()) {
      Map<String, String> dates = Map.of("articles", "article_date", "minhashes", "NULL", "mentions", "article_date",
          "events", "date");
      for (String t : ParquetImport.TABLES) {
        st.execute("COPY (SELECT *, coalesce(CAST(" + dates.get(t) + " AS VARCHAR), 'undated') AS part_date FROM " + t
            + ") TO '" + out.resolve(t) + "' (FORMAT parquet, PARTITION_BY (part_date))");
      }
      Files.createDirectories(out.resolve("settings"));
      st.execute("COPY (SELECT * FROM settings) TO '" + out.resolve("settings/part-0.parquet") + "' (FORMAT parquet)");
    }
    return out;
  }

  @Test
  void theJobsTablesLoadRowForRowWithTheirMergeRule() throws Exception {
    Path db = coded();
    Path out = asSparkWritesIt(db);
    Path imported = dir.resolve("imported.duckdb");
    Map<String, Long> rows = ParquetImport.into(imported, out);
    assertThat(rows.get("events")).isPositive();
    Map<String, List<String>> expected;
    Map<String, List<String>> actual;
    try (Connection a = EventStore.openReadOnly(db); Connection b = EventStore.openReadOnly(imported)) {
      expected = StoreContents.of(a);
      actual = StoreContents.of(b);
    }
    for (String t : ParquetImport.TABLES) {
      assertThat(actual.get(t)).as(t).containsExactlyElementsOf(expected.get(t));
    }
    // the merge rule came along: opening with it re-merges nothing, and the settings say so
    try (Connection b = EventStore.openReadOnly(imported); Statement st = b.createStatement();
        var rs = st.executeQuery("SELECT value FROM settings WHERE key = 'merge_rule'")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("base/2");
    }
  }

  @Test
  void refusesADatabaseWithArticlesAndADirectoryThatIsNotTheJobs() throws Exception {
    Path db = coded();
    Path out = asSparkWritesIt(db);
    assertThatThrownBy(() -> ParquetImport.into(db, out)).isInstanceOf(StoreException.class)
        .hasMessageContaining("already holds articles");
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> ParquetImport.into(dir.resolve("x.duckdb"), dir.resolve("empty")))
        .isInstanceOf(StoreException.class).hasMessageContaining("not the output of dyad's Spark job");
  }
}
