package org.dyad.geo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.dict.TsvTable;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Event;

/**
 * Gives a monadic event of the kinds that happen to a country where they happen its target: the
 * country of the place named in the event's own phrase. "Albanians demonstrated in Serbia" is a
 * protest (14) toward Serbia; "the government lifted the curfew in Darfur" a concession (08) in
 * Sudan. Only for roots where the place is what is acted upon — yielding (08), investigation (09:
 * "sent inspectors to a plant in Iran"), protest (14), force posture (15), reducing relations or aid
 * (16: "suspended aid deliveries in Baghdad"), coercion (17), violence
 * and fighting at a place with no actor as target (18, 19: "fired shells at targets in Jericho"),
 * visits (042) and embassies opened (054) — only when the place comes from the event's own phrase
 * (location basis "event"), and never for statements. A domestic protest ("Iraqi Kurds demonstrated
 * in Kirkuk") so becomes IRQ → IRQ, as event datasets code it. The target's entry says where it
 * came from.
 *
 * <p>Domestic acts — a government easing or imposing restrictions, a curfew, a state of emergency
 * or martial law, bans, arrests, repression, releases, concessions to reform demands, protests and
 * strikes, and the intents and threats of these — are aimed at the source's own population: with
 * no place in their own phrase they take the source's own country as target ("the Sudanese
 * government lifted the state of emergency" is SDN → SDN; "Nepali workers went on strike" NPL →
 * NPL). Only a state's code counts as a country here, not a region or an organisation. A
 * role-only target of such an act ("police arrested protesters") takes the same country and keeps
 * its role.
 */
public final class PlaceAsTarget {
  private static final Set<String> ROOTS = Set.of("08", "09", "14", "15", "16", "17", "18", "19");
  /**
   * A visit (042) is to the country it is in: "arrived in Amman on a visit" (a capital after "in"
   * is a place); an embassy opened (054) is in the country recognised: "opened an embassy in Tehran".
   */
  private static final Set<String> CODES = Set.of("042", "054");
  /**
   * Code prefixes of domestic acts, aimed at the source's own country when no place names another:
   * easing restrictions and dissent, acceding to reform, releasing people (081-0841); protests
   * (14); restrictions, curfews, emergency rule, bans, arrests, repression (172-175); and the
   * intents (034, 0351, 0352) and threats (133, 137) of these. Force posture, retreats, visits
   * and property destruction are aimed at others and are left out.
   */
  private static final List<String> DOMESTIC = List.of("081", "082", "083", "0841", "14", "172", "173", "175",
      "034", "0351", "0352", "133", "137");

  /**
   * A resignation or a leader stepping down (0831) yields to whoever demanded it when the text names
   * them; otherwise it has no target, neither its place nor the source's own country.
   */
  private static final String RESIGNATION = "0831";

  /** Code prefixes of acts only a state's authorities do: investigate, convict, arrest or charge, expel. */
  private static final List<String> STATE_ACTS = List.of("09", "116", "173", "174");
  /** Location bases that say where a role-only source acted: its act's own phrase, or its sentence. */
  private static final Set<String> SOURCE_BASES = Set.of("event", "sentence");

  private final Set<String> states;

