package org.dyad.events;

import java.util.Set;

/**
 * Participles that name a state of their subject, not an act done to it: "Israel is opposed to
 * the plan", "Egypt is not prepared to lift the ban", "troops were engaged in fighting", "Chad is
 * determined to", "Peru is committed to". The parser reads them as passives without a by-phrase;
 * their subject is the one who opposes or is prepared, so it is the source of the act, and the
 * phrase after "to" (or the infinitive) says what the state is about. A true passive of these verbs has a by-phrase ("was
 * opposed by Chile") or a subject that is no actor ("the plan was opposed").
 */
final class StativeParticiples {

  private StativeParticiples() {}

  /**
   * A passive-looking participle of this kind without a by-phrase. The "to" phrase is not required:
   * the parser often hangs it elsewhere ("X is opposed to Y's role, an aide said").
   */
  static boolean is(Graph g, int v) {
    if (!g.words().stativeParticiples.contains(g.lemma(v)) || g.children(v, "nsubj:pass").isEmpty()) {
      return false;
    }
    for (int c : g.children(v)) {
      String r = g.rel(c);
      if ((r.startsWith("obl") || r.startsWith("nmod")) && "by".equals(g.caseOf(c))) {
        return false;
      }
    }
    return true;
  }
}
