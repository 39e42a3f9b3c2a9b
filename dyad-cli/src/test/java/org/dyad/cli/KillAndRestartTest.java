package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dyad.store.EventStore;
import org.dyad.store.StoreContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code dyad code --db} with SIGKILL mid-way, twice, restarts it, and checks that the
 * database ends exactly like one from an uninterrupted run (which uses another thread count).
 */
class KillAndRestartTest {
  private static final String[] COUNTRIES = {"Peru", "Chile", "Norway", "Kenya", "Japan", "Brazil", "Poland", "Egypt",
      "India", "Mexico", "Canada", "Ghana"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun"};

  @TempDir
  Path dir;

  /** 36 short articles on invented events between real countries, each pair and date different. */
  private Path corpus() throws Exception {
    Path c = Files.createDirectories(dir.resolve("corpus"));
    int n = 0;
    for (int i = 0; i < COUNTRIES.length; i++) {
      for (int k = 1; k <= 3; k++) {
        String a = COUNTRIES[i];
        String b = COUNTRIES[(i + k) % COUNTRIES.length];
        String dateline = "Thu " + MONTHS[(i + k) % MONTHS.length] + " " + (10 + k) + ", 2019 9:00AM";
        Files.writeString(c.resolve(String.format("story-%02d.txt", n++)), dateline + "\n\n"
            + a + "'s foreign minister criticised " + b + " on Tuesday over fishing rights.\n"
            + b + " accused " + a + " of spying, officials in " + b + " said.\n");
      }
    }
    return c;
  }

  private Process start(Path corpus, Path db, int threads) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), Dyad.class.getName(),
        "code", corpus.toString(), "--db", db.toString(), "--threads", Integer.toString(threads),
        "--batch-size", "3", "--progress-interval-ms", "0"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
  }

  /** Waits for the child's n-th progress line (one per committed batch), then kills it with SIGKILL. */
  private void killAfterProgressLines(Process p, int n) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    int seen = 0;
    String line;
    StringBuilder log = new StringBuilder();
    while ((line = out.readLine()) != null) {
      log.append(line).append('\n');
      if (line.contains("articles/s, ETA") && ++seen == n) {
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no DuckDB checkpoint
        break;
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as("the child should have committed some batches before it was killed:\n" + log).isEqualTo(n);
  }

  /** Kills the child {@code millis} after it reported its models loaded, wherever it is then. */
  private static void killAfterLoadingAndDelay(Process p, long millis) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.contains("models and dictionaries loaded")) {
      // skip the JVM's warnings
    }
    Thread.sleep(millis);
    p.destroyForcibly();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  private static void finish(Process p) throws Exception {
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
  }

  private static long articles(Path db) throws Exception {
    try (Connection c = EventStore.openReadOnly(db); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, List<String>> contents(Path db) throws Exception {
    try (Connection c = EventStore.openReadOnly(db)) {
      return StoreContents.of(c);
    }
  }

  @Test
  void aRunKilledTwiceAndRestartedEndsIdenticalToAnUninterruptedRun() throws Exception {
    Path corpus = corpus();
    Path killed = dir.resolve("killed.duckdb");

    killAfterProgressLines(start(corpus, killed, 2), 2);
    long afterFirstKill = articles(killed);
    assertThat(afterFirstKill).isBetween(6L, 35L);

    killAfterProgressLines(start(corpus, killed, 2), 3);
    long afterSecondKill = articles(killed);
    assertThat(afterSecondKill).isGreaterThan(afterFirstKill).isLessThan(36L);

    // and once more at an arbitrary moment, which may fall inside a transaction, a commit or a checkpoint
    long delay = new java.util.Random().nextInt(1500);
    killAfterLoadingAndDelay(start(corpus, killed, 2), delay);

    finish(start(corpus, killed, 2));

    Path straight = dir.resolve("straight.duckdb");
    finish(start(corpus, straight, 1));

    Map<String, List<String>> expected = contents(straight);
    assertThat(expected.get("articles")).hasSize(36);
    assertThat(expected.get("events")).isNotEmpty();
    assertThat(contents(killed)).isEqualTo(expected);
  }
}
