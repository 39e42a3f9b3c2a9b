package org.dyad.events;

import java.util.List;
import java.util.Set;

/**
 * Nouns that count, measure or take a part of what follows "of": "held a round of talks", "launched
 * a series of attacks", "began two weeks of exercises", "suspended part of its aid". The act is the noun after "of", so a pattern asking
 * for an object ("hold obj:talk") looks through the measure word to it.
 */
final class Partitives {

  private Partitives() {}

  /** The "of" dependents of a measure noun (empty for any other word). */
  static List<Integer> of(Graph g, int noun) {
    if (!g.words().partitives.contains(g.lemma(noun))) {
      return List.of();
    }
    return g.children(noun, "nmod").stream().filter(c -> "of".equals(g.caseOf(c))).toList();
  }
}
