package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dyad.clean.LanguageFilter;
import org.dyad.dedup.MergeRule;
import org.dyad.ingest.ArticleReaders;
import org.dyad.ingest.ReaderOptions;
import org.dyad.store.EventStore;
import org.dyad.store.StoreContents;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: for a corpus of distinct articles (no copies, so no article's role depends on which
 * came first), the database is the same whatever the input order, thread count and batch size,
 * and when a run is stopped after a random number of inputs and started again over all of them.
 * Corpora are drawn from a seeded generator; each trial's seed is in the failure message.
 */
class StoreInvarianceTest {
  private static final String[] COUNTRIES = {"Peru", "Chile", "Norway", "Kenya", "Japan", "Brazil", "Poland", "Egypt",
      "India", "Mexico"};
  private static final String[] ACTS = {"accused %s of spying", "criticised %s over fishing rights",
      "praised %s for its help", "met officials from %s", "condemned %s over the border clashes"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr"};

  @TempDir
  Path dir;

  private List<String> corpus(Random r, Path into) throws Exception {
    Files.createDirectories(into);
    int n = 6 + r.nextInt(6);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder("Thu " + MONTHS[r.nextInt(MONTHS.length)] + " " + (10 + r.nextInt(15))
          + ", 2019 9:00AM\n\n");
      for (int k = 0; k < 1 + r.nextInt(3); k++) {
        String a = COUNTRIES[r.nextInt(COUNTRIES.length)];
        String t = COUNTRIES[r.nextInt(COUNTRIES.length)];
        b.append(a).append(' ').append(String.format(ACTS[r.nextInt(ACTS.length)], t)).append(" on Tuesday. ");
      }
      b.append("Story ").append(i).append(" ends here.\n");
      String name = String.format("s%02d.txt", i);
      Files.writeString(into.resolve(name), b.toString());
      names.add(into.resolve(name).toString());
    }
    return names;
  }

  private Map<String, List<String>> run(Path db, List<String> inputs, int threads, int batch, int stopAfter)
      throws Exception {
    ArticleReaders readers = new ArticleReaders(ReaderOptions.defaults());
    CorpusRun.Options o = new CorpusRun.Options(threads, batch, 0.7);
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      if (stopAfter > 0) {
        new CorpusRun(SharedPipeline.get(), readers, store, o, new LanguageFilter("any"))
            .runInputs(ArticleReaders.expand(inputs.subList(0, stopAfter)), new CorpusRun.Listener() {});
      }
      int failed = new CorpusRun(SharedPipeline.get(), readers, store, o, new LanguageFilter("any"))
          .runInputs(ArticleReaders.expand(inputs), new CorpusRun.Listener() {});
      assertThat(failed).isZero();
      return StoreContents.of(store.connection());
    }
  }

  @Test
  void theStoreDependsOnlyOnTheSetOfArticles() throws Exception {
    long base = 19L;
    for (int trial = 0; trial < 3; trial++) {
      long seed = base * 1000 + trial;
      Random r = new Random(seed);
      List<String> inputs = corpus(r, dir.resolve("c" + trial));
      Map<String, List<String>> reference = run(dir.resolve("ref" + trial + ".duckdb"), inputs, 1, 100, 0);
      List<String> shuffled = new ArrayList<>(inputs);
      Collections.shuffle(shuffled, r);
      int threads = 1 + r.nextInt(3);
      int batch = 1 + r.nextInt(4);
      int stopAfter = 1 + r.nextInt(inputs.size() - 1);
      Map<String, List<String>> other = run(dir.resolve("alt" + trial + ".duckdb"), shuffled, threads, batch, stopAfter);
      assertThat(other).as("seed %d: shuffled, %d threads, batches of %d, stopped after %d inputs and restarted", seed,
          threads, batch, stopAfter).isEqualTo(reference);
      assertThat(reference.values().stream().mapToInt(List::size).sum()).isGreaterThan(0);
    }
  }

  @Test
  void aDateWarningIsPrintedButTheArticleIsCodedAndNothingFails() throws Exception {
    Path f = Files.writeString(dir.resolve("news.jsonl"),
        "{\"id\":\"a\",\"date\":\"the day after tomorrow\",\"text\":\"Peru accused Chile of spying.\"}\n");
    List<String> warnings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (EventStore store = EventStore.open(dir.resolve("w.duckdb"), MergeRule.DEFAULT)) {
      int failed = new CorpusRun(SharedPipeline.get(), new ArticleReaders(ReaderOptions.defaults()), store,
          new CorpusRun.Options(1, 10, 0.7), new LanguageFilter("any"))
          .runInputs(ArticleReaders.expand(List.of(f.toString())), new CorpusRun.Listener() {
            @Override
            public void warning(String message) {
              warnings.add(message);
            }

            @Override
            public void problem(String message) {
              problems.add(message);
            }
          });
      assertThat(failed).isZero();
      assertThat(problems).isEmpty();
      assertThat(warnings).singleElement().asString().contains("news.jsonl:1").contains("coded without a date");
      assertThat(StoreContents.of(store.connection()).get("articles")).hasSize(1);
    }
  }

  @Test
  void anArticleOverItsBudgetIsReportedAndItsCopyIsNotStoredPointingAtNothing() throws Exception {
    Path c = Files.createDirectories(dir.resolve("slow"));
    String story = "Thu Jun 13, 2019 9:00AM\n\nPeru accused Chile of spying on Tuesday.\n";
    Files.writeString(c.resolve("a.txt"), story);
    Files.writeString(c.resolve("b-copy.txt"), story);
    List<String> problems = new ArrayList<>();
    Path db = dir.resolve("slow.duckdb");
    Pipeline p = SharedPipeline.get();
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      p.withLimits(SentenceCap.DEFAULT_MAX_TOKENS, java.time.Duration.ofNanos(1));
      int failed = new CorpusRun(p, new ArticleReaders(ReaderOptions.defaults()), store,
          new CorpusRun.Options(2, 10, 0.7), new LanguageFilter("any"))
          .runInputs(ArticleReaders.expand(List.of(c.toString())), new CorpusRun.Listener() {
            @Override
            public void problem(String message) {
              problems.add(message);
            }
          });
      assertThat(failed).isEqualTo(2);
    } finally {
      p.withLimits(SentenceCap.DEFAULT_MAX_TOKENS, Pipeline.DEFAULT_ARTICLE_BUDGET);
    }
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("a.txt: coding took longer than the budget");
    assertThat(problems.get(1)).startsWith("b-copy.txt: is a copy of an article that failed");
    assertThat(org.dyad.store.StoreCheck.check(db).problems()).isEmpty();
  }
}
