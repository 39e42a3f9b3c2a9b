package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.ActorMention;
import org.dyad.model.Modality;

/**
 * Who a conditional act with no target of its own is aimed at: the subject of its condition.
 * "Russia threatened to halt the talks if the United States deploys the missiles" is a threat to
 * the United States; "the farmers will strike unless Israel rescinds the law" one to Israel. The
 * condition is an "if"/"unless" clause of the trigger or of a word governing it through
 * infinitives and complements, as {@link ModalityClassifier} finds it.
 */
final class ConditionTargets {
  private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "acl", "advcl", "conj");
  private static final int MAX_STEPS = 4;

  private ConditionTargets() {}

  /** The actors heading the subject of the act's condition; empty when the act is not conditional. */
  static List<ActorMention> find(Graph g, int trigger, Modality modality, List<ActorMention> actors,
      List<ActorMention> sources) {
    if (modality != Modality.CONDITIONAL) {
      return List.of();
    }
    int node = trigger;
    int from = -1;
    for (int step = 0; step < MAX_STEPS && node >= 0; step++) {
      for (int c : g.children(node, "advcl")) {
        if (c == from || !g.hasChildWord(c, "mark", g.words().conditionMarks)) {
          continue;
        }
        List<ActorMention> found = new ArrayList<>();
        for (int s : g.children(c, "nsubj")) {
          // the subject itself is an actor, not something near it, and the doer, not a passive's
          // patient ("if jailed activists are pardoned")
          if (g.rel(s).equals("nsubj") && PhraseActors.at(s, actors).isPresent()) {
            found.addAll(PhraseActors.find(g, s, actors));
          }
        }
        found.removeAll(sources);
        if (!found.isEmpty()) {
          return found;
        }
      }
      String rel = g.rel(node);
      if (!CLIMB.contains(rel.split(":")[0]) && !(g.token(node).isNoun() && rel.equals("obj"))) {
        break;
      }
      from = node;
      node = g.head(node);
    }
    return List.of();
  }
}