  /** Reads the state codes from the country table ({@code geo/country-points.tsv}). */
  public PlaceAsTarget() {
    this.states = TsvTable.fromResource("/org/dyad/geo/country-points.tsv", "code").stream()
        .map(r -> r.get("code")).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Each event with its place-given actors; two events of a sentence that now have the same source,
   * target and code ("---COP" and "LBRCOP" both became LBRCOP) are one.
   */
  public List<Event> apply(List<Event> events) {
    Set<String> seen = new java.util.HashSet<>();
    return events.stream().map(this::apply)
        .filter(e -> seen.add(e.article() + "#" + e.sentence().index() + "|" + e.source().actor() + "|"
            + e.target().actor() + "|" + e.code().code() + "|" + e.modality()))
        .toList();
  }

  Event apply(Event in) {
    Event e = visitToHost(withUnknownAttacker(armedMenOfACountryAreRebels(
        domesticOpponents(withStateAsSource(withSourceCountry(in))))));
    if (!e.target().isNone()) {
      return withTargetCountry(e);
    }
    if (e.code().code().startsWith(RESIGNATION)) {
      return e; // "the prime minister resigned": no one is acted upon unless the text names who demanded it
    }
    boolean byPlace = (ROOTS.contains(e.code().root()) || CODES.contains(e.code().code()) || domestic(e))
        && e.location().isPresent() && e.location().get().basis().equals("event");
    if (byPlace) {
      String country = e.location().get().country();
      if (country == null || country.length() != 3 || country.startsWith("-")) {
        return e;
      }
      ActorMention place = new ActorMention(new Actor(country, ""), -1, -1, -1, -1, e.location().get().place(),
          "place of the event: " + e.location().get().place(), true, false, ActorMention.Found.PLACE_OF_EVENT);
      return withTarget(e, place, " (target: the event's place)");
    }
    String own = e.source().isNone() ? null : e.source().actor().country();
    if (!domestic(e) || own == null || !states.contains(own)) {
      return e;
    }
    ActorMention country = new ActorMention(new Actor(own, ""), -1, -1, -1, -1, own,
        "the source's own country: a domestic act", true, false, ActorMention.Found.CONTEXT);
    return withTarget(e, country, " (target: the source's own country)");
  }

  /**
   * A domestic act on a role-only target ("Egyptian police arrested protesters", "the Sudanese
   * government accused rebels") is aimed at people of the place named in its own phrase, else of
   * the source's own country: the target takes that country and keeps its role (EGYOPP, SDNREB).
   */
  private Event withTargetCountry(Event e) {
    ActorMention t = e.target();
    if (!t.actor().country().equals("---") || !domestic(e)) {
      return e;
    }
    String country = null;
    String why = null;
    if (e.location().isPresent() && e.location().get().basis().equals("event")
        && states.contains(e.location().get().country())) {
      country = e.location().get().country();
      why = "the event's place";
    } else if (!e.source().isNone() && states.contains(e.source().actor().country())) {
      country = e.source().actor().country();
      why = "the source's own country";
    }
    if (country == null) {
      return e;
    }
    ActorMention placed = new ActorMention(new Actor(country, t.actor().role()), t.firstToken(), t.endToken(),
        t.start(), t.end(), t.text(), t.entry() + " + country: " + why + " (a domestic act)", t.learned(), t.person(),
        t.found());
    return withTarget(e, placed, " (target's country: " + why + ")");
  }

  /**
   * A role-only source of a domestic act at a named place ("demonstrators protesting in Monrovia",
   * "activists staged rallies in the Gaza Strip") is of that place's country; the role is kept.
   */
  private Event withSourceCountry(Event e) {
    ActorMention s = e.source();
    if (s.isNone() || !s.actor().country().equals("---") || !domestic(e) || e.location().isEmpty()
        || !SOURCE_BASES.contains(e.location().get().basis()) || !states.contains(e.location().get().country())) {
      return e;
    }
    String country = e.location().get().country();
    ActorMention placed = new ActorMention(new Actor(country, s.actor().role()), s.firstToken(), s.endToken(),
        s.start(), s.end(), s.text(), s.entry() + " + country: the event's place (a domestic act)", s.learned(),
        s.person(), s.found());
    return new Event(e.article(), e.articleDate(), e.date(), e.datePrecision(), e.sentence(), placed, e.target(),
        e.code(), e.modality(), e.trigger(), e.rule() + " (source's country: the event's place)", e.confidence(),
        e.location(), e.articleDateBasis());
  }

  /**
   * A state's act with no doer named ("a US national was put under investigation in Italy", "a
   * missionary was arrested in Lebanon") is done by the authorities of the place in its own phrase:
   * investigations, arrests and charges, expulsions, convictions (09, 116, 173, 174).
   */
  private Event withStateAsSource(Event e) {
    if (!e.source().isNone() || STATE_ACTS.stream().noneMatch(p -> e.code().code().startsWith(p))
        || e.location().isEmpty() || !e.location().get().basis().equals("event")
        || !states.contains(e.location().get().country())) {
      return e;
    }
    String country = e.location().get().country();
    if (!e.target().isNone() && e.target().actor().country().equals(country)) {
      return e; // "X was arrested in X's own capital": the place says nothing about who arrested
    }
    ActorMention state = new ActorMention(new Actor(country, ""), -1, -1, -1, -1, e.location().get().place(),
        "the authorities of the event's place: " + e.location().get().place(), true, false,
        ActorMention.Found.CONTEXT);
    return new Event(e.article(), e.articleDate(), e.date(), e.datePrecision(), e.sentence(), state, e.target(),
        e.code(), e.modality(), e.trigger(), e.rule() + " (source: the authorities of the event's place)",
        e.confidence(), e.location(), e.articleDateBasis());
  }

  /** Roots of violence whose unidentified doer is taken to be the rebels of the country it happened in. */
  private static final Set<String> VIOLENCE = Set.of("18", "19", "20");
  /** Location bases that say in which country an act of violence happened (not the target's own country). */
  private static final Set<String> ATTACK_BASES = Set.of("event", "sentence", "dateline");

  /**
   * Unidentified attackers in a known country are that country's rebels (REB), as the coding
   * conventions of CAMEO event data have it: an assault, a bombing or fighting (18, 19, 20) with no
   * doer named ("a bomb exploded at a police post in Mosul", "an engineer was kidnapped in Kunar")
   * or done by unknown armed men ({@code ---UAF}: "gunmen", "kidnappers") is given, as source, the
   * rebels of the country of the event's place: its own phrase, its sentence or the dateline. Not
   * when the target is itself a rebel or unknown armed group of that country (then the doer is more
   * likely its state) and not from the target's own country (location basis {@code target_country}).
   */
  private Event withUnknownAttacker(Event e) {
    boolean unknown = e.source().isNone()
        || (e.source().actor().country().equals("---") && e.source().actor().role().equals("UAF"));
    // fighting (19) is given to the rebels only when armed men did it: "fighting in X" alone says nothing of who
    boolean armedMen = !e.source().isNone();
    if (!unknown || !VIOLENCE.contains(e.code().root()) || e.code().root().equals("19") && !armedMen
        || e.location().isEmpty()
        || !ATTACK_BASES.contains(e.location().get().basis()) || !states.contains(e.location().get().country())) {
      return e;
    }
    String country = e.location().get().country();
    if (!e.target().isNone() && Set.of("REB", "UAF").contains(e.target().actor().role())
        && Set.of(country, "---").contains(e.target().actor().country())) {
      return e;
    }
    if (e.target().isNone() || e.target().entry().startsWith("place of the event")
        || e.target().actor().role().isEmpty() && e.target().actor().country().equals(country)) {
      return e; // "attacks in Saudi Arabia", "the attacks on America": a place, not a victim
    }
    ActorMention s = e.source();
    String why = "inferred " + country + " from the event's place (" + e.location().get().place()
        + "): unidentified attackers in a known country are its rebels";
    ActorMention rebels = s.isNone()
        ? new ActorMention(new Actor(country, "REB"), -1, -1, -1, -1, "", why, true, false, ActorMention.Found.CONTEXT)
        : new ActorMention(new Actor(country, "REB"), s.firstToken(), s.endToken(), s.start(), s.end(), s.text(),
            why + "; " + s.entry(), s.learned(), s.person(), ActorMention.Found.INFERRED_FROM_SENTENCE);
    return new Event(e.article(), e.articleDate(), e.date(), e.datePrecision(), e.sentence(), rebels, e.target(),
        e.code(), e.modality(), e.trigger(), e.rule() + " (source: unidentified attackers of the event's place)",
        e.confidence(), e.location(), e.articleDateBasis(), e.reportedBy());
  }

  /** Roots of acts between a state and its own rebels, opposition or people: talks, coercion, violence. */
  private static final Set<String> OPPONENT_ROOTS = Set.of("04", "17", "18", "19", "20");
  /** Roles of people a state acts on at home: rebels, opposition, civilians, unknown armed men. */
  private static final Set<String> OPPONENTS = Set.of("REB", "OPP", "CVL", "UAF", "REF");
  /** Roles of a state's own organs. */
  private static final Set<String> STATE_ROLES = Set.of("", "GOV", "MIL", "COP", "JUD", "SPY");

  /**
   * Rebels, opposition or civilians named by role alone on one side of talks, coercion or violence
   * whose other side is a state ("the Nigerian army killed 24 militants", "the government resumed
   * talks with rebels", "militant groups attacked government forces") are of the country where it
   * happened (its phrase, sentence or dateline), else of that state's own country: most such acts
   * are domestic. Unknown armed men so placed are that country's rebels.
   */
  private Event domesticOpponents(Event e) {
    if (!OPPONENT_ROOTS.contains(e.code().root()) || e.source().isNone() || e.target().isNone()) {
      return e;
    }
    String place = e.location().filter(l -> ATTACK_BASES.contains(l.basis())).map(l -> l.country())
        .filter(states::contains).orElse(null);
    ActorMention s = e.source();
    ActorMention t = e.target();
    // without a place, only a state's organs at home say whose people these are: armies also fight abroad
    if (roleOnlyOpponent(t) && stateActor(s) && (place != null || !s.actor().role().equals("MIL"))) {
      t = placed(t, place != null ? place : s.actor().country(), place != null ? "the event's place"
          : "the country of the state acting on it");
    } else if (roleOnlyOpponent(s) && stateActor(t) && (place != null || !t.actor().role().equals("MIL"))) {
      s = placed(s, place != null ? place : t.actor().country(), place != null ? "the event's place"
          : "the country of the state it acts on");
    } else {
      return e;
    }
    return new Event(e.article(), e.articleDate(), e.date(), e.datePrecision(), e.sentence(), s, t, e.code(),
        e.modality(), e.trigger(), e.rule(), e.confidence(), e.location(), e.articleDateBasis(), e.reportedBy());
  }

  private static boolean roleOnlyOpponent(ActorMention m) {
    return m.actor().country().equals("---") && OPPONENTS.contains(m.actor().role());
  }

  private boolean stateActor(ActorMention m) {
    return states.contains(m.actor().country()) && STATE_ROLES.contains(m.actor().role());
  }

  private static ActorMention placed(ActorMention m, String country, String why) {
    String role = m.actor().role().equals("UAF") ? "REB" : m.actor().role();
    return new ActorMention(new Actor(country, role), m.firstToken(), m.endToken(), m.start(), m.end(), m.text(),
        "inferred " + country + " from " + why + "; " + m.entry(), m.learned(), m.person(),
        why.startsWith("the event's place") ? ActorMention.Found.INFERRED_FROM_SENTENCE : ActorMention.Found.CONTEXT);
  }

  /** Consultations whose place says who travelled: a meeting (040), hosting (043), negotiating (046). */
  private static final Set<String> MEETINGS = Set.of("040", "043", "046");
  /** Location bases that place a meeting: its own phrase or its sentence, not the dateline. */
  private static final Set<String> MEETING_BASES = Set.of("event", "sentence");
  private static final org.dyad.events.CameoCodebook CODES_042 = org.dyad.events.CameoCodebook.builtIn();

  /**
   * A visit is coded once, from the visitor to the host (042), as the coding manual of the
   * article-level gold and most event datasets' users read it: "Putin hosted Erdogan" (043) is
   * Erdogan's visit to Russia, TUR → RUS 042; "Cavusoglu met Lavrov in Antalya" (040, placed in the
   * source's own country) is Lavrov's visit, RUS → TUR 042; "Lavrov met Cavusoglu in Antalya"
   * (placed in the target's country) is the source's visit, 042. A meeting at a third place keeps
   * its code. Both actors must be of different states.
   */
  private Event visitToHost(Event e) {
    if (!MEETINGS.contains(e.code().code()) || e.source().isNone() || e.target().isNone()) {
      return e;
    }
    String src = e.source().actor().country();
    String tgt = e.target().actor().country();
    if (!states.contains(src) || !states.contains(tgt) || src.equals(tgt)) {
      return e;
    }
    boolean hosted = e.code().code().equals("043");
    String place = e.location().filter(l -> MEETING_BASES.contains(l.basis())).map(l -> l.country()).orElse(null);
    boolean sourceHosts = hosted || src.equals(place);
    boolean targetHosts = !hosted && tgt.equals(place);
    if (!sourceHosts && !targetHosts) {
      return e;
    }
    org.dyad.model.CameoCode visit = CODES_042.lookup("042").map(c -> new org.dyad.model.CameoCode(c.code(), c.name(),
        c.goldstein(), e.code().quadClass(), c.plover(), e.code().ploverMode())).orElse(e.code());
    String why = hosted ? " (a hosted visit: coded as the visitor's visit to the host)"
        : sourceHosts ? " (a meeting in the source's country: the target's visit to it)"
        : " (a meeting in the target's country: the source's visit)";
    return new Event(e.article(), e.articleDate(), e.date(), e.datePrecision(), e.sentence(),
        sourceHosts ? e.target() : e.source(), sourceHosts ? e.source() : e.target(), visit, e.modality(),
        e.trigger(), e.rule() + why, e.confidence(), e.location(), e.articleDateBasis(), e.reportedBy());
  }

  /**
   * Unidentified armed men named with a country ("Palestinian gunmen", "Iraqi kidnappers") are that
   * country's rebels, as the coding manual has unidentified attackers in a known country.
   */
  private static Event armedMenOfACountryAreRebels(Event e) {
    ActorMention s = rebels(e.source());
    ActorMention t = rebels(e.target());
    if (s == e.source() && t == e.target()) {
      return e;
    }
    return new Event(e.article(), e.articleDate(), e.date(), e.datePrecision(), e.sentence(), s, t, e.code(),
        e.modality(), e.trigger(), e.rule(), e.confidence(), e.location(), e.articleDateBasis(), e.reportedBy());
  }

  private static ActorMention rebels(ActorMention m) {
    if (m.isNone() || !m.actor().role().equals("UAF") || m.actor().country().startsWith("-")
        || m.actor().country().isEmpty()) {
      return m;
    }
    return new ActorMention(new Actor(m.actor().country(), "REB"), m.firstToken(), m.endToken(), m.start(), m.end(),
        m.text(), m.entry() + " (unidentified armed men of a country: its rebels)", m.learned(), m.person(),
        m.found());
  }

  private static boolean domestic(Event e) {
    return DOMESTIC.stream().anyMatch(p -> e.code().code().startsWith(p));
  }

  private static Event withTarget(Event e, ActorMention target, String why) {
    return new Event(e.article(), e.articleDate(), e.date(), e.datePrecision(), e.sentence(), e.source(), target,
        e.code(), e.modality(), e.trigger(), e.rule() + why, e.confidence(), e.location(), e.articleDateBasis(),
        e.reportedBy());
  }
}
