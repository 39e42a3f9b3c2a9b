package org.dyad.geo;

import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;

/**
 * Gives a monadic event of the kinds that happen to a country where they happen its target: the
 * country of the place named in the event's own phrase. "Albanians demonstrated in Serbia" is a
 * protest (14) toward Serbia; "the government lifted the curfew in Darfur" a concession (08) in
 * Sudan. Only for roots where the place is what is acted upon — yielding (08), protest (14),
 * force posture (15), coercion (17), and visits (042) — only when the place comes from the event's own phrase
 * (location basis "event"), and never for statements. A domestic protest ("Iraqi Kurds demonstrated
 * in Kirkuk") so becomes IRQ → IRQ, as event datasets code it. The target's entry says where it
 * came from.
 */
public final class PlaceAsTarget {
  private static final Set<String> ROOTS = Set.of("08", "14", "15", "17");
  /** A visit (042) is to the country it is in: "arrived in Amman on a visit" (a capital after "in" is a place). */
  private static final Set<String> CODES = Set.of("042");

  public List<Event> apply(List<Event> events) {
    return events.stream().map(PlaceAsTarget::apply).toList();
  }

  static Event apply(Event e) {
    if (!e.target().isNone() || !ROOTS.contains(e.code().root()) && !CODES.contains(e.code().code())
        || e.location().isEmpty()
        || !e.location().get().basis().equals("event")) {
      return e;
    }
    String country = e.location().get().country();
    if (country == null || country.length() != 3 || country.startsWith("-")) {
      return e;
    }
    ActorMention place = new ActorMention(new Actor(country, ""), -1, -1, -1, -1, e.location().get().place(),
        "place of the event: " + e.location().get().place(), true, false);
    return new Event(e.article(), e.articleDate(), e.date(), e.datePrecision(), e.sentence(), e.source(), place,
        e.code(), e.modality(), e.trigger(), e.rule() + " (target: the event's place)", e.confidence(),
        e.location(), e.articleDateBasis(), e.reportedBy());
  }
}
