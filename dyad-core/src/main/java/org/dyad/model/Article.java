package org.dyad.model;

import java.util.Objects;

/**
 * One article as it was read, before any cleaning.
 *
 * @param id   a name for the article that is unique within a run (the file name for files)
 * @param text the full raw text; every character offset dyad reports points into this string
 * @param meta what the article's container said about it (title, date, url, source)
 */
public record Article(String id, String text, ArticleMeta meta) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(meta, "meta");
  }

  /** An article known only by its text (a plain text file). */
  public Article(String id, String text) {
    this(id, text, ArticleMeta.NONE);
  }
}
