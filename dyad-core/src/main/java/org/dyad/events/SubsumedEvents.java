package org.dyad.events;

import java.util.List;
import org.dyad.model.Event;

/**
 * An act with no target says nothing that the same actor's act of the same code (or a more
 * specific one) on a named target does not: "militants placed a bomb outside the embassy" is one bombing of the embassy,
 * not also a bombing of no one by the noun "bomb". Likewise a killing or wounding whose occasion
 * is itself coded for the same actors is that occasion's outcome.
 */
final class SubsumedEvents {
  private SubsumedEvents() {}

  static List<Event> drop(Graph g, List<Event> events) {
    return events.stream().filter(e -> !subsumed(g, e, events)).toList();
  }

  /** Generic harm: killing or wounding, the outcome of whatever act the sentence names as its occasion. */
  private static final java.util.Set<String> HARM = java.util.Set.of("180", "182");

  private static boolean subsumed(Graph g, Event e, List<Event> events) {
    if (HARM.contains(e.code().code()) && events.stream().anyMatch(o -> o != e
        && o.source().actor().equals(e.source().actor()) && o.target().actor().equals(e.target().actor())
        && e.sentence().index() == o.sentence().index() && o.trigger().index() != e.trigger().index()
        && g.head(o.trigger().index()) == e.trigger().index())) {
      return true; // "killed in a Turkish air strike": one air strike, not also a killing
    }
    if (!e.target().isNone() || e.source().isNone()) {
      return false;
    }
    return events.stream().anyMatch(o -> o != e && !o.target().isNone()
        && o.source().actor().equals(e.source().actor()) && o.code().code().startsWith(e.code().code())
        && o.modality().countsAsEvent() == e.modality().countsAsEvent());
  }
}
