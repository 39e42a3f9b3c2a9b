package org.dyad.events;

import java.util.List;
import java.util.Set;
import org.dyad.model.ActorMention;

/**
 * News often reports who suffered an act and not who did it: "two nurses abducted last month",
 * "the kidnapping of a journalist", "three soldiers died in a bomb attack". These readings give
 * such acts their target and leave the source unknown ({@link ActorMention#NONE}), rather than
 * dropping the event or, worse, making the wrong actor its doer.
 */
final class UnknownAgents {
  /** Roots whose acts are worth reporting with an unknown doer: coercion, assault, fighting, mass violence. */
  private static final Set<String> DOERLESS_ROOTS = Set.of("17", "18", "19", "20");

  private UnknownAgents() {}

  /** Whether an act of this root is kept with an unknown doer when only its target is named. */
  static boolean doerMayBeUnknown(String root) {
    return DOERLESS_ROOTS.contains(root);
  }


  /**
   * Whether the verb governing a nominal event of this root is not its doer: it reacts to a
   * violent or coercive event or has any event only as background. The noun's own possessor or by-phrase may still name the doer.
   */
  static boolean hostDoesNotAct(Graph g, int noun, String root) {
    if (g.words().reactionVerbs.contains(g.lemma(g.head(noun))) && DOERLESS_ROOTS.contains(root)) {
      return true; // not for meetings: "Putin said during his meeting with X" was one
    }
    String prep = g.rel(noun).startsWith("obl") ? g.caseOf(noun) : "";
    return g.words().backgroundPrepositions.contains(prep) || g.words().sequenceWords.contains(prep) && DOERLESS_ROOTS.contains(root);
  }

  /**
   * The noun a bare past participle says was acted upon, or -1: "two nurses abducted last month",
   * "an activist released on bail" (a participle modifying its noun), and the same words when the
   * parser has made the noun the participle's subject ("freed three soldiers captured in an
   * ambush", headlines such as "Activist released"): a participle with no auxiliary is not a
   * finite verb, so its subject is its patient.
   */
  static int participlePatient(Graph g, int v) {
    if (!g.token(v).pos().equals("VBN") || !g.children(v, "obj").isEmpty() || !g.children(v, "aux").isEmpty()) {
      return -1;
    }
    if (g.rel(v).equals("acl") && g.head(v) >= 0 && g.token(g.head(v)).isNoun() && g.children(v, "nsubj").isEmpty()) {
      return g.head(v);
    }
    List<Integer> subjects = g.children(v, "nsubj");
    boolean swallowedObject = g.children(v).stream().anyMatch(c -> Set.of("ccomp", "dep", "xcomp").contains(g.rel(c))
        && g.children(c, "nsubj").stream().anyMatch(n -> n > v && g.token(n).isNoun()));
    // "Gunmen released two priests kidnapped ...", tagged VBN: the clause hanging off it holds its object
    return subjects.size() == 1 && g.token(subjects.get(0)).isNoun() && !swallowedObject ? subjects.get(0) : -1;
  }

  /** Whether an act of this root is kept when only its patient is named by a participle. */
  static boolean patientMayStand(String root) {
    return root.equals("08") || DOERLESS_ROOTS.contains(root);
  }

  /**
   * Nouns the parser made the subject of a bare participle hanging off this verb, when the verb
   * has no object of its own: in "Rebels freed three soldiers captured in an ambush" the soldiers
   * are what was freed.
   */
  static List<Integer> misparsedObjects(Graph g, int v) {
    if (!g.children(v, "obj").isEmpty()) {
      return List.of();
    }
    return g.children(v).stream()
        .filter(c -> Set.of("ccomp", "dep", "xcomp").contains(g.rel(c)) && c > v)
        .map(c -> participlePatient(g, c)).filter(n -> n > v).toList();
  }


