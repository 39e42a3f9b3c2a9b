package org.dyad.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;

/**
 * Who a phrase is about: the actor covering a token or heading a noun phrase (with its
 * coordinated members), the subject of a verb (through passives, reported speech, control and
 * governing clauses), the doer of a nominal event (possessor, by-phrase, actor modifier, host
 * verb's subject) and the members of a "between X and Y" phrase. The coder and its passes read
 * the sentence's actors through these; none of them calls back into {@link EventCoder}.
 */
final class PhraseActors {
  /** Relations followed inside a noun phrase to find the actor it is about. */
  private static final Set<String> NOMINAL = Set.of("nmod", "nmod:poss", "amod", "compound", "appos", "flat",
      "obl", "det", "flat:name");
  private static final int MAX_DEPTH = 3;

  private PhraseActors() {}

  /** The subject of a verb: its nsubj, the by-phrase of a passive, or that of a governing clause. */
  static List<ActorMention> verbSources(Graph g, int v, List<ActorMention> actors, int depth) {
    if (depth > 4 || v < 0) {
      return List.of();
    }
    boolean passive = isPassive(g, v);
    if (passive && StativeParticiples.is(g, v)) {
      return g.children(v, "nsubj:pass").stream().flatMap(s -> find(g, s, actors).stream()).toList(); // "X is opposed to"
    }
    if (passive) {
      for (int c : g.children(v, "obl")) {
        if ("by".equals(g.caseOf(c))) {
          return find(g, c, actors);
        }
      }
      return List.of();
    }
    String rel = g.rel(v);
    int head = g.head(v);
    for (int s : g.children(v, "nsubj")) {
      List<ActorMention> found = find(g, s, actors);
      if (found.isEmpty() && (rel.equals("ccomp") || rel.equals("parataxis")) && head >= 0
          && g.words().reportedSubjectPronouns.contains(g.token(s).text())) {
        return verbSources(g, head, actors, depth + 1); // "Japan said it had halted aid": it = Japan
      }
      return found;
    }
    if (head < 0) {
      return List.of();
    }
    if (rel.startsWith("conj") && (!g.children(head, "nsubj:pass").isEmpty() || !g.children(head, "aux:pass").isEmpty())
        && g.children(v, "nsubj").isEmpty()) {
      // "X has been indicted by the court and will resign": the shared subject is the passive's X
      for (int s : g.children(head, "nsubj:pass")) {
        return find(g, s, actors);
      }
    }
    if (rel.equals("xcomp") && !g.children(head, "obj").isEmpty() && g.words().objectControlVerbs.contains(g.lemma(head))) {
      List<ActorMention> controller = find(g, g.children(head, "obj").get(0), actors);
      if (!controller.isEmpty()) {
        return controller; // object control: "urged Russia to act"
      }
      // "began a hunger strike to protest": a purpose clause, its subject is the head's
    }
    boolean infinitive = rel.equals("ccomp") && g.hasChildWord(v, "mark", "to"); // parsed "plans to act" as ccomp
    if (rel.equals("xcomp") || rel.startsWith("conj") || rel.equals("advcl") || rel.equals("dep") || infinitive) {
      return verbSources(g, head, actors, depth + 1);
    }
    if (rel.equals("acl") && Set.of("VBD", "VBZ", "VBP", "VBG").contains(g.token(v).pos())
        && g.token(head).isNoun()) {
      // "the Observatory, or SOHR, said on Thursday" parsed as a clause hanging off the noun, or
      // "troops fighting X": a finite or -ing verb modifying a noun has that noun as its subject
      List<ActorMention> subject = find(g, head, actors);
      if (!subject.isEmpty()) {
        return subject;
      }
    }
    if (rel.equals("acl") && (g.rel(head).equals("obj") || g.rel(head).startsWith("obl"))) {
      return verbSources(g, g.head(head), actors, depth + 1); // "have plans to attack": the planner
    }
    return List.of();
  }

  /**
   * A passive verb: a passive subject or auxiliary, the auxiliary a form of "be", "get" or a verb
   * the parser treats alike ("stood accused", "went unpunished", headlines' "Troops Said Killed"). A noun
   * the tagger took for the auxiliary ("A US drone killed three militants": drone/VB aux:pass) is
   * a misparse of an active clause, whose "passive subject" is then the subject.
   */
  private static boolean isPassive(Graph g, int v) {
    List<Integer> aux = g.children(v, "aux:pass");
    if (aux.stream().anyMatch(a -> !g.words().passiveAuxiliaries.contains(g.lemma(a)))) {
      return false;
    }
    return !g.children(v, "nsubj:pass").isEmpty() || !aux.isEmpty();
  }

  /** A passive verb with no by-phrase: "were indicted", "was sentenced to five years". */
  static boolean isAgentlessPassive(Graph g, int v) {
    if (g.children(v, "nsubj:pass").isEmpty() || !isPassive(g, v)) {
      return false;
    }
    for (int c : g.children(v)) {
      if (g.rel(c).startsWith("obl") && "by".equals(g.caseOf(c))) {
        return false;
      }
    }
    return true;
  }

