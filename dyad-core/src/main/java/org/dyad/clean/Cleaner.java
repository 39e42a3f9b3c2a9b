package org.dyad.clean;

import org.dyad.model.Article;
import org.dyad.model.CleanArticle;

/** Stage 2, clean: keeps the news text of an article and finds its date. */
public interface Cleaner {
  CleanArticle clean(Article article);
}
