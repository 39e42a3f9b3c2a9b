package org.dyad.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the container of an article says about it (HTML meta tags, JSON fields, feed items, WARC
 * headers), as opposed to what its text says. Every field may be absent.
 *
 * @param title  the headline
 * @param date   the publication date
 * @param url    where it was published
 * @param source the outlet or site name
 */
public record ArticleMeta(Optional<String> title, Optional<LocalDate> date, Optional<String> url,
    Optional<String> source) {
  public static final ArticleMeta NONE =
      new ArticleMeta(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
