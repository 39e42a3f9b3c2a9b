package org.dyad.store;

import java.util.Objects;
import org.dyad.model.CodedArticle;

/**
 * One article to store: its row, and for an article that was coded (not a copy) what the
 * pipeline made of it and its MinHash signature.
 */
public record StoreItem(ArticleRecord article, CodedArticle coded, long[] signature) {
  public StoreItem {
    Objects.requireNonNull(article, "article");
    if (article.isCopy() != (coded == null)) {
      throw new IllegalArgumentException(article.id() + ": a copy is stored without coding, an original with it");
    }
  }

  public static StoreItem copy(ArticleRecord article) {
    return new StoreItem(article, null, null);
  }
}
