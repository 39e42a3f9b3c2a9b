package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.ingest.InputException;
import org.dyad.ingest.InputFiles;
import org.dyad.ingest.TextFileReader;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.output.EventWriter;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code PATH...}: codes text articles and writes one event per line. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code plain-text articles (one per file; directories are walked) into events.")
public final class CodeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or directories")
  List<Path> paths;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "where to write events (default: standard output)")
  Path out;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or tsv (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--all-modalities",
      description = "also write negated, hypothetical and future events (marked in 'modality')")
  boolean allModalities;

  @Option(names = "--threads", description = "articles coded in parallel (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", defaultValue = "5000000", description = "reject files larger than this (default: ${DEFAULT-VALUE})")
  long maxBytes;

  @Mixin
  DictionaryOptions dictionaries = new DictionaryOptions();

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    List<Path> files = InputFiles.expand(paths);
    long start = System.nanoTime();
    Pipeline pipeline = dictionaries.pipeline(System.err);
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    err.printf("dyad: models and dictionaries loaded in %.1f s; coding %d file(s) with %d thread(s)%n",
        loadSeconds, files.size(), threads);
    TextFileReader reader = new TextFileReader(maxBytes);
    RunSummary summary = new RunSummary(files.size(), err);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Writer w = open()) {
      EventWriter events = EventWriter.forFormat(format, w);
      // Articles are coded in parallel but written in input order, so runs are reproducible.
      Deque<Future<CodedArticle>> window = new ArrayDeque<>();
      Deque<Path> names = new ArrayDeque<>();
      for (Path f : files) {
        window.add(pool.submit(() -> pipeline.code(reader.read(f))));
        names.add(f);
        if (window.size() >= threads * 4) {
          drain(window.poll(), names.poll(), events, summary);
        }
      }
      while (!window.isEmpty()) {
        drain(window.poll(), names.poll(), events, summary);
      }
      events.flush();
    } finally {
      pool.shutdownNow();
    }
    summary.print(start, loadSeconds);
    return summary.failed() > 0 ? 1 : 0;
  }

  private void drain(Future<CodedArticle> f, Path file, EventWriter events, RunSummary summary)
      throws IOException, InterruptedException {
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
      String message = cause instanceof InputException ? cause.getMessage() : file + ": " + cause;
      summary.failure(message);
    }
  }

  private Writer open() throws IOException {
    if (out == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush(); // do not close standard output
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }
}
