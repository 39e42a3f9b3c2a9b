package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.clean.LanguageFilter;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ArticleReaders;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.output.EventWriter;
import org.dyad.pipeline.CorpusRun;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad code PATH...}: codes articles into a dyad database (the default, {@code dyad.duckdb}),
 * or with {@code --out} streams one event per line.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Code articles into events: text, HTML, JSON Lines, CSV, WARC, RSS/Atom files or URLs,"
            + " .gz and .zip of them; directories are walked.",
        "Without --out, events go into a DuckDB database (--db, default dyad.duckdb): articles already"
            + " stored are skipped, copies are linked, mentions of one event are merged."})
public final class CodeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files, directories or feed URLs")
  List<String> paths;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "stream events to FILE ('-' for standard output) instead of storing them in a database")
  Path out;

  @Option(names = "--db", paramLabel = "FILE", description = "the DuckDB database to add to (default: dyad.duckdb)")
  Path db;

  @Option(names = "--merge-window-days", defaultValue = "1",
      description = "mentions of one event may be this many days apart (default: ${DEFAULT-VALUE})")
  int mergeWindowDays;

  @Option(names = "--merge-family", defaultValue = "root",
      description = "CAMEO code part that must agree for mentions to merge: root or base (default: ${DEFAULT-VALUE})")
  String mergeFamily;

  @Option(names = "--near-duplicate-threshold", defaultValue = "0.7",
      description = "estimated word-shingle Jaccard similarity from which an article is a copy of an earlier one"
          + " and is linked instead of coded; above 1 turns this off (default: ${DEFAULT-VALUE})")
  double nearDuplicateThreshold;

  @Option(names = "--batch-size", defaultValue = "100",
      description = "articles stored per transaction (default: ${DEFAULT-VALUE})")
  int batchSize;

  @Option(names = "--progress-interval-ms", defaultValue = "5000", hidden = true)
  long progressIntervalMs;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or tsv (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--all-modalities",
      description = "also write negated, hypothetical and future events (marked in 'modality')")
  boolean allModalities;

  @Option(names = "--article-time-limit", paramLabel = "SECONDS", defaultValue = "60",
      description = "an article still being coded after this many seconds is reported and skipped, so it does not"
          + " hold up the rest (default: ${DEFAULT-VALUE})")
  long articleTimeLimit;

  @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "120",
      description = "longer sentences (run-on text, lists) are split into pieces of at most N tokens before"
          + " parsing (default: ${DEFAULT-VALUE})")
  int maxSentenceTokens;

  @Option(names = "--threads", description = "articles coded in parallel (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  InputOptions input = new InputOptions();

  @Mixin
  DictionaryOptions dictionaries = new DictionaryOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!format.equalsIgnoreCase("jsonl") && !format.equalsIgnoreCase("tsv")) {
      throw new ParameterException(spec.commandLine(), "unknown format '" + format + "': use jsonl or tsv");
    }
    if (out != null && db != null) {
      throw new ParameterException(spec.commandLine(), "give either --out (stream events) or --db (store them), not both");
    }
    validateNumbers();
    if (out != null && !out.toString().equals("-")) {
      Optional<String> refused = OutputFile.check(out, Optional.empty(), paths);
      if (refused.isPresent()) {
        throw new IllegalArgumentException(refused.get()); // one line, no usage screen
      }
    }
    if (out != null) {
      return stream();
    }
    try {
      return store(db != null ? db : Path.of("dyad.duckdb"));
    } catch (StoreException e) {
      System.err.println("dyad: " + e.getMessage());
      return 2;
    }
  }

  /** Numeric options are checked before anything is read or loaded, with the option's name in the message. */
  private void validateNumbers() {
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("--threads must be between 1 and 1024, was " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("--batch-size must be at least 1, was " + batchSize);
    }
    if (mergeWindowDays < 0) {
      throw new IllegalArgumentException("--merge-window-days must be 0 or more, was " + mergeWindowDays);
    }
    if (Double.isNaN(nearDuplicateThreshold) || nearDuplicateThreshold < 0) {
      throw new IllegalArgumentException(
          "--near-duplicate-threshold must be a number from 0 (above 1 turns linking off), was " + nearDuplicateThreshold);
    }
    if (articleTimeLimit < 1 || articleTimeLimit > 86_400) {
      throw new IllegalArgumentException("--article-time-limit must be between 1 and 86400 seconds, was "
          + articleTimeLimit);
    }
    if (maxSentenceTokens < 10 || maxSentenceTokens > 10_000) {
      throw new IllegalArgumentException("--max-sentence-tokens must be between 10 and 10000, was "
          + maxSentenceTokens);
    }
    input.readers(); // --max-bytes and the field names: an IllegalArgumentException naming the option
  }

  private Integer store(Path file) throws Exception {
    PrintStream err = System.err;
    MergeRule rule;
    CorpusRun.Options options;
    try {
      rule = new MergeRule(mergeWindowDays, MergeRule.Family.parse(mergeFamily));
      options = new CorpusRun.Options(threads, batchSize, nearDuplicateThreshold);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<ArticleReaders.Input> inputs = inputs();
    ArticleReaders readers = readers();
    long start = System.nanoTime();
    Pipeline pipeline = dictionaries.pipeline(err)
        .withLimits(maxSentenceTokens, java.time.Duration.ofSeconds(articleTimeLimit));
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    try (EventStore store = EventStore.open(file, rule)) {
      err.printf("dyad: models and dictionaries loaded in %.1f s; coding %d input(s) with %d thread(s) into %s%n",
          loadSeconds, inputs.size(), threads, file);
      Progress progress = new Progress(err, inputs.size(), progressIntervalMs);
      int failed = new CorpusRun(pipeline, readers, store, options, input.languageFilter())
          .runInputs(inputs, progress);
      progress.summary(loadSeconds);
      try (var st = store.connection().createStatement();
          var rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions WHERE counted),"
              + " (SELECT count(*) FROM events)")) {
        rs.next();
        err.printf("dyad: %s now holds %d articles, %d event mentions merged into %d events%n",
            file, rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
      return failed > 0 ? 1 : 0;
    }
  }

  private Integer stream() throws Exception {
    PrintStream err = System.err;
    List<ArticleReaders.Input> inputs = inputs();
    ArticleReaders readers = readers();
    LanguageFilter language = input.languageFilter();
    long start = System.nanoTime();
    Pipeline pipeline = dictionaries.pipeline(err)
        .withLimits(maxSentenceTokens, java.time.Duration.ofSeconds(articleTimeLimit));
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    err.printf("dyad: models and dictionaries loaded in %.1f s; coding %d input(s) with %d thread(s)%n",
        loadSeconds, inputs.size(), threads);
    RunSummary summary = new RunSummary(inputs.size(), err);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    boolean toStdout = out.toString().equals("-");
    try (OutputFile file = toStdout ? null : OutputFile.create(out); Writer w = open(file)) {
      EventWriter events = EventWriter.forFormat(format, w);
      // Articles are coded in parallel but written in input order, so runs are reproducible.
      Deque<Future<CodedArticle>> window = new ArrayDeque<>();
      Deque<String> names = new ArrayDeque<>();
      for (ArticleReaders.Input in : inputs) {
        readers.read(in, article -> {
          Optional<String> skip = language.skipReason(article);
          if (skip.isPresent()) {
            summary.skipped(article.id() + ": " + skip.get());
            return;
          }
          window.add(pool.submit(() -> pipeline.code(article)));
          names.add(article.id());
          while (window.size() >= threads * 4) {
            drain(window.poll(), names.poll(), events, summary);
          }
        }, problem -> {
          if (problem.isWarning()) {
            summary.warning(problem.getMessage());
          } else {
            summary.failure(problem.getMessage());
          }
        });
      }
      while (!window.isEmpty()) {
        drain(window.poll(), names.poll(), events, summary);
      }
      events.flush();
      w.flush();
      if (file != null) {
        w.close();
        file.commit();
      }
    } catch (UncheckedIOException | IOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      err.println("dyad: cannot write " + (toStdout ? "standard output" : out) + ": " + cause.getMessage()
          + (toStdout ? "" : "; nothing was left under that name"));
      return OutputFile.WRITE_FAILED;
    } finally {
      pool.shutdownNow();
    }
    summary.print(start, loadSeconds);
    return summary.failed() > 0 ? 1 : 0;
  }

  private List<ArticleReaders.Input> inputs() {
    try {
      return ArticleReaders.expand(paths);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private ArticleReaders readers() {
    try {
      return input.readers();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void drain(Future<CodedArticle> f, String article, EventWriter events, RunSummary summary) {
    try {
      CodedArticle a = f.get();
      int written = 0;
      for (Event e : a.events()) {
        if (allModalities || e.modality().countsAsEvent()) {
          events.write(e);
          written++;
        }
      }
      events.flush();
      summary.article(a, written);
    } catch (ExecutionException x) {
      Throwable cause = x.getCause();
      summary.failure(cause instanceof org.dyad.pipeline.ArticleTooSlowException ? cause.getMessage()
          : article + ": coding failed: " + cause);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Writer open(OutputFile file) throws IOException {
    if (file == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush(); // do not close standard output
        }
      };
    }
    return Files.newBufferedWriter(file.path(), StandardCharsets.UTF_8);
  }
}
