package org.dyad.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.ingest.ArticleReader;
import org.dyad.ingest.ArticleReaders;
import org.dyad.clean.LanguageFilter;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.CorpusRun;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.EventStore;

/**
 * Codes the files dropped into a folder into the server's database while it serves: the folder
 * is looked at every poll interval, and a file whose size and modification time have not changed
 * since the last look (so it is no longer being written) and that was not coded in this state
 * before is coded by a {@link CorpusRun} on the store the server owns. Articles already stored
 * (same content) are skipped by the run itself, so restarting the server adds nothing twice.
 */
public final class FolderWatcher implements AutoCloseable {
  private record Seen(long size, long modified) {}

  private final Path folder;
  private final EventStore store;
  private final Pipeline pipeline;
  private final ArticleReader reader;
  private final CorpusRun.Options options;
  private final LanguageFilter language;
  private final PrintStream log;
  private final long pollMillis;
  private final Map<Path, Seen> lastLook = new HashMap<>();
  private final Map<Path, Seen> coded = new HashMap<>();
  private final Thread thread;
  private volatile boolean stopping;
  private volatile long filesCoded;
  private volatile long articlesCoded;
  private volatile long problems;
  private volatile String lastRun;
  private volatile boolean busy;
  private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

  public FolderWatcher(Path folder, EventStore store, Pipeline pipeline, ArticleReader reader,
      CorpusRun.Options options, LanguageFilter language, PrintStream log, long pollMillis) {
    this.language = language;
    this.folder = folder;
    this.store = store;
    this.pipeline = pipeline;
    this.reader = reader;
    this.options = options;
    this.log = log;
    this.pollMillis = pollMillis;
    this.thread = new Thread(this::loop, "dyad-watch");
    this.thread.setDaemon(true);
  }

  public FolderWatcher start() {
    thread.start();
    return this;
  }

  /** Changes each time a batch of coded articles is committed (what the API's cache is valid for). */
  public long dataVersion() {
    return version.get();
  }

  /** What /api/stats shows about the folder. */
  public Map<String, Object> status() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("folder", folder.toString());
    s.put("files_coded", filesCoded);
    s.put("articles_coded", articlesCoded);
    s.put("problems", problems);
    s.put("coding", busy);
    s.put("last_run", lastRun);
    return s;
  }

  private void loop() {
    while (!stopping) {
      try {
        pollOnce();
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        problems++;
        log.println("dyad serve --watch: " + e.getMessage());
      }
      try {
        Thread.sleep(pollMillis);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** One look at the folder: codes the files that are complete and new. */
  void pollOnce() throws InterruptedException {
    Map<Path, Seen> now = new HashMap<>();
    List<ArticleReaders.Input> inputs;
    try {
      inputs = ArticleReaders.expand(List.of(folder.toString()));
    } catch (IllegalArgumentException e) {
      return; // an empty folder has no inputs
    }
    List<ArticleReaders.Input> ready = new ArrayList<>();
    for (ArticleReaders.Input in : inputs) {
      if (in.file().isEmpty()) {
        continue;
      }
      Path f = in.file().get();
      Seen s;
      try {
        s = new Seen(Files.size(f), Files.getLastModifiedTime(f).toMillis());
      } catch (IOException e) {
        continue; // gone meanwhile
      }
      now.put(f, s);
      if (s.equals(lastLook.get(f)) && !s.equals(coded.get(f))) {
        ready.add(in);
      }
    }
    lastLook.clear();
    lastLook.putAll(now);
    if (ready.isEmpty()) {
      return;
    }
    busy = true;
    try {
      int failed = new CorpusRun(pipeline, reader, store, options, language).runInputs(ready, new CorpusRun.Listener() {
        @Override
        public void article(String id, CorpusRun.Outcome outcome, CodedArticle c) {
          if (outcome == CorpusRun.Outcome.CODED || outcome == CorpusRun.Outcome.COPY) {
            articlesCoded++;
          }
        }

        @Override
        public void committed(int articles, long nanos) {
          version.incrementAndGet();
        }

        @Override
        public void problem(String message) {
          log.println("dyad serve --watch: " + message);
        }
      });
      problems += failed;
      for (ArticleReaders.Input in : ready) {
        coded.put(in.file().get(), now.get(in.file().get()));
      }
      filesCoded += ready.size();
      lastRun = Instant.now().toString();
      log.printf("dyad serve --watch: coded %d new file(s) from %s%n", ready.size(), folder);
    } finally {
      busy = false;
    }
  }

  @Override
  public void close() {
    stopping = true;
    thread.interrupt();
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
