package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.dyad.clean.LanguageFilter;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ArticleReaders;
import org.dyad.ingest.ReaderOptions;
import org.dyad.store.EventStore;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A line one outlet prints under every story is learned as furniture and stops being coded. */
class LearnedBoilerplateRunTest {
  @TempDir
  Path dir;

  @Test
  void aFooterRepeatedByOneSourceIsLearnedAndNoLongerCoded() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    String[] countries = {"Chile", "Peru", "Bolivia", "Ecuador", "Uruguay", "Paraguay"};
    for (int i = 1; i <= 130; i++) {
      String story = "Story " + i + ": " + countries[i % 6] + " praised " + countries[(i + 1) % 6] + " on trade.";
      jsonl.append("{\"id\":\"s").append(i).append("\",\"source\":\"Harbour Wire\",\"date\":\"2025-03-10\",")
          .append("\"text\":\"").append(story).append("\\nFrom our archive: Brazil criticised Argentina.\"}\n");
    }
    Path input = Files.writeString(dir.resolve("wire.jsonl"), jsonl.toString());
    Path db = dir.resolve("b.duckdb");
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      int failed = new CorpusRun(SharedPipeline.get(), new ArticleReaders(ReaderOptions.defaults()), store,
          new CorpusRun.Options(2, 50, 2.0), new LanguageFilter("any"))
          .runInputs(ArticleReaders.expand(List.of(input.toString())), new CorpusRun.Listener() {});
      assertThat(failed).isZero();
    }
    try (var c = EventStore.openReadOnly(db); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE article IN ('s120', 's130')),"
            + " count(*) FILTER (WHERE article IN ('s1', 's2'))"
            + " FROM mentions WHERE source = 'BRA' AND target = 'ARG'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("the footer was coded until it was learned").isBetween(1, 129);
      assertThat(rs.getInt(2)).as("and not after").isZero();
      assertThat(rs.getInt(3)).as("the first stories still had it").isEqualTo(2);
    }
  }
}