  /**
   * The doers of a verb whose subject is a pronoun standing for someone: a relative pronoun
   * stands for the noun its clause modifies ("militants who attacked X"); an interrogative or
   * indefinite one ("who planted the bombs", "someone shot X") for an unknown doer, kept only for
   * acts of the roots that are worth reporting so. Empty when neither applies.
   */
  static List<ActorMention> pronounSubject(Graph g, int v, String root, List<ActorMention> actors) {
    int head = g.head(v);
    if (g.rel(v).startsWith("acl") && head >= 0 && g.token(head).pos().startsWith("WP") && DOERLESS_ROOTS.contains(root)
        && g.words().unknownSubjects.contains(g.token(head).text())) {
      return List.of(ActorMention.NONE); // "information on who placed the bombs", parsed as a clause on "who"
    }
    for (int s : g.children(v, "nsubj")) {
      String word = g.token(s).text().toLowerCase(java.util.Locale.ROOT);
      if (g.words().relativePronouns.contains(word) && g.rel(v).startsWith("acl") && g.head(v) >= 0) {
        List<ActorMention> antecedent = PhraseActors.find(g, g.head(v), actors);
        if (!antecedent.isEmpty()) {
          return antecedent;
        }
      }
      // a weapon or blast as the subject names the means, not a doer ("a roadside bomb wounded four
      // soldiers", "a car bomb hit an army post"), unless its phrase names one ("Israeli missiles hit")
      boolean weapon = g.words().weaponSubjects.contains(g.lemma(s)) && PhraseActors.find(g, s, actors).isEmpty();
      if ((g.words().unknownSubjects.contains(word) || weapon) && !g.rel(v).startsWith("acl")
          && DOERLESS_ROOTS.contains(root)) {
        return List.of(ActorMention.NONE);
      }
    }
    return List.of();
  }

  /** Actor roles that are armed forces: "killed in Israeli artillery fire" names them as the doers. */
  private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "UAF", "COP");

  /**
   * The doers of a passive with no by-phrase, as its occasion names them: "three women were
   * killed in Israeli shelling", "in a Turkish air strike" (the country's adjective on the
   * occasion), "killed in Israeli artillery fire" (an armed actor as the occasion); else an
   * unknown doer.
   */
  static List<ActorMention> occasionDoers(Graph g, int v, List<ActorMention> actors) {
    for (int o : g.children(v, "obl")) {
      if (!g.words().occasionPrepositions.contains(g.caseOf(o))) {
        continue;
      }
      java.util.Optional<ActorMention> own = PhraseActors.at(o, actors);
      if (own.isPresent() && ARMED.contains(own.get().actor().role())) {
        return List.of(own.get()); // "in Israeli artillery shelling": the artillery
      }
      if (g.words().violentOccasions.contains(g.lemma(o))) {
        for (int m : g.children(o)) {
          String r = g.rel(m);
          java.util.Optional<ActorMention> a = PhraseActors.at(m, actors);
          if ((r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss")) && a.isPresent()) {
            return List.of(a.get()); // "in a Turkish air strike", "in Russia's bombardment"
          }
        }
      }
    }
    return accidental(g, v) ? List.of() : List.of(ActorMention.NONE);
  }


  /** Whether a harm verb's occasion is an accident or a disaster, so that no one did it. */
  private static boolean accidental(Graph g, int v) {
    return g.children(v, "obl").stream().anyMatch(o -> g.words().causePrepositions.contains(g.caseOf(o))
        && g.words().accidents.contains(g.lemma(o)));
  }

  /** The actors of a verb's by-phrase ("abducted by rebels"), empty when it has none. */
  static List<ActorMention> byPhrase(Graph g, int v, List<ActorMention> actors) {
    for (int c : g.children(v)) {
      if (g.rel(c).startsWith("obl") && "by".equals(g.caseOf(c))) {
        return PhraseActors.find(g, c, actors);
      }
    }
    return List.of();
  }

  /**
   * The victims of a nominal event that is the occasion of someone's death or harm: "three
   * soldiers died in a bomb attack", "lost their lives in an attack", "were killed in the
   * bombing", "two soldiers wounded in an ambush". Empty when the noun is not such an occasion.
   */
  static List<ActorMention> victims(Graph g, int noun, List<ActorMention> actors) {
    int host = g.head(noun);
    if (host < 0 || !g.rel(noun).startsWith("obl") || !g.words().causePrepositions.contains(g.caseOf(noun))) {
      return List.of();
    }
    String lemma = g.lemma(host);
    List<Integer> subjects;
    if (g.words().deathVerbs.contains(lemma)
        || lemma.equals("lose") && g.children(host, "obj").stream().anyMatch(o -> g.words().life.contains(g.lemma(o)))) {
      subjects = g.children(host, "nsubj"); // "died", "lost their lives"
    } else if (g.words().harmVerbs.contains(lemma) && participlePatient(g, host) >= 0) {
      subjects = List.of(participlePatient(g, host)); // "two soldiers wounded in an ambush"
    } else if (g.words().harmVerbs.contains(lemma) && !g.children(host, "nsubj:pass").isEmpty()) {
      subjects = g.children(host, "nsubj:pass"); // "were killed in the bombing"
    } else if (g.words().harmVerbs.contains(lemma) && !g.caseOf(noun).equals("by")) {
      subjects = g.children(host, "obj"); // "wounded two soldiers in a bomb attack": the host's subject is the doer
    } else {
      return List.of();
    }
    for (int s : subjects) {
      List<ActorMention> found = PhraseActors.find(g, s, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }
}