  /** The actors of a "between X and Y" phrase of a noun, when there are two or more. */
  static List<ActorMention> betweenMembers(Graph g, int n, List<ActorMention> actors) {
    for (int c : g.children(n)) {
      if (g.rel(c).startsWith("nmod") && "between".equals(g.caseOf(c))) {
        return find(g, c, actors);
      }
    }
    return List.of();
  }

  /** The actor of a nominal event: possessor, by-phrase, an actor modifier, or the host verb's subject. */
  static List<ActorMention> nounSources(Graph g, int n, List<ActorMention> actors, String root) {
    for (int c : g.children(n, "nmod:poss")) {
      List<ActorMention> f = find(g, c, actors);
      if (!f.isEmpty()) {
        return f;
      }
    }
    for (int c : g.children(n)) {
      if ((g.rel(c).startsWith("nmod") || g.rel(c).startsWith("obl")) && "by".equals(g.caseOf(c))) {
        return find(g, c, actors);
      }
    }
    for (int c : g.children(n)) {
      if (g.rel(c).equals("amod") || g.rel(c).startsWith("compound")) {
        Optional<ActorMention> a = at(c, actors);
        if (a.isPresent()) {
          return List.of(a.get());
        }
      }
    }
    String rel = g.rel(n);
    if ((rel.equals("obj") || rel.startsWith("obl")) && g.head(n) >= 0 && g.token(g.head(n)).isVerb()
        && !UnknownAgents.hostDoesNotAct(g, n, root)) {
      return verbSources(g, g.head(n), actors, 1);
    }
    return List.of();
  }

  /**
   * The actors a phrase is about: the actor covering its head word (with coordinated ones:
   * "Russia, Turkey and Iran"), else the nearest one inside the phrase, breadth first.
   */
  static List<ActorMention> find(Graph g, int head, List<ActorMention> actors) {
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {head, 0});
    while (!queue.isEmpty()) {
      int[] e = queue.poll();
      Optional<ActorMention> a = at(e[0], actors);
      if (a.isPresent()) {
        Set<ActorMention> members = new LinkedHashSet<>();
        members.add(a.get());
        members.addAll(sameSpan(a.get(), actors)); // one phrase with several codes: "the Shire" [FRO/BIL/SAM]
        for (int c : g.children(e[0], "conj")) {
          at(c, actors).ifPresent(m -> {
            members.add(m);
            sameSpan(m, actors).forEach(members::add);
          });
        }
        // "Indian and Pakistani troops", "Russian, Turkish and Iranian officials": the other
        // adjectives (and those coordinated with them) share the head noun's role
        for (int c : g.children(e[0], "amod")) {
          addWithRole(g, c, a.get(), actors, members);
          for (int cc : g.children(c, "conj")) {
            addWithRole(g, cc, a.get(), actors, members);
          }
        }
        // "Leaders of Russia, Turkey and Iran": the role phrase (roles.tsv's role + of-country)
        // covers only the first country; the countries coordinated with it take the same role
        for (int c : g.children(e[0])) {
          if (g.rel(c).startsWith("nmod") && !g.rel(c).equals("nmod:poss") && a.get().covers(c)) {
            for (int cc : g.children(c, "conj")) {
              addWithRole(g, cc, a.get(), actors, members);
            }
          }
        }
        return List.copyOf(members);
      }
      if (e[1] < MAX_DEPTH) {
        for (int c : g.children(e[0])) {
          boolean nominal = NOMINAL.contains(g.rel(c)) || g.rel(c).startsWith("nmod") || g.rel(c).equals("conj")
              // "The International Labor Office (ILO)": the bracketed acronym hangs off the name as dep
              || e[1] == 0 && g.rel(c).equals("dep") && g.token(c).pos().startsWith("NNP");
          String prep = g.caseOf(c);
          if (nominal && !g.words().circumstancePrepositions.contains(prep) && (e[1] == 0 || !g.words().deepCircumstancePrepositions.contains(prep))) {
            queue.add(new int[] {c, e[1] + 1});
          }
        }
      }
    }
    return List.of();
  }

  /** Adds the actor at token c, not yet a member, in the role of the phrase's head actor. */
  private static void addWithRole(Graph g, int c, ActorMention head, List<ActorMention> actors, Set<ActorMention> members) {
    at(c, actors).filter(o -> o != head && !members.contains(o))
        .ifPresent(o -> members.add(withRole(o, head.actor().role())));
  }

  private static List<ActorMention> sameSpan(ActorMention m, List<ActorMention> actors) {
    return actors.stream().filter(o -> o.firstToken() == m.firstToken() && o.endToken() == m.endToken()).toList();
  }

  private static ActorMention withRole(ActorMention m, String role) {
    if (!m.actor().role().isEmpty() || role.isEmpty() || m.actor().country().length() != 3) {
      return m; // a member with its own role, or an organisation ("the United Nations"), keeps its code
    }
    var actor = new org.dyad.model.Actor(m.actor().country(), role, m.actor().home());
    return new ActorMention(actor, m.firstToken(), m.endToken(),
        m.start(), m.end(), m.text(), m.entry() + " + role of the coordinated noun", m.learned(), m.person(),
        m.found());
  }

  static Optional<ActorMention> at(int token, List<ActorMention> actors) {
    for (ActorMention a : actors) {
      if (a.covers(token)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
