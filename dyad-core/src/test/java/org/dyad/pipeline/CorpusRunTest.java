package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.InputFiles;
import org.dyad.ingest.TextFileReader;
import org.dyad.store.EventStore;
import org.dyad.store.StoreContents;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus with a syndicated copy, a lightly edited repost and two outlets telling the same events. */
class CorpusRunTest {
  static final String MOSCOW = """
      Moscow Wire
      Mon Mar 2, 2020 10:15AM

      Russia's foreign minister criticised Turkey on Monday for moving troops into northern Syria.
      Turkish forces attacked Syrian army positions near Saraqib on Sunday, the ministry said.
      Iran's president telephoned Turkey's president on Monday to discuss the fighting.
      SHARE THIS ARTICLE
      """;
  static final String ANKARA = """
      Ankara Daily
      March 03 2020 08:00 AM

      Turkey's defence ministry said Turkish forces attacked Syrian army positions on Sunday.
      The Russian foreign minister accused Turkey on Monday of breaking the ceasefire.
      Greece condemned Turkey over the border crossings.
      """;
  static final String NILE = """
      Nile Post
      Wed Feb 12, 2020 7:30PM

      Egypt's foreign minister met Sudan's prime minister in Cairo on Tuesday.
      Ethiopia criticised Egypt over the dam talks on Wednesday.
      """;

  @TempDir
  Path dir;

  /** Writes the corpus: the three stories, an exact copy of one and an edited repost of another. */
  static List<Path> writeCorpus(Path dir) throws Exception {
    Path c = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(c.resolve("ankara-daily.txt"), ANKARA);
    Files.writeString(c.resolve("ankara-daily-copy.txt"), ANKARA);
    Files.writeString(c.resolve("moscow-wire.txt"), MOSCOW);
    Files.writeString(c.resolve("moscow-wire-repost.txt"), MOSCOW.replace("Moscow Wire", "Reposted from the Moscow Wire")
        .replace("discuss the fighting", "discuss the fighting in Idlib"));
    Files.writeString(c.resolve("nile-post.txt"), NILE);
    return InputFiles.expand(List.of(c));
  }

  private Map<String, List<String>> code(Path db, List<Path> files, int threads) throws Exception {
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      int failed = new CorpusRun(SharedPipeline.get(), new TextFileReader(1_000_000), store,
          new CorpusRun.Options(threads, 2, 0.7)).run(files, new CorpusRun.Listener() {});
      assertThat(failed).isZero();
      return StoreContents.of(store.connection());
    }
  }

  private static List<String> query(Path db, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (var c = EventStore.openReadOnly(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          b.append(i > 1 ? " " : "").append(rs.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  @Test
  void copiesAreLinkedEventsMergeAcrossOutletsAndRerunsAddNothing() throws Exception {
    List<Path> files = writeCorpus(dir);
    Path db = dir.resolve("a.duckdb");
    Map<String, List<String>> first = code(db, files, 2);

    assertThat(query(db, "SELECT id, near_duplicate_of IS NOT NULL FROM articles ORDER BY id")).containsExactly(
        "ankara-daily-copy.txt false", "ankara-daily.txt true", "moscow-wire-repost.txt false", "moscow-wire.txt true",
        "nile-post.txt false");
    assertThat(query(db, "SELECT source, target, code, date, num_mentions, num_articles, num_sources FROM events"
        + " ORDER BY date, source")).containsExactly(
        "SDNGOV EGYGOV 042 2020-02-11 1 1 1", // met in Cairo: Sudan's visit to Egypt
        "ETH EGY 111 2020-02-12 1 1 1",
        "TURMIL SYRMIL 190 2020-03-01 2 4 4",
        "IRNGOV TURGOV 041 2020-03-02 1 2 2",
        "RUSGOV TUR 111 2020-03-02 2 4 4", // "criticised" (111) and "accused" (112) share root 11
        "GRC TUR 111 2020-03-03 1 2 2");

    assertThat(code(db, files, 1)).as("coding the same files again adds nothing").isEqualTo(first);
  }

  @Test
  void oneOrTwoThreadsAndOneRunOrTwoIncrementalRunsGiveTheSameDatabase() throws Exception {
    List<Path> files = writeCorpus(dir);
    Map<String, List<String>> twoThreads = code(dir.resolve("two.duckdb"), files, 2);
    Path inc = dir.resolve("incremental.duckdb");
    code(inc, files.subList(0, 3), 1);
    Map<String, List<String>> incremental = code(inc, files, 1);
    assertThat(incremental).isEqualTo(twoThreads);
    assertThat(twoThreads.get("mentions")).hasSize(8); // 3 stories coded: 3 + 3 + 2 mentions
  }
}
