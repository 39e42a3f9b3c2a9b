package org.dyad.model;

import java.util.Objects;

/**
 * One article as it was read, before any cleaning.
 *
 * @param id   a name for the article that is unique within a run (the file name for files)
 * @param text the full raw text; every character offset dyad reports points into this string
 */
public record Article(String id, String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
