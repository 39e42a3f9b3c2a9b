package org.dyad.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.TsvTable;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.Modality;

/**
 * Turns a negated announcement of a cooperative act into the refusal it is (CAMEO 12x), from
 * {@code refusal.tsv}: "Syria says it will not accept more refugees", "the US would not meet the
 * demands", "Egypt is not prepared to lift the restrictions", "the two sides failed to reach
 * agreement" reject something now. A plain past negation ("Peru did not sign the pact") says only
 * that the act did not happen and stays negated, as does a negated act with no row (an attack).
 * The recoded event is asserted and keeps trigger, actors and date; its rule says where it came
 * from. Read-only after construction; safe to share.
 */
final class RefusalRecoder {
  private static final int MAX_STEPS = 4;

  private final Map<String, CameoCode> rejections = new HashMap<>();

  private EventWords words;

  private RefusalRecoder() {}

  static RefusalRecoder builtIn(CameoCodebook codebook, EventWords words) {
    RefusalRecoder r = new RefusalRecoder();
    r.words = words;
    for (TsvTable.Row row : TsvTable.fromResource("/org/dyad/events/refusal.tsv", "act", "rejection")) {
      CameoCode code = codebook.lookup(row.get("rejection")).orElseThrow(() -> new DictionaryException(
          row.source() + ": '" + row.get("rejection") + "' is not a CAMEO code"));
      r.rejections.put(row.get("act"), code);
    }
    return r;
  }

  /**
   * Recodes each event; a bare statement (010 with no target) of a sentence with a refusal is
   * dropped, as the coder drops it for any other coded act: what was said is the event.
   */
  List<Event> recode(List<Event> events) {
    List<Event> out = events.stream().map(this::recode).toList();
    Set<String> refusing = new HashSet<>();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) != events.get(i)) {
        refusing.add(out.get(i).article() + "#" + out.get(i).sentence().index());
      }
    }
    return out.stream().filter(e -> !(e.code().code().equals("010") && e.target().isNone()
        && refusing.contains(e.article() + "#" + e.sentence().index()))).toList();
  }

  /** The event as a rejection when it is a negated announcement or failure of an act with a row. */
  Event recode(Event e) {
    if (e.modality() != Modality.NEGATED || !e.sentence().isParsed() || !isRefusal(e)) {
      return e;
    }
    return rejectionFor(e.code().code()).map(code -> new Event(e.article(), e.articleDate(), e.date(),
        e.datePrecision(), e.sentence(), e.source(), e.target(), code, Modality.ASSERTED, e.trigger(),
        "refused " + e.code().code() + " as rejection: " + e.rule(), e.confidence(), e.location(),
        e.articleDateBasis())).orElse(e);
  }

  /**
   * The trigger or a word of willing or failing governing it (through infinitives, and from
   * "plans", "intention" to the verb that carries them) is negated together with a future
   * auxiliary or a word of willingness, or a verb of failing governs it.
   */
  boolean isRefusal(Event e) {
    Graph g = new Graph(e.sentence(), words);
    int node = e.trigger().index();
    boolean negated = false;
    boolean announced = false;
    for (int step = 0; step < MAX_STEPS && node >= 0; step++) {
      final int n = node;
      if (step > 0 && g.words().failingVerbs.contains(g.lemma(n))) {
        return true;
      }
      negated |= g.hasChildWord(n, "advmod", g.words().refusalNegation)
          || g.hasChildWord(n, "det", "no")
          || g.children(n, "obj").stream().anyMatch(o -> g.hasChildWord(o, "det", "no"));
      announced |= g.children(n, "aux").stream().anyMatch(a -> g.words().announcingAuxiliaries.contains(WordPatterns.text(g, a))
              || g.words().announcingAuxiliaries.contains(g.lemma(a)))
          || step > 0 && g.words().willingWords.contains(g.lemma(n))
          || step > 0 && g.children(n, "obj").stream().anyMatch(o -> g.words().willingWords.contains(g.lemma(o)));
      String rel = g.rel(n);
      int h = g.head(n);
      // Only words of willing or failing pass a negation down: in "would not meet demands to
      // release prisoners" the release is what others demand, not an act the speaker refuses.
      boolean climbs = h >= 0 && (g.words().willingWords.contains(g.lemma(h)) || g.words().failingVerbs.contains(g.lemma(h)))
          && (rel.equals("xcomp") || rel.equals("ccomp") && g.hasChildWord(n, "mark", "to")
              || rel.equals("acl") && g.token(h).isNoun()) // "no intention of lifting"
          || g.token(n).isNoun() && rel.equals("obj") && g.words().willingWords.contains(g.lemma(n)); // "have no plans"
      if (!climbs) {
        break;
      }
      node = h;
    }
    return negated && announced;
  }

  Optional<CameoCode> rejectionFor(String act) {
    return LongestPrefix.lookup(rejections, act);
  }
}
