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
  /**
   * Verbs whose subject reacts to, causes or reports a nominal event rather than doing it:
   * "Amnesty condemned the kidnapping of X" does not make Amnesty the kidnapper.
   */
  private static final Set<String> REACTIONS = Set.of("condemn", "denounce", "criticize", "criticise", "deplore",
      "decry", "welcome", "praise", "hail", "protest", "deny", "investigate", "probe", "demand", "urge", "report",
      "confirm", "blame", "mourn", "trigger", "cause", "spark", "prompt", "provoke", "fear", "follow", "witness",
      "survive", "recall", "remember", "mark", "commemorate", "avenge", "face", "escape", "describe",
      "link", "suspect", "accuse", "charge", "arrest", "detain", "convict", "sentence", "indict", "punish", "believe",
      "say", "think", "call", "term", "consider", "show", "film");
  /** Verbs that, in the passive, say what happened to their subject: its victims. */
  private static final Set<String> HARMED = Set.of("kill", "wound", "injure", "hurt", "maim", "murder", "abduct",
      "kidnap", "take", "seize");
  /** Verbs whose subject suffers the event they host ("died in an attack"). */
  private static final Set<String> SUFFERED = Set.of("die", "perish");
  /** "lost their lives": the lemmatiser may leave the plural. */
  private static final Set<String> LIVES = Set.of("life", "lives");

  private UnknownAgents() {}

  /** Whether an act of this root is kept with an unknown doer when only its target is named. */
  static boolean doerMayBeUnknown(String root) {
    return DOERLESS_ROOTS.contains(root);
  }

  /**
   * Phrases that make a nominal event the background of its verb's act, not part of it: "reached
   * a consensus amid the withdrawal of US troops" does not make the negotiators withdraw.
   */
  private static final Set<String> BACKGROUND = Set.of("amid", "despite", "over", "about", "against", "of");
  /**
   * Phrases of sequence: background for violence ("set fire to offices following the killing of a
   * settler" does not make the arsonists the killers), not for meetings ("speaking after a
   * meeting with X": the speaker took part).
   */
  private static final Set<String> SEQUENCE = Set.of("after", "before", "following", "follow", "since");

  /**
   * Whether the verb governing a nominal event of this root is not its doer: it reacts to a
   * violent or coercive event or has any event only as background. The noun's own possessor or by-phrase may still name the doer.
   */
  static boolean hostDoesNotAct(Graph g, int noun, String root) {
    if (REACTIONS.contains(g.lemma(g.head(noun))) && DOERLESS_ROOTS.contains(root)) {
      return true; // not for meetings: "Putin said during his meeting with X" was one
    }
    String prep = g.rel(noun).startsWith("obl") ? g.caseOf(noun) : "";
    return BACKGROUND.contains(prep) || SEQUENCE.contains(prep) && DOERLESS_ROOTS.contains(root);
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

  /** Relative pronouns: the subject is the noun the clause modifies. */
  private static final Set<String> RELATIVES = Set.of("who", "that", "which");
  /**
   * Weapons and blasts as the subject of an act of violence say what did it, not who: "a roadside
   * bomb wounded four soldiers", "a car bomb hit an army post", "a mortar round killed two guards".
   */
  private static final Set<String> WEAPON_SUBJECTS = Set.of("bomb", "bombs", "explosion", "blast", "explosive",
      "mortar", "shell", "rocket", "grenade", "mine", "landmine", "device", "ied", "car-bomb", "missile", "bomber");
  /** Subjects that say the doer is not known: "information on who planted the bombs". */
  private static final Set<String> UNKNOWN_SUBJECTS = Set.of("who", "whoever", "someone", "somebody");

  /**
   * The doers of a verb whose subject is a pronoun standing for someone: a relative pronoun
   * stands for the noun its clause modifies ("militants who attacked X"); an interrogative or
   * indefinite one ("who planted the bombs", "someone shot X") for an unknown doer, kept only for
   * acts of the roots that are worth reporting so. Empty when neither applies.
   */
  static List<ActorMention> pronounSubject(Graph g, int v, String root, List<ActorMention> actors) {
    int head = g.head(v);
    if (g.rel(v).startsWith("acl") && head >= 0 && g.token(head).pos().startsWith("WP") && DOERLESS_ROOTS.contains(root)
        && UNKNOWN_SUBJECTS.contains(g.token(head).text().toLowerCase(java.util.Locale.ROOT))) {
      return List.of(ActorMention.NONE); // "information on who placed the bombs", parsed as a clause on "who"
    }
    for (int s : g.children(v, "nsubj")) {
      String word = g.token(s).text().toLowerCase(java.util.Locale.ROOT);
      if (RELATIVES.contains(word) && g.rel(v).startsWith("acl") && g.head(v) >= 0) {
        List<ActorMention> antecedent = EventCoder.find(g, g.head(v), actors);
        if (!antecedent.isEmpty()) {
          return antecedent;
        }
      }
      boolean weapon = WEAPON_SUBJECTS.contains(g.lemma(s).toLowerCase(java.util.Locale.ROOT))
          && EventCoder.find(g, s, actors).isEmpty(); // "Israeli missiles hit": Israel did it
      if ((UNKNOWN_SUBJECTS.contains(word) || weapon) && !g.rel(v).startsWith("acl") && DOERLESS_ROOTS.contains(root)) {
        return List.of(ActorMention.NONE);
      }
    }
    return List.of();
  }

  /** Nouns naming a violent occasion whose modifier names its doer ("in a Turkish air strike"). */
  private static final Set<String> OCCASIONS = Set.of("strike", "airstrike", "raid", "shelling", "attack",
      "bombardment", "bombing", "offensive", "operation", "ambush", "fire", "assault", "incursion", "artillery",
      "shell", "mortar", "rocket", "missile", "drone", "tank", "jet", "warplane", "helicopter");
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
      if (!Set.of("in", "during").contains(g.caseOf(o))) {
        continue;
      }
      java.util.Optional<ActorMention> own = EventCoder.at(o, actors);
      if (own.isPresent() && ARMED.contains(own.get().actor().role())) {
        return List.of(own.get()); // "in Israeli artillery shelling": the artillery
      }
      if (OCCASIONS.contains(g.lemma(o))) {
        for (int m : g.children(o)) {
          String r = g.rel(m);
          java.util.Optional<ActorMention> a = EventCoder.at(m, actors);
          if ((r.equals("amod") || r.startsWith("compound") || r.equals("nmod:poss")) && a.isPresent()) {
            return List.of(a.get()); // "in a Turkish air strike", "in Russia's bombardment"
          }
        }
      }
    }
    return accidental(g, v) ? List.of() : List.of(ActorMention.NONE);
  }

  /** Occasions of death and injury that are nobody's act: "killed in a bus crash", "in the earthquake". */
  private static final Set<String> ACCIDENTS = Set.of("crash", "accident", "collision", "earthquake", "quake",
      "flood", "flooding", "storm", "landslide", "mudslide", "avalanche", "blaze", "stampede", "tsunami",
      "hurricane", "typhoon", "cyclone", "tornado", "collapse", "disaster", "derailment", "heatwave", "outbreak");

  /** Whether a harm verb's occasion is an accident or a disaster, so that no one did it. */
  private static boolean accidental(Graph g, int v) {
    return g.children(v, "obl").stream().anyMatch(o -> Set.of("in", "during", "by").contains(g.caseOf(o))
        && ACCIDENTS.contains(g.lemma(o)));
  }

  /** The actors of a verb's by-phrase ("abducted by rebels"), empty when it has none. */
  static List<ActorMention> byPhrase(Graph g, int v, List<ActorMention> actors) {
    for (int c : g.children(v)) {
      if (g.rel(c).startsWith("obl") && "by".equals(g.caseOf(c))) {
        return EventCoder.find(g, c, actors);
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
    if (host < 0 || !g.rel(noun).startsWith("obl") || !Set.of("in", "during", "by").contains(g.caseOf(noun))) {
      return List.of();
    }
    String lemma = g.lemma(host);
    List<Integer> subjects;
    if (SUFFERED.contains(lemma)
        || lemma.equals("lose") && g.children(host, "obj").stream().anyMatch(o -> LIVES.contains(g.lemma(o)))) {
      subjects = g.children(host, "nsubj"); // "died", "lost their lives"
    } else if (HARMED.contains(lemma) && participlePatient(g, host) >= 0) {
      subjects = List.of(participlePatient(g, host)); // "two soldiers wounded in an ambush"
    } else if (HARMED.contains(lemma) && !g.children(host, "nsubj:pass").isEmpty()) {
      subjects = g.children(host, "nsubj:pass"); // "were killed in the bombing"
    } else if (HARMED.contains(lemma) && !g.caseOf(noun).equals("by")) {
      subjects = g.children(host, "obj"); // "wounded two soldiers in a bomb attack": the host's subject is the doer
    } else {
      return List.of();
    }
    for (int s : subjects) {
      List<ActorMention> found = EventCoder.find(g, s, actors);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }
}
