package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dyad.clean.LanguageFilter;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ArticleReaders;
import org.dyad.ingest.ReaderOptions;
import org.dyad.pipeline.CorpusRun;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dyad serve --watch: a file dropped into the folder is coded into the served database, and its events appear. */
class WatchTest {
  @TempDir
  Path dir;

  @Test
  void aDroppedArticleIsCodedAndServedWithoutARestart() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    try (EventStore store = EventStore.open(dir.resolve("live.duckdb"), new MergeRule(1, MergeRule.Family.parse("root")),
            EventStore.ExternalAccess.REFUSED);
        ReadConnections reads = new ReadConnections(store.connection(), 2, 10)) {
      FolderWatcher watcher = new FolderWatcher(inbox, store, Fixture.pipeline(), new ArticleReaders(ReaderOptions.defaults()),
          new CorpusRun.Options(1, 100, 0.7), new LanguageFilter("any"), new PrintStream(System.err), 200);
      try (DyadServer server = new DyadServer(reads, () -> Map.of("watch", watcher.status()), System.err,
          watcher::dataVersion, 64).start("127.0.0.1", 0)) {
        watcher.start();
        String base = "http://127.0.0.1:" + server.port();
        // asked before the article arrives: the answer is cached until the data changes
        assertThat(Fixture.get(base, "/api/events?dyad=IRN,RUS").json().path("total").asInt()).isZero();
        assertThat(Fixture.get(base, "/api/events?dyad=IRN,RUS").json().path("total").asInt()).isZero();
        Files.copy(Fixture.resource("watched.txt"), inbox.resolve("tehran.txt"));
        long deadline = System.nanoTime() + 120_000_000_000L;
        int total = 0;
        while (total == 0 && System.nanoTime() < deadline) {
          Thread.sleep(200);
          // reads go on while the watcher writes
          Fixture.Response r = Fixture.get(base, "/api/events?dyad=IRN,RUS");
          assertThat(r.status()).isEqualTo(200);
          total = r.json().path("total").asInt();
        }
        assertThat(total).as("events of the dropped article").isPositive();
        assertThat(Fixture.get(base, "/api/events?dyad=IRN,RUS").json().path("events").get(0).path("source_url").asText())
            .isEqualTo("tehran.txt");
        assertThat(Fixture.get(base, "/api/stats").json().path("server").path("watch").path("files_coded").asInt()).isEqualTo(1);
        // while the owner writes, an API connection cannot
        assertThatThrownBy(() -> reads.read(c -> c.createStatement().execute("DELETE FROM events")))
            .hasMessageContaining("read-only mode");
        // the same file seen again is not coded again
        Thread.sleep(800);
        assertThat(Fixture.get(base, "/api/stats").json().path("articles").asInt()).isEqualTo(1);
      } finally {
        watcher.close();
      }
    }
  }
}
