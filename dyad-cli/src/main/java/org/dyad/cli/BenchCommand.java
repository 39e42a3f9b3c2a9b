package org.dyad.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.bench.BenchReport;
import org.dyad.bench.BenchResult;
import org.dyad.bench.BenchRunner;
import org.dyad.bench.Corpora;
import org.dyad.bench.Corpus;
import org.dyad.bench.SyntheticCorpus;
import org.dyad.ingest.InputException;
import org.dyad.nlp.Backend;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad bench}: codes corpora on 1..N threads and prints throughput, time per stage and peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure coding speed: articles/s, sentences/s, tokens/s, time per stage, peak heap and model"
        + " load time, after a warm-up.",
        "Without --corpus: a generated corpus (same on every machine), examples/*.txt when present, and,"
            + " when ../shared exists next to the repository, ../shared/corpus/agnews_world.jsonl and"
            + " ../shared/corpus/seeds."})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "PATH",
      description = "a .jsonl file (title/text per line), a text file or a directory of them; repeatable")
  List<Path> corpora = new ArrayList<>();

  @Option(names = "--threads", split = ",", paramLabel = "N",
      description = "thread counts to run, e.g. 1,2 (default: 1 and all cores)")
  List<Integer> threads = new ArrayList<>();

  @Option(names = "--warmup", defaultValue = "400", paramLabel = "K",
      description = {"articles coded before timing, not counted (default: ${DEFAULT-VALUE}; at most the corpus).",
          "CoreNLP's parser reaches full speed only after about 2000 sentences of JIT warm-up: with 100 the first"
              + " run came out 30-60%% slow."})
  int warmup;

  @Option(names = "--max-articles", defaultValue = "0", paramLabel = "N",
      description = "code at most the first N articles of each corpus (default: all)")
  int maxArticles;

  @Option(names = "--generated", defaultValue = "500", paramLabel = "N",
      description = "articles in the generated corpus (default: ${DEFAULT-VALUE})")
  int generated;

  @Option(names = "--seed", defaultValue = "" + SyntheticCorpus.DEFAULT_SEED,
      description = "seed of the generated corpus (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--shared", paramLabel = "DIR",
      description = "the shared data directory (default: ../shared next to the repository, when it exists)")
  Path shared;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON to FILE")
  Path json;

  @Mixin
  DictionaryOptions dictionaries = new DictionaryOptions();

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    List<Integer> settings;
    List<Corpus> list;
    try {
      settings = threadSettings();
      list = corpora();
    } catch (InputException | IllegalArgumentException e) {
      err.println("dyad bench: " + e.getMessage());
      return 2;
    }
    Map<String, String> descriptions = new LinkedHashMap<>();
    List<BenchResult> results = new ArrayList<>();
    List<Backend> backends = dictionaries.parsers();
    double loadSeconds = 0;
    for (Backend backend : backends) {
      long start = System.nanoTime();
      Pipeline pipeline = dictionaries.pipeline(System.err, backend);
      double seconds = (System.nanoTime() - start) / 1e9;
      loadSeconds = Math.max(loadSeconds, seconds);
      err.printf("dyad: models and dictionaries for --parser %s loaded in %.2f s%n", backend.id(), seconds);
      BenchRunner runner = new BenchRunner(pipeline);
      for (Corpus corpus : list) {
        // with several parsers, each result is named after its corpus and parser
        Corpus c = backends.size() == 1 ? corpus
            : new Corpus(corpus.name() + "/" + backend.id(), corpus.description(), corpus.articles());
        descriptions.put(c.name(), c.description());
        for (int n : settings) {
          err.printf("dyad: bench %s (%d articles) with %d thread(s), %d warm-up article(s)...%n", c.name(),
              c.articles().size(), n, Math.min(warmup, c.articles().size()));
          BenchResult r = runner.run(c, n, warmup);
          err.printf("dyad:   %.1f s, %.2f articles/s, %.1f sentences/s%n", r.seconds(), r.articlesPerSecond(),
              r.sentencesPerSecond());
          results.add(r);
        }
      }
    }
    BenchReport report = new BenchReport(BenchReport.describeMachine(coreNlpVersion()), loadSeconds, descriptions,
        results);
    report.printTable(System.out);
    if (json != null) {
      report.writeJson(json);
      err.println("dyad: figures written to " + json);
    }
    return results.stream().anyMatch(r -> r.failed() > 0) ? 1 : 0;
  }

  private List<Integer> threadSettings() {
    LinkedHashSet<Integer> s = new LinkedHashSet<>(threads);
    if (s.isEmpty()) {
      s.add(1);
      s.add(Runtime.getRuntime().availableProcessors());
    }
    for (int n : s) {
      if (n < 1) {
        throw new IllegalArgumentException("--threads must be >= 1, was " + n);
      }
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must be >= 0, was " + warmup);
    }
    return List.copyOf(s);
  }

  private List<Corpus> corpora() throws InputException {
    List<Corpus> out = new ArrayList<>();
    if (!corpora.isEmpty()) {
      for (Path p : corpora) {
        out.add(Corpora.load(p).limit(maxArticles));
      }
      return out;
    }
    if (generated < 1) {
      throw new IllegalArgumentException("--generated must be >= 1, was " + generated);
    }
    out.add(SyntheticCorpus.fromBuiltInDictionaries().generate(seed, generated).limit(maxArticles));
    Path root = repositoryRoot();
    Path examples = root.resolve("examples");
    if (Files.isDirectory(examples)) {
      out.add(Corpora.textFiles("examples", examples, true).limit(maxArticles));
    }
    Path sharedDir = shared != null ? shared : root.resolve("../shared").normalize();
    if (shared != null && !Files.isDirectory(shared)) {
      throw new IllegalArgumentException("--shared " + shared + ": no such directory");
    }
    Path agnews = sharedDir.resolve("corpus/agnews_world.jsonl");
    if (Files.isRegularFile(agnews)) {
      Corpus c = Corpora.load(agnews);
      out.add(new Corpus("agnews", c.description(), c.articles()).limit(maxArticles));
    }
    Path seeds = sharedDir.resolve("corpus/seeds");
    if (Files.isDirectory(seeds)) {
      out.add(Corpora.textFiles("seeds", seeds, false).limit(maxArticles));
    }
    return out;
  }

  /** The checkout this CLI runs from (target/classes is three levels down), else the working directory. */
  static Path repositoryRoot() {
    try {
      Path classes = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = classes.getParent() == null ? null : classes.getParent().getParent();
      root = root == null ? null : root.getParent();
      if (root != null && Files.isRegularFile(root.resolve("pom.xml")) && Files.isDirectory(root.resolve("dyad-core"))) {
        return root;
      }
    } catch (Exception e) {
      // not run from a checkout (e.g. a packaged jar): fall back to the working directory
    }
    return Path.of("").toAbsolutePath();
  }

  /** CoreNLP's version, from the jar on the class path (its manifest has none). */
  private static String coreNlpVersion() {
    Pattern p = Pattern.compile("stanford-corenlp-(\\d[\\w.]*?)\\.jar");
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      Matcher m = p.matcher(entry);
      if (m.find()) {
        return m.group(1);
      }
    }
    return "unknown";
  }
}
