package org.dyad.geo;

import java.util.List;
import org.dyad.model.CleanArticle;
import org.dyad.model.Event;
import org.dyad.model.Sentence;

/** The geo stage: gives each event of one article the place where it happened. */
public interface EventLocator {
  /** Returns the events in the same order, each placed where the evidence allows. */
  List<Event> locate(CleanArticle article, List<Sentence> sentences, List<Event> events);

  /** A locator that places nothing (until a gazetteer is available). */
  EventLocator NONE = (article, sentences, events) -> events;
}
