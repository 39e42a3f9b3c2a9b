package org.dyad.events;

import java.util.List;
import org.dyad.model.Event;

/**
 * An act with no target says nothing that the same actor's act of the same code (or a more
 * specific one) on a named target does not: "militants placed a bomb outside the embassy" is one bombing of the embassy,
 * not also a bombing of no one by the noun "bomb".
 */
final class SubsumedEvents {
  private SubsumedEvents() {}

  static List<Event> drop(List<Event> events) {
    return events.stream().filter(e -> !subsumed(e, events)).toList();
  }

  private static boolean subsumed(Event e, List<Event> events) {
    if (!e.target().isNone() || e.source().isNone()) {
      return false;
    }
    return events.stream().anyMatch(o -> o != e && !o.target().isNone()
        && o.source().actor().equals(e.source().actor()) && o.code().code().startsWith(e.code().code())
        && o.modality().countsAsEvent() == e.modality().countsAsEvent());
  }
}
