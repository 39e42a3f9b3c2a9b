package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.TsvTable;
import org.dyad.model.Event;

/**
 * CAMEO tells an assault (18) from fighting (19) by its means and its doers: suicide, car and
 * roadside bombs and other non-military bombing are 183x, violence by unaligned gunmen is 180,
 * while conventional force stays 19x. A verb such as "kill" or a noun such as "attack" says
 * neither, so this step looks at the words that do: the trigger's own modifiers ("a suicide
 * attack", "a roadside bomb attack") and its instrument or occasion phrases ("killed in a clash
 * with suicide bombers", "killed by a car bomb"). Conversely a "bombing" by a state's forces is
 * aerial (195), not a non-military bombing.
 */
final class AssaultMeans {
  /** Codes the means can refine: unspecified conventional force and small-arms fighting. */
  private static final Set<String> FIGHTING = Set.of("190", "193");
  /** Killing and wounding, which a bombing named as their means makes a bombing. */
  private static final Set<String> HARM = Set.of("180", "182");
  /** Inside such a phrase, who or what the attack was with ("a clash with bombers"), not its target or place. */

  /** Modifiers of a bomb word that name the kind of bombing, most specific codes. */
  private static final Map<String, String> BOMBING_KIND = bombingKinds();
  /**
   * Roles whose "bombing" is an air raid, not a non-military bombing: the armed forces only, as a
   * capital before "bombing" is mostly its place ("the Jakarta bombing").
   */
  private static final Set<String> STATE_FORCES = Set.of("MIL");
  private static final int MAX_DEPTH = 3;

  private AssaultMeans() {}

  /** bombing-kinds.tsv: modifier → CAMEO code. */
  private static Map<String, String> bombingKinds() {
    Map<String, String> kinds = new java.util.HashMap<>();
    for (TsvTable.Row row : TsvTable.fromResource("/org/dyad/events/bombing-kinds.tsv", "modifier", "code")) {
      if (!row.get("code").matches("183\\d*") || row.get("modifier").isEmpty()) {
        throw new DictionaryException(row.source() + ": expected a modifier and a CAMEO code under 183, got '"
            + row.get("modifier") + "' and '" + row.get("code") + "'");
      }
      if (kinds.put(row.get("modifier").toLowerCase(java.util.Locale.ROOT), row.get("code")) != null) {
        throw new DictionaryException(row.source() + ": '" + row.get("modifier") + "' is listed twice");
      }
    }
    return Map.copyOf(kinds);
  }

  static List<Event> recode(Graph g, List<Event> events, CameoCodebook codebook) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(recoded(g, e).flatMap(c -> codebook.lookup(c).map(code -> new Event(e.article(), e.articleDate(),
          e.date(), e.datePrecision(), e.sentence(), e.source(), e.target(), code, e.modality(), e.trigger(),
          e.rule() + " + means: " + c, e.confidence(), e.location(), e.articleDateBasis()))).orElse(e));
    }
    return out;
  }

  private static Optional<String> recoded(Graph g, Event e) {
    String code = e.code().code();
    int trigger = e.trigger().index();
    if (code.equals("183") && g.lemma(trigger).equals("bombing") && !e.source().isNone()
        && STATE_FORCES.contains(e.source().actor().role()) && !e.source().actor().country().isEmpty()
        && bombingKind(g, trigger).isEmpty()) {
      return Optional.of("195"); // "the Turkish military's bombing of the camps": an air raid
    }
    if (code.equals("183")) {
      return bombingMeans(g, trigger, 0).filter(c -> c.length() > 3); // "a suicide attack": 1831
    }
    if (!FIGHTING.contains(code) && !HARM.contains(code)) {
      return Optional.empty();
    }
    Optional<String> bombing = bombingMeans(g, trigger, 0);
    if (bombing.isPresent()) {
      return bombing; // "wounded two soldiers in a bomb attack": the bombing is the act, the wounds its outcome
    }
    if (!FIGHTING.contains(code)) {
      return Optional.empty();
    }
    if (e.source().actor().role().equals("UAF")) {
      return Optional.of("180"); // "gunmen attacked a bus": unaligned armed men, not an army
    }
    return Optional.empty();
  }

  /** The bombing code the token's modifiers and means phrases name, searching a few levels down. */
  private static Optional<String> bombingMeans(Graph g, int t, int depth) {
    if (depth > 0 && g.words().bombWords.contains(g.lemma(t))) {
      return Optional.of(bombingKind(g, t).orElse("183"));
    }
    Optional<String> best = Optional.empty();
    for (int c : g.children(t)) {
      String r = g.rel(c);
      String lemma = g.lemma(c).toLowerCase(java.util.Locale.ROOT);
      boolean modifier = r.startsWith("compound") || r.equals("amod")
          || depth == 0 && r.equals("nsubj"); // "a car bomb hit an army post": the bomb is the means
      if (modifier && (g.words().bombWords.contains(lemma) || BOMBING_KIND.containsKey(lemma))) {
        // "a suicide attack", "a bomb attack", "a roadside bomb attack"
        Optional<String> kind = BOMBING_KIND.containsKey(lemma) ? Optional.of(BOMBING_KIND.get(lemma))
            : Optional.of(bombingKind(g, c).orElse(bombingKind(g, t).orElse("183")));
        best = moreSpecific(best, kind);
        continue;
      }
      boolean means = (r.startsWith("obl") || r.startsWith("nmod")) && !r.equals("nmod:poss")
          && (depth > 0 ? g.caseOf(c).isEmpty() || g.words().partyPrepositions.contains(g.caseOf(c)) : g.words().meansPrepositions.contains(g.caseOf(c)));
      if (means && depth < MAX_DEPTH) {
        best = moreSpecific(best, bombingMeans(g, c, depth + 1));
      }
    }
    return best;
  }

  /** "suicide bomber", "car bomb", "roadside bomb": the kind a bomb word's modifiers name. */
  private static Optional<String> bombingKind(Graph g, int bomb) {
    for (int c : g.children(bomb)) {
      String r = g.rel(c);
      String kind = BOMBING_KIND.get(g.lemma(c).toLowerCase(java.util.Locale.ROOT));
      if ((r.startsWith("compound") || r.equals("amod")) && kind != null) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> moreSpecific(Optional<String> a, Optional<String> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().length() > a.get().length() ? b : a;
  }
}
