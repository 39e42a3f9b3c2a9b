package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ArticleReaders;
import org.dyad.pipeline.CorpusRun;
import org.dyad.pipeline.Pipeline;
import org.dyad.serve.DyadServer;
import org.dyad.serve.FolderWatcher;
import org.dyad.serve.ReadConnections;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad serve}: the REST API and the dashboard over a database, optionally coding a watched folder into it. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the REST API (/api/, see /api/openapi.json) and the dashboard (/) over a database.",
        "This process owns the database: with --watch it also codes the files dropped into a folder, and the",
        "new events appear in the API and the dashboard without a restart. The API never writes."})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "the database (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--port", defaultValue = "7070", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network)")
  String host;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "code the articles dropped into DIR (checked every --poll-ms) into the database while serving")
  Path watch;

  @Option(names = "--poll-ms", defaultValue = "2000", description = "how often --watch looks at the folder (default: ${DEFAULT-VALUE})")
  long pollMs;

  @Option(names = "--threads", description = "articles coded in parallel by --watch (default: 1, so serving keeps a core)")
  int threads = 1;

  @Option(names = "--connections", defaultValue = "4", description = "requests answered at once (default: ${DEFAULT-VALUE})")
  int connections;

  @Option(names = "--query-timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "a query running longer is cancelled and answered with 503 (default: ${DEFAULT-VALUE})")
  int queryTimeout;

  @Option(names = "--cache-entries", defaultValue = "512", paramLabel = "N",
      description = "answers kept until the data changes (default: ${DEFAULT-VALUE}; 0: compute every request)")
  int cacheEntries;

  @Mixin
  InputOptions input = new InputOptions();

  @Mixin
  DictionaryOptions dictionaries = new DictionaryOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    if (pollMs < 100 || connections < 1 || connections > 64 || queryTimeout < 1 || threads < 1 || cacheEntries < 0) {
      throw new ParameterException(spec.commandLine(), "--poll-ms must be at least 100, --connections 1 to 64, "
          + "--query-timeout and --threads at least 1, --cache-entries at least 0");
    }
    if (watch != null && !Files.isDirectory(watch)) {
      throw new ParameterException(spec.commandLine(), "--watch " + watch + ": not a directory");
    }
    EventStore store = null;
    Connection owner;
    FolderWatcher watcher = null;
    try {
      if (watch == null) {
        owner = EventStore.openReadOnly(db, EventStore.ExternalAccess.REFUSED);
      } else {
        store = EventStore.open(db, storedRule(db), EventStore.ExternalAccess.REFUSED);
        owner = store.connection();
      }
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      return 2;
    }
    try (ReadConnections reads = new ReadConnections(owner, connections, queryTimeout)) {
      if (watch != null) {
        long t = System.nanoTime();
        Pipeline pipeline = dictionaries.pipeline(err);
        err.printf("dyad: models and dictionaries loaded in %.1f s%n", (System.nanoTime() - t) / 1e9);
        watcher = new FolderWatcher(watch, store, pipeline, new ArticleReaders(input.readerOptions()),
            new CorpusRun.Options(threads, 100, 0.7), input.languageFilter(), err, pollMs).start();
      }
      FolderWatcher w = watcher;
      EventStore owned = store;
      DyadServer server = new DyadServer(reads, () -> {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("database", db.toAbsolutePath().toString());
        s.put("watch", w == null ? null : w.status());
        return s;
      }, err, w == null ? () -> 0 : w::dataVersion, cacheEntries).start(host, port);
      err.printf("dyad: serving %s at http://%s:%d/ (API: /api/, Ctrl-C stops)%s%n", db, host.contains(":") ? "[" + host + "]" : host,
          server.port(), watch == null ? "" : "; coding files dropped into " + watch);
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        server.close();
        if (w != null) {
          w.close(); // stops after the batch it is writing
          reads.close();
          owned.close(); // the last connection: the database is checkpointed, no WAL left
        }
        stop.countDown();
      }));
      stop.await();
      return 0;
    } catch (RuntimeException e) {
      if (watcher != null) {
        watcher.close();
      }
      throw e;
    } finally {
      if (store != null && watcher == null) {
        store.close();
      }
    }
  }

  /** The merge rule the database was built with, so serving never re-merges it; the default for a new one. */
  private static MergeRule storedRule(Path db) {
    MergeRule fallback = new MergeRule(1, MergeRule.Family.parse("root"));
    if (!Files.isRegularFile(db)) {
      return fallback;
    }
    try (Connection c = EventStore.openReadOnly(db); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM settings WHERE key = 'merge_rule'")) {
      if (rs.next()) {
        String[] parts = rs.getString(1).split("/");
        return new MergeRule(Integer.parseInt(parts[1]), MergeRule.Family.parse(parts[0]));
      }
    } catch (java.sql.SQLException | RuntimeException e) {
      throw new StoreException(db + ": cannot read its merge rule: " + e.getMessage(), e);
    }
    return fallback;
  }
}
