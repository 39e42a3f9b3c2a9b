package org.dyad.testing;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;

/** Codes a short text with the shared pipeline, as a one-paragraph article dated Wednesday 2019-05-15. */
public final class Coded {
  private Coded() {}

  public static List<Event> events(String text) {
    return SharedPipeline.get().code(new Article("t", "Wed May 15, 2019\n\n" + text)).events();
  }

  /** Each event as "SOURCE CODE TARGET modality" (target "" for a monadic event). */
  public static List<String> describe(String text) {
    return events(text).stream()
        .map(e -> e.source().actor() + " " + e.code().code() + " " + e.target().actor() + " " + e.modality().label())
        .toList();
  }
}
