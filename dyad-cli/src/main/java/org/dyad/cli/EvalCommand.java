package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.eval.ActorMatch;
import org.dyad.eval.ArticleGold;
import org.dyad.eval.ArticleReport;
import org.dyad.eval.ArticleScorer;
import org.dyad.eval.CodeLevel;
import org.dyad.eval.CodedEvent;
import org.dyad.eval.EvalOptions;
import org.dyad.eval.Evaluation;
import org.dyad.eval.Evaluator;
import org.dyad.eval.GoldFile;
import org.dyad.eval.GoldReader;
import org.dyad.events.PloverMap;
import org.dyad.eval.ReportWriter;
import org.dyad.eval.Scorer;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.output.EventFields;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad eval --gold FILE}: codes gold sentences and reports precision, recall and extras. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Code every sentence of gold sets (JSON Lines) and compare with the expected events: records "
        + "fully right, precision, recall, F1 and extra-event rate, per category and per CAMEO root. Article-level "
        + "sets ({\"articles\": {...}}) are coded article by article and scored as score_articles.py scores them.")
public final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "a gold set: JSON Lines of sentences, or one JSON object {\"articles\": {...}} of whole "
          + "articles scored as score_articles.py; repeat for several (each is reported on its own)")
  List<Path> gold;

  @Option(names = "--level", defaultValue = "code", paramLabel = "LEVEL",
      description = "code, base (3 digits), root (2 digits) or plover (PLOVER type); records annotated at root "
          + "level are compared at root, PLOVER-only ones at plover (default: ${DEFAULT-VALUE})")
  CodeLevel level;

  @Option(names = "--actor-match", defaultValue = "exact", paramLabel = "MODE",
      description = "exact (the coded code must be listed; a listed 3-letter code is compared with the coded "
          + "country) or country (countries only). Named so because --actors chooses actor dictionaries "
          + "(default: ${DEFAULT-VALUE})")
  ActorMatch actorMatch;

  @Option(names = "--report", paramLabel = "DIR",
      description = "write summary.json and failures.jsonl here (one DIR/<file-stem>/ per gold file when several)")
  Path report;

  @Option(names = "--all-modalities",
      description = "also compare negated, hypothetical and future events (by default only asserted and reported)")
  boolean allModalities;

  @Option(names = "--threads", description = "records coded in parallel (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--default-date", defaultValue = "2000-01-01", paramLabel = "YYYY-MM-DD",
      description = "the date for records whose date is null (default: ${DEFAULT-VALUE})")
  String defaultDate;

  @Mixin
  DictionaryOptions dictionaries = new DictionaryOptions();

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    for (Path g : gold) {
      if (!Files.isRegularFile(g)) {
        err.println("dyad eval: gold file " + g + " does not exist");
        return 2;
      }
    }
    LocalDate fallbackDate;
    try {
      fallbackDate = org.dyad.store.DateBound.day("--default-date", defaultDate);
    } catch (IllegalArgumentException e) {
      err.println("dyad eval: " + e.getMessage() + " (see dyad eval --help)");
      return 2;
    }
    long start = System.nanoTime();
    Pipeline pipeline = dictionaries.pipeline(System.err);
    err.printf("dyad: models and dictionaries loaded in %.1f s; %d thread(s)%n", (System.nanoTime() - start) / 1e9,
        threads);
    Scorer scorer = new Scorer(new EvalOptions(level, actorMatch, allModalities), PloverMap.builtIn());
    Optional<LocalDate> fallback = Optional.of(fallbackDate);
    GoldReader reader = new GoldReader();
    Set<String> stems = new HashSet<>();
    int crashedFiles = 0;
    try (Evaluator evaluator = new Evaluator(scorer, r -> pipeline.code(new Article(r.id(), r.text()),
        r.date().or(() -> fallback)).events().stream().map(CodedEvent::of).toList(), threads)) {
      for (Path g : gold) {
        long t0 = System.nanoTime();
        if (ArticleGold.isArticleSet(g)) {
          evaluateArticles(ArticleGold.read(g), pipeline, t0, stems, out, err);
          continue;
        }
        GoldFile file = reader.read(g);
        file.errors().forEach(e -> err.println("dyad eval: skipped " + e));
        Evaluation e = evaluator.evaluate(file);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ReportWriter.print(e, seconds, out);
        out.flush();
        if (e.crashed() > 0) {
          crashedFiles++;
          err.println("dyad eval: " + e.crashed() + " record(s) of " + g + " could not be coded; see failures.jsonl");
        }
        if (report != null) {
          Path dir = report;
          if (gold.size() > 1) {
            String stem = file.stem();
            for (int n = 2; !stems.add(stem); n++) {
              stem = file.stem() + "-" + n; // two gold files of the same name in different directories
            }
            dir = report.resolve(stem);
          }
          ReportWriter.write(e, seconds, dir);
        }
      }
    }
    if (report != null) {
      err.println("dyad eval: report written to " + report);
    }
    return crashedFiles > 0 ? 1 : 0;
  }

  /**
   * An article-level set: each article coded as title, blank line, text, with its date as the article
   * date (a month alone gives none: the text's own dateline or dates decide), scored as
   * score_articles.py scores.
   */
  private void evaluateArticles(ArticleGold set, Pipeline pipeline, long t0, Set<String> stems, PrintStream out,
      PrintStream err) throws Exception {
    set.errors().forEach(e -> err.println("dyad eval: skipped " + e));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<Map<String, Object>> fields = new ArrayList<>();
    try {
      List<Future<List<Event>>> coded = new ArrayList<>();
      for (ArticleGold.Article a : set.articles()) {
        coded.add(pool.submit(() -> pipeline.code(new Article(a.id(), a.codedText()), a.date()).events()));
      }
      for (Future<List<Event>> f : coded) {
        f.get().forEach(e -> fields.add(EventFields.of(e)));
      }
    } finally {
      pool.shutdownNow();
    }
    ArticleScorer.Result r = ArticleScorer.score(set, fields.stream().map(ArticleScorer.Coded::of).toList());
    double seconds = (System.nanoTime() - t0) / 1e9;
    ArticleReport.print(set, r, seconds, out);
    out.flush();
    if (report != null) {
      Path dir = report;
      if (gold.size() > 1) {
        String stem = set.stem();
        for (int n = 2; !stems.add(stem); n++) {
          stem = set.stem() + "-" + n;
        }
        dir = report.resolve(stem);
      }
      ArticleReport.write(set, r, fields, seconds, dir);
    }
  }
}
