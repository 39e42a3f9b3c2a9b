package org.dyad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.TsvTable;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.Modality;

/**
 * Turns announced and conditional acts into the intent or threat they are (CAMEO 03x and 13x),
 * from {@code intent.tsv}: "Turkey will retaliate against Syria" is Turkey threatening Syria
 * today, not an attack. The recoded event is asserted, keeps trigger, actors and date, and its
 * rule says where it came from. Read-only after construction; safe to share.
 */
public final class IntentRecoder {
  private final Map<String, CameoCode> intents = new HashMap<>();
  private CameoCode threat;
  private RefusalRecoder refusals;

  private EventWords words;

  private IntentRecoder() {}


  /**
   * An announced act is a threat, not an offer, when a threat word governs it ("threatened to pull
   * out its troops") or its condition is an "unless" ("will withdraw unless the attacks stop").
   */
  boolean isThreat(Event e) {
    if (!e.sentence().isParsed()) {
      return false;
    }
    Graph g = new Graph(e.sentence(), words);
    int node = e.trigger().index();
    for (int step = 0; step < 5 && node >= 0; step++) {
      if (step > 0 && g.words().threatWords.contains(g.lemma(node))) {
        return true;
      }
      if (g.children(node, "advcl").stream().anyMatch(c -> g.hasChildWord(c, "mark", "unless"))) {
        return true;
      }
      String rel = g.rel(node);
      boolean climbs = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("conj")
          || step == 0 && rel.equals("obj") && g.token(node).isNoun(); // "threatened to hold a strike"
      if (!climbs) {
        return false;
      }
      node = g.head(node);
    }
    return false;
  }

  public static IntentRecoder builtIn(CameoCodebook codebook) {
    return builtIn(codebook, org.dyad.lexicon.Lexicon.builtIn());
  }

  /** The built-in tables, the rules reading {@code lexicon}'s word classes. */
  public static IntentRecoder builtIn(CameoCodebook codebook, org.dyad.lexicon.Lexicon lexicon) {
    IntentRecoder r = new IntentRecoder();
    r.words = EventWords.of(lexicon);
    for (TsvTable.Row row : TsvTable.fromResource("/org/dyad/events/intent.tsv", "act", "intent")) {
      CameoCode code = codebook.lookup(row.get("intent")).orElseThrow(() -> new DictionaryException(
          row.source() + ": '" + row.get("intent") + "' is not a CAMEO code"));
      r.intents.put(row.get("act"), code);
    }
    r.refusals = RefusalRecoder.builtIn(codebook, r.words);
    r.threat = codebook.lookup("130").orElseThrow(() -> new DictionaryException("the codebook lacks 130"));
    return r;
  }

  /** The event as an intent or threat when it is future or conditional and its act has one. */
  public Event recode(Event e) {
    if (e.modality() != Modality.FUTURE && e.modality() != Modality.CONDITIONAL) {
      return e;
    }
    return intentFor(e.code().code()).map(code -> isThreat(e) && !code.code().startsWith("13") ? threat : code)
        .map(code -> new Event(e.article(), e.articleDate(), e.date(),
        e.datePrecision(), e.sentence(), e.source(), e.target(), code, Modality.ASSERTED, e.trigger(),
        e.modality().label() + " " + e.code().code() + " as intent: " + e.rule(), e.confidence(), e.location(),
        e.articleDateBasis(), e.reportedBy()))
        .orElse(e);
  }

  /**
   * Recodes each event (announced acts as intents, refused ones as rejections: {@link
   * RefusalRecoder}), then keeps the most specific act per dyad and root in each sentence.
   */
  public List<Event> recode(List<Event> events) {
    return mostSpecificPerDyad(refusals.recode(events.stream().map(this::recode).toList()));
  }

  /**
   * One act per dyad and root in a sentence: "threatened to break off relations with X" is one
   * threat (1313), not also a bare 130; "agreed to share information" one 0314, not also a 030.
   * The longest code wins; among equals (the same code too: "threatened to deliver blows" is one
   * threat, not one for each verb), the first found.
   */
  static List<Event> mostSpecificPerDyad(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      boolean beaten = events.stream().anyMatch(o -> o != e && o.sentence().index() == e.sentence().index()
          && o.article().equals(e.article()) && sameDyadAndRoot(o, e)
          && (o.code().code().length() > e.code().code().length()
              || o.code().code().length() == e.code().code().length() && events.indexOf(o) < events.indexOf(e)));
      if (!beaten) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean sameDyadAndRoot(Event a, Event b) {
    return !a.target().isNone() && a.source().actor().equals(b.source().actor())
        && a.target().actor().equals(b.target().actor()) && a.code().root().equals(b.code().root())
        && a.modality().countsAsEvent() == b.modality().countsAsEvent();
  }

  Optional<CameoCode> intentFor(String act) {
    return LongestPrefix.lookup(intents, act);
  }
}
