package org.dyad.events;

import java.util.Set;
import org.dyad.model.Modality;

/**
 * Decides how the text commits to the event at a trigger: the trigger and the words that govern it
 * through control and complement links ("have no plans to carry out", "refused to attack", "would
 * keep attacking", "said Y attacked") are checked for negation, conditionals, intent and speech.
 * Negation beats a stated condition ("will strike unless they withdraw": conditional) beats
 * possibility ("could", "would", "if they strike": hypothetical) beats intent beats report.
 */
final class ModalityClassifier {
  /** Links through which a governing word's modality reaches the trigger. */
  private static final Set<String> CONTROL = Set.of("xcomp", "acl", "advcl", "conj");
  private static final int MAX_STEPS = 5;

  Modality classify(Graph g, int trigger) {
    boolean negated = false;
    boolean conditional = false;
    boolean hypothetical = false;
    boolean future = false;
    boolean otherPossibility = false; // "could", "might", "if": not just a reported "would"
    int node = trigger;
    int from = -1; // the clause we climbed from: its own "if" makes it the condition, not the consequence
    for (int step = 0; step < MAX_STEPS && node >= 0; step++) {
      final int cameFrom = from;
      negated |= g.hasChildWord(node, "advmod", g.words().negation)
          || g.hasChildWord(node, "neg", g.words().negation)
          || g.hasChildWord(node, "det", "no")
          || g.children(node, "obj").stream().anyMatch(o -> g.hasChildWord(o, "det", "no")) // "have no plans to"

          || step > 0 && g.words().negatingVerbs.contains(g.lemma(node));
      hypothetical |= g.hasChildWord(node, "aux", g.words().conditionalAuxiliaries)
          || g.hasChildWord(node, "mark", g.words().conditionalMarks); // "if they attack"
      otherPossibility |= g.hasChildWord(node, "aux", "could", "might", "may", "should", "must")
          || g.hasChildWord(node, "mark", g.words().conditionalMarks);
      conditional |= g.children(node, "advcl").stream() // "will attack unless they withdraw"
          .anyMatch(c -> c != cameFrom && g.hasChildWord(c, "mark", g.words().conditionalMarks));
      future |= g.hasChildWord(node, "aux", g.words().futureAuxiliaries)
          || step > 0 && g.words().intentWords.contains(g.lemma(node))
          || step > 0 && g.children(node, "obj").stream().anyMatch(o -> g.words().intentWords.contains(g.lemma(o)));
      boolean demanded = step > 0 && g.words().directiveVerbs.contains(g.lemma(node))
          || g.rel(node).equals("ccomp") && g.head(node) >= 0 && g.words().directiveVerbs.contains(g.lemma(g.head(node)))
          // "demanded the withdrawal of X": a nominal act as the object of a demand
          || step == 0 && g.token(node).isNoun() && g.rel(node).equals("obj") && g.head(node) >= 0
          && g.words().directiveVerbs.contains(g.lemma(g.head(node)));
      future |= step == 0 && g.token(node).isNoun() && g.rel(node).equals("obj") && g.head(node) >= 0
          && g.words().intentWords.contains(g.lemma(g.head(node))); // "threatened an offensive", "plans an attack"
      // "Bush's plan to withdraw troops" misparsed with "plan" as the subject of "to withdraw"
      future |= g.hasChildWord(node, "mark", "to")
          && g.children(node, "nsubj").stream().anyMatch(sbj -> g.words().intentWords.contains(g.lemma(sbj)));
      // headlines: "Iranian President to visit Turkey" (an infinitive as the whole clause), "Erdogan
      // set for visit to Tehran" (a nominal act that a scheduled person is "set for")
      future |= step == 0 && g.rel(node).equals("root") && g.hasChildWord(node, "mark", "to")
          && !g.children(node, "nsubj").isEmpty() && g.children(node, "aux").isEmpty();
      future |= step == 0 && g.token(node).isNoun() && g.rel(node).startsWith("obl") && g.head(node) >= 0
          && g.words().intentWords.contains(g.lemma(g.head(node))) && Set.of("for", "to").contains(g.caseOf(node));
      // "accused China of jailing X", "blamed Y for the attack": the act is alleged, not asserted
      boolean alleged = step > 0 && g.words().allegingVerbs.contains(g.lemma(node));
      hypothetical |= demanded || alleged;
      otherPossibility |= demanded || alleged;
      boolean infinitive = g.rel(node).equals("ccomp") && g.hasChildWord(node, "mark", "to");
      // A nominal act is as committed as the verb that carries it: "threatened to hold a strike".
      boolean carriedNoun = step == 0 && g.token(node).isNoun() && g.rel(node).equals("obj") && g.head(node) >= 0;
      if (!infinitive && !carriedNoun && !CONTROL.contains(baseRel(g.rel(node)))) {
        break;
      }
      from = node;
      node = g.head(node);
    }
    if (negated) {
      return Modality.NEGATED;
    }
    if (conditional) {
      return Modality.CONDITIONAL;
    }
    if (hypothetical && !otherPossibility && isReported(g, node)) {
      return Modality.FUTURE; // "Iraq said it would allow ...": the reported "will", shifted back
    }
    if (hypothetical) {
      return Modality.HYPOTHETICAL;
    }
    if (future) {
      return Modality.FUTURE;
    }
    return isReported(g, node) ? Modality.REPORTED : Modality.ASSERTED;
  }

  /** Under a verb of speech: "X said [Y attacked Z]", or "[Y attacked Z], X said". */
  private static boolean isReported(Graph g, int node) {
    String rel = baseRel(g.rel(node));
    if ((rel.equals("ccomp") || rel.equals("parataxis")) && g.head(node) >= 0
        && g.words().speechVerbs.contains(g.lemma(g.head(node)))) {
      return true;
    }
    for (int c : g.children(node)) {
      String r = baseRel(g.rel(c));
      if ((r.equals("parataxis") || r.equals("ccomp")) && g.words().speechVerbs.contains(g.lemma(c))
          && !g.children(c, "nsubj").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String baseRel(String rel) {
    int colon = rel.indexOf(':');
    return colon < 0 ? rel : rel.substring(0, colon);
  }
}
