package org.dyad.bench;

import java.util.List;
import org.dyad.model.Article;

/**
 * A named set of articles to benchmark.
 *
 * @param name        short name for tables ("generated", "agnews", "seeds")
 * @param description where the articles came from, printed with the results
 * @param articles    the articles, in a fixed order
 */
public record Corpus(String name, String description, List<Article> articles) {
  public Corpus {
    articles = List.copyOf(articles);
  }

  /** The first {@code max} articles (all when {@code max} is not positive or not smaller). */
  public Corpus limit(int max) {
    if (max <= 0 || max >= articles.size()) {
      return this;
    }
    return new Corpus(name, description + ", first " + max + " of " + articles.size() + " articles",
        articles.subList(0, max));
  }
}
