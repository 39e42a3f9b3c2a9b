package org.dyad.clean;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Article;

/**
 * Learns the lines a source repeats across many of its articles: the site's footer, its
 * "Follow us" line, its standard disclaimer, which no fixed list of filters knows. A line counts
 * as boilerplate for a source when it occurs in at least {@code minArticles} of the source's
 * articles and in at least {@code minShare} of them, once the source has at least
 * {@code 2 × minArticles} distinct articles (so a few reposts of one story in a small source do
 * not wipe out the story). Identical copies of an article count once.
 *
 * <p>A corpus run feeds the learner every article it reads, in input order, batch by batch, and
 * cleans each batch with {@link #snapshot()} taken after learning it (see the README): the result
 * depends only on the input order, never on threads or on where a run was interrupted.
 * Memory stays bounded: when a source's table grows past {@code maxLinesPerSource}, lines seen
 * in only one article are forgotten (boilerplate reappears in the next article anyway).
 *
 * <p>Not thread-safe: one learner per run, owned by the thread that reads the inputs.
 */
public final class BoilerplateLearner {
  public static final int DEFAULT_MIN_ARTICLES = 5;
  public static final double DEFAULT_MIN_SHARE = 0.3;
  private static final int MAX_LINES_PER_SOURCE = 200_000;

  private final int minArticles;
  private final double minShare;
  private final Map<String, SourceCounts> sources = new HashMap<>();

  private static final class SourceCounts {
    final Set<Long> articles = new HashSet<>();
    final Map<Long, Integer> lines = new HashMap<>();
  }

  public BoilerplateLearner() {
    this(DEFAULT_MIN_ARTICLES, DEFAULT_MIN_SHARE);
  }

  public BoilerplateLearner(int minArticles, double minShare) {
    if (minArticles < 2 || minShare <= 0 || minShare > 1) {
      throw new IllegalArgumentException("need minArticles >= 2 and 0 < minShare <= 1, got " + minArticles
          + " and " + minShare);
    }
    this.minArticles = minArticles;
    this.minShare = minShare;
  }

  public void learn(Collection<Article> batch) {
    batch.forEach(this::learn);
  }

  public void learn(Article article) {
    SourceCounts s = sources.computeIfAbsent(LearnedBoilerplate.sourceOf(article), k -> new SourceCounts());
    if (!s.articles.add(LearnedBoilerplate.hash(article.text()))) {
      return; // an identical copy says nothing new about the source's furniture
    }
    Set<Long> seen = new HashSet<>();
    LearnedBoilerplate.forEachLine(article.text(), (start, end) -> {
      long h = LearnedBoilerplate.lineHash(article.text(), start, end);
      if (h != 0 && seen.add(h)) {
        s.lines.merge(h, 1, Integer::sum);
      }
    });
    if (s.lines.size() > MAX_LINES_PER_SOURCE) {
      s.lines.values().removeIf(n -> n < 2);
    }
  }

  /** What has been learned so far, as an immutable table that threads can share. */
  public LearnedBoilerplate snapshot() {
    Map<String, Set<Long>> out = new HashMap<>();
    sources.forEach((source, s) -> {
      int n = s.articles.size();
      if (n < 2 * minArticles) {
        return;
      }
      double need = Math.max(minArticles, minShare * n);
      Set<Long> lines = new HashSet<>();
      s.lines.forEach((h, count) -> {
        if (count >= need) {
          lines.add(h);
        }
      });
      if (!lines.isEmpty()) {
        out.put(source, Set.copyOf(lines));
      }
    });
    return new LearnedBoilerplate(out);
  }
}
