package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.ActorMention;

/**
 * What a verb pattern asks of the parse: whether its constraints hold at a trigger (the object,
 * particle, modifier, prepositional phrase or clause auxiliary it names), and which phrases its
 * target slots point to (object, indirect object, complement clause, purpose clause, a
 * prepositional phrase). The actors of those phrases are {@link PhraseActors}' to find.
 */
final class PatternSlots {
  private PatternSlots() {}

  static boolean satisfied(Graph g, int i, VerbPattern p) {
    for (VerbPattern.Constraint c : p.constraints()) {
      boolean ok = switch (c) {
        case VerbPattern.DirectObject d -> g.objects(i).stream().anyMatch(o -> named(g, o, c.lemmas().words())
            // "summoned Niger's ambassador Brah Mohamane": the name heads the phrase, the title is its compound
            || g.token(o).pos().startsWith("NNP")
            && g.children(o, "compound").stream().anyMatch(t -> named(g, t, c.lemmas().words()))
            || Partitives.of(g, o).stream().anyMatch(t -> named(g, t, c.lemmas().words()))
            // "evacuated the wounded": an adjective used as a noun hangs off its article
            || g.token(o).pos().equals("DT") && g.children(o, "amod").stream().anyMatch(t -> named(g, t, c.lemmas().words())));
        case VerbPattern.Particle pt -> g.children(i, "compound:prt").stream().anyMatch(o -> c.lemmas().contains(g.lemma(o)));
        case VerbPattern.Modifier m -> g.children(i).stream().filter(o -> g.rel(o).startsWith("compound") || g.rel(o).equals("amod"))
            .anyMatch(o -> c.lemmas().contains(g.lemma(o)));
        case VerbPattern.Prepositional pp -> withPrep(g, i, pp.preposition()).stream().anyMatch(o -> named(g, o, c.lemmas().words()));
        case VerbPattern.ClauseAuxiliary ca -> g.children(i, "ccomp").stream() // "said that China must drop barriers"
            .anyMatch(v -> g.children(v, "aux").stream().anyMatch(a -> c.lemmas().contains(g.lemma(a))));
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word's lemma is one of these; the tagger leaves some plurals unlemmatised ("troops" as a
   * noun after a verb), so a plural -s form also names its singular.
   */
  private static boolean named(Graph g, int o, Set<String> lemmas) {
    String lemma = g.lemma(o);
    return lemmas.contains(lemma) || lemma.endsWith("s") && lemmas.contains(lemma.substring(0, lemma.length() - 1));
  }

  /**
   * The trigger and its objects, with the act noun under a measure word ("suspended part of its aid
   * to X"): the words a target phrase or complement clause may hang on.
   */
  private static List<Integer> triggerAndObjects(Graph g, int i) {
    List<Integer> heads = new ArrayList<>(List.of(i));
    for (int o : g.objects(i)) {
      heads.add(o);
      heads.addAll(Partitives.of(g, o));
    }
    return heads;
  }

  /** Nominal dependents of the trigger (and of its object) introduced by the preposition. */
  private static List<Integer> withPrep(Graph g, int i, String prep) {
    List<Integer> out = new ArrayList<>();
    for (int h : triggerAndObjects(g, i)) {
      for (int c : g.children(h)) {
        String r = g.rel(c);
        if ((r.startsWith("obl") || r.startsWith("nmod")) && !r.equals("nmod:poss") && prep.equals(g.caseOf(c))) {
          out.add(c);
        } else if (r.equals("advcl") && g.hasChildWord(c, "mark", prep)) {
          out.addAll(g.children(c, "nsubj")); // "calls on Russia to help": the parser's clause reading
        }
      }
    }
    return out;
  }

  static List<ActorMention> targets(Graph g, int i, VerbPattern p, List<ActorMention> actors) {
    for (VerbPattern.Slot slot : p.targets()) {
      List<Integer> heads = switch (slot) {
        case VerbPattern.Role.MUTUAL, VerbPattern.Role.NONE -> List.of();
        case VerbPattern.Role.CLAUSE -> clauseSubjects(g, i);
        case VerbPattern.Role.PURPOSE -> purposeParticipants(g, i);
        case VerbPattern.Role.IOBJ -> g.children(i, "iobj"); // "gave Tanzania a grant"
        case VerbPattern.Role.OBJ -> objectHeads(g, i);
        case VerbPattern.Behind b -> g.hasChildWord(i, "compound:prt", b.preposition())
            ? g.children(i, "obj") // "calls on Russia" parsed with "on" as a particle
            : withPrep(g, i, b.preposition());
      };
      for (int h : heads) {
        List<ActorMention> found = PhraseActors.find(g, h, actors);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** The direct object, the subject of a passive ("Kenya was criticized by Uganda"), misparsed objects. */
  private static List<Integer> objectHeads(Graph g, int i) {
    List<Integer> heads = new ArrayList<>(g.objects(i));
    if (!StativeParticiples.is(g, i)) {
      heads.addAll(g.children(i, "nsubj:pass"));
    }
    heads.addAll(UnknownAgents.misparsedObjects(g, i)); // "freed soldiers captured in ...", misparsed
    return heads;
  }

  /**
   * Participants of a purpose clause ("to protest against X", "to demand reforms from X",
   * "calling for independence from X") of the trigger or, for a nominal trigger, of its host verb:
   * the clause's object and prepositional phrases (not places or times).
   */
  private static List<Integer> purposeParticipants(Graph g, int i) {
    List<Integer> hosts = new ArrayList<>(List.of(i));
    if (g.token(i).isNoun() && g.head(i) >= 0) {
      hosts.add(g.head(i));
    }
    List<Integer> out = new ArrayList<>();
    for (int h : hosts) {
      for (int c : g.children(h)) {
        String r = g.rel(c);
        boolean purpose = (r.equals("xcomp") || r.equals("advcl") || r.equals("acl"))
            && (g.hasChildWord(c, "mark", "to") || g.token(c).pos().equals("VBG"));
        if (!purpose || !g.token(c).isVerb()) {
          continue;
        }
        out.addAll(g.children(c, "obj"));
        for (int o : g.children(c)) {
          String ro = g.rel(o);
          if ((ro.startsWith("obl") || ro.startsWith("nmod")) && !g.words().circumstancePrepositions.contains(g.caseOf(o))
              && !g.words().deepCircumstancePrepositions.contains(g.caseOf(o)) && !g.caseOf(o).isEmpty()) {
            out.add(o);
          }
        }
        for (int o : g.children(c, "obj")) { // "to demand reforms from X", "the resignation of X"
          for (int n : g.children(o)) {
            if (g.rel(n).startsWith("nmod") && !g.words().circumstancePrepositions.contains(g.caseOf(n))
                && !g.words().deepCircumstancePrepositions.contains(g.caseOf(n))) {
              out.add(n);
            }
          }
        }
      }
    }
    return out;
  }

  /** Subjects of the complement clauses of a trigger (and of its object: "issued a demand that X ..."). */
  private static List<Integer> clauseSubjects(Graph g, int i) {
    List<Integer> out = new ArrayList<>();
    for (int h : triggerAndObjects(g, i)) {
      for (int c : g.children(h)) {
        String r = g.rel(c);
        if (r.equals("ccomp") || r.equals("acl") && g.token(h).isNoun() || r.equals("xcomp")) {
          List<Integer> subjects = new ArrayList<>(g.children(c, "nsubj"));
          subjects.addAll(g.children(c, "nsubj:pass"));
          if (subjects.isEmpty() && r.equals("xcomp") && g.children(h, "obj").isEmpty()) {
            // "refused to meet X", "declined to lift the curfew on X": the controlled clause's
            // object, else its prepositional participants, is who the refusal is aimed at
            subjects.addAll(g.children(c, "obj"));
            subjects.addAll(g.children(c, "iobj"));
            g.children(c, "obl").stream().filter(o -> !g.words().circumstancePrepositions.contains(g.caseOf(o))
                && !g.words().deepCircumstancePrepositions.contains(g.caseOf(o))).forEach(subjects::add);
          }
          out.addAll(subjects);
        }
      }
    }
    return out;
  }
}
