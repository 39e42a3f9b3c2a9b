package org.dyad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StageTimes;

/**
 * Codes a corpus on a fixed pool of threads sharing one pipeline, the way `dyad code` does, and
 * measures it. The first articles are coded once as a warm-up (JIT, CoreNLP caches) and not
 * counted; then the whole corpus is coded and timed.
 */
public final class BenchRunner {
  /** What one article contributed; the coded article itself is dropped at once. */
  private record Counts(long sentences, long parsed, long tokens, long events, StageTimes times, String failure) {}

  private final Pipeline pipeline;

  public BenchRunner(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  public BenchResult run(Corpus corpus, int threads, int warmup) throws InterruptedException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("warm-up must be >= 0 articles, was " + warmup);
    }
    List<Article> articles = corpus.articles();
    int warm = Math.min(warmup, articles.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      codeAll(pool, articles.subList(0, warm));
      System.gc(); // start every run from a similar heap, so peak heap compares across runs
      List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      List<Counts> counts = codeAll(pool, articles);
      long wall = System.nanoTime() - start;
      long peak = heapPools.stream().filter(MemoryPoolMXBean::isValid)
          .mapToLong(p -> p.getPeakUsage() == null ? 0 : p.getPeakUsage().getUsed()).sum();
      long sentences = 0;
      long parsed = 0;
      long tokens = 0;
      long events = 0;
      int failed = 0;
      String firstFailure = null;
      StageTimes stages = StageTimes.ZERO;
      for (Counts c : counts) {
        if (c.failure() != null) {
          failed++;
          firstFailure = firstFailure == null ? c.failure() : firstFailure;
          continue;
        }
        sentences += c.sentences();
        parsed += c.parsed();
        tokens += c.tokens();
        events += c.events();
        stages = stages.plus(c.times());
      }
      return new BenchResult(corpus.name(), threads, warm, articles.size(), failed, sentences, parsed, tokens,
          events, wall, stages, peak, firstFailure);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Counts> codeAll(ExecutorService pool, List<Article> articles) throws InterruptedException {
    List<Future<Counts>> futures = new ArrayList<>(articles.size());
    for (Article a : articles) {
      futures.add(pool.submit(() -> code(a)));
    }
    List<Counts> out = new ArrayList<>(articles.size());
    for (Future<Counts> f : futures) {
      try {
        out.add(f.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException("benchmark task failed unexpectedly", e.getCause());
      }
    }
    return out;
  }

  private Counts code(Article article) {
    try {
      CodedArticle coded = pipeline.code(article);
      long tokens = 0;
      long parsed = 0;
      for (Sentence s : coded.sentences()) {
        tokens += s.tokens().size();
        parsed += s.isParsed() ? 1 : 0;
      }
      long events = coded.events().stream().map(Event::modality).filter(m -> m.countsAsEvent()).count();
      return new Counts(coded.sentences().size(), parsed, tokens, events, coded.times(), null);
    } catch (RuntimeException e) {
      return new Counts(0, 0, 0, 0, StageTimes.ZERO, article.id() + ": " + e);
    }
  }
}
