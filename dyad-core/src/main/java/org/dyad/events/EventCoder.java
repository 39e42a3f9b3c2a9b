package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.Sentence;

/**
 * Stage 5, events: matches the event dictionary against a parsed sentence and links each trigger
 * to its source and target actors through the dependency tree. Every candidate is returned with
 * its modality; callers choose which modalities count. Stateless; safe to share between threads.
 */
public final class EventCoder {
  /** Relations followed inside a noun phrase to find the actor it is about. */
  private static final Set<String> NOMINAL = Set.of("nmod", "nmod:poss", "amod", "compound", "appos", "flat",
      "obl", "det", "flat:name");
  private static final int MAX_DEPTH = 3;
  /** The plain "make statement" code, dropped when the statement's content is itself coded. */
  private static final String STATEMENT = "010";

  private final VerbDictionary verbs;
  private final CameoCodebook codebook;
  private final ModalityClassifier modality = new ModalityClassifier();
  private final EventDater dater = new EventDater();

  private final EventWords words;

  public EventCoder(VerbDictionary verbs, CameoCodebook codebook) {
    this(verbs, codebook, org.dyad.lexicon.Lexicon.builtIn());
  }

  /** A coder whose rules read {@code lexicon}'s word classes (the patterns carry their own). */
  public EventCoder(VerbDictionary verbs, CameoCodebook codebook, org.dyad.lexicon.Lexicon lexicon) {
    this.verbs = verbs;
    this.codebook = codebook;
    this.words = EventWords.of(lexicon);
    this.sentencePasses = new java.util.EnumMap<>(Map.of(
        Pass.ASSAULT_MEANS, (g, ev) -> AssaultMeans.recode(g, ev, codebook),
        Pass.SUBSUMED_EVENTS, SubsumedEvents::drop,
        Pass.EMPTY_STATEMENTS, (g, ev) -> withoutEmptyStatements(ev),
        Pass.ANONYMOUS_STATEMENTS, (g, ev) -> BareStatements.withoutAnonymous(ev))); // run in Pass order
  }

  public List<Event> code(String articleId, Optional<LocalDate> articleDate, Sentence sentence,
      List<ActorMention> actors) {
    return code(articleId, articleDate, sentence, actors, Trail.NONE);
  }

  /** A step after matching that rewrites or drops a sentence's candidate events. */
  private interface SentencePass {
    List<Event> apply(Graph g, List<Event> events);
  }

  /**
   * The sentence's passes, in order: the means of an assault recode it, an act another one
   * subsumes is dropped, then statements with no content of their own and anonymous ones.
   */
  private final Map<Pass, SentencePass> sentencePasses;

  /** Codes a sentence, recording in {@code trail} every candidate and what each pass did to it. */
  public List<Event> code(String articleId, Optional<LocalDate> articleDate, Sentence sentence,
      List<ActorMention> actors, Trail trail) {
    if (!sentence.isParsed() || actors.isEmpty()) {
      return List.of();
    }
    Graph g = new Graph(sentence, words);
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<Integer> codedVerbs = new HashSet<>(); // verbs whose pattern named their object: that noun is their act
    java.util.Map<Integer, Set<String>> codedPrepNouns = new java.util.HashMap<>(); // likewise "kill in+attack"
    for (int i = 0; i < sentence.tokens().size(); i++) {
      var token = sentence.tokens().get(i);
      List<VerbPattern> patterns = candidates(g, i);
      if (token.isNoun() && g.rel(i).equals("obj") && codedVerbs.contains(g.head(i))) {
        continue; // "fired shell bombs at X", "cancelled a visit": the verb's pattern already coded the noun
      }
      if (token.isNoun() && g.rel(i).equals("obj") && g.words().describingVerbs.contains(g.lemma(g.head(i)))) {
        continue; // "units that pose a threat to Turkey", "faces an attack": a description, not an act
      }
      if (token.isNoun() && g.rel(i).startsWith("obl") && codedPrepNouns.getOrDefault(g.head(i), Set.of())
          .contains(g.lemma(i))) {
        continue; // "killed three militants in an attack": the attack is the killing, coded once
      }
      for (VerbPattern p : patterns) {
        if (!satisfied(g, i, p)) {
          continue;
        }
        if (p.words() != null) {
          Optional<List<Event>> worded = WordPatterns.code(g, i, p, actors, codebook, modality, dater, articleId,
              articleDate, seen);
          if (worded.isEmpty()) {
            continue;
          }
          events.addAll(worded.get()); // the most specific matching pattern decides, even when it yields nothing
          break;
        }
        List<ActorMention> sources = p.noun() ? nounSources(g, i, actors, p.code().substring(0, 2))
            : verbSources(g, i, actors, 0);
        boolean between = false;
        if (p.noun() && sources.size() < 2) {
          // "the phone conversation between the Peruvian and Chilean ministers": the members act
          // on each other, like a compound subject of a symmetric verb
          List<ActorMention> members = betweenMembers(g, i, actors);
          if (members.size() >= 2) {
            sources = members;
            between = true;
          }
        }
        if (sources.isEmpty() && !p.noun()) {
          sources = UnknownAgents.pronounSubject(g, i, p.code().substring(0, 2), actors); // "militants who attacked X"
        }
        List<ActorMention> passiveTargets = List.of();
        int patient = p.noun() || !p.targets().contains(VerbPattern.Role.OBJ) ? -1 : UnknownAgents.participlePatient(g, i);
        if (patient >= 0 && UnknownAgents.patientMayStand(p.code().substring(0, 2))) {
          // "two nurses abducted last month": the noun suffered the act; its doer is the by-phrase or unknown
          passiveTargets = find(g, patient, actors);
          List<ActorMention> by = UnknownAgents.byPhrase(g, i, actors);
          sources = passiveTargets.isEmpty() ? List.of()
              : by.isEmpty() ? UnknownAgents.occasionDoers(g, i, actors) : by;
        } else if (p.noun() && !between) {
          List<ActorMention> victims = UnknownAgents.victims(g, i, actors);
          if (!victims.isEmpty()) {
            // "three soldiers died in a bomb attack": the dead are the attack's target, not its doers
            passiveTargets = victims;
            List<ActorMention> doers = sources.stream().filter(s -> !victims.contains(s)).toList();
            sources = doers.isEmpty() ? List.of(ActorMention.NONE) : doers;
          } else if (sources.isEmpty() && UnknownAgents.doerMayBeUnknown(p.code().substring(0, 2))
              && !targets(g, i, p, actors).isEmpty()) {
            sources = List.of(ActorMention.NONE); // "the kidnapping of a journalist": no kidnapper named
          }
        }
        if (sources.isEmpty() && !p.noun() && p.targets().contains(VerbPattern.Role.OBJ) && isAgentlessPassive(g, i)) {
          // "Two officials were charged with misconduct": the act is reported, its doer is not;
          // the passive subject is the target and the source stays unknown
          passiveTargets = g.children(i, "nsubj:pass").stream().flatMap(c -> find(g, c, actors).stream()).toList();
          if (!passiveTargets.isEmpty()) {
            sources = UnknownAgents.occasionDoers(g, i, actors); // "killed in Israeli shelling": Israel
          }
        }
        if (sources.isEmpty()) {
          continue;
        }
        List<ActorMention> targets = between ? List.of()
            : !passiveTargets.isEmpty() ? passiveTargets : targets(g, i, p, actors);
        if (targets.isEmpty() && !between && !p.targets().contains(VerbPattern.Role.MUTUAL)) {
          // "will strike unless Israel withdraws": the condition's subject
          targets = ConditionTargets.find(g, i, modality.classify(g, i), actors, sources);
        }
        List<ActorMention[]> pairs = new ArrayList<>();
        if (!targets.isEmpty()) {
          for (ActorMention s : sources) {
            for (ActorMention t : targets) {
              pairs.add(new ActorMention[] {s, t});
            }
          }
        } else if ((between || p.targets().contains(VerbPattern.Role.MUTUAL)) && sources.size() >= 2) {
          sources = sources.stream().sorted(java.util.Comparator.comparingInt(ActorMention::firstToken)).toList();
          // "Jordan and Britain agreed": one symmetric event per unordered pair of members, in
          // the order written (the first named is the source), never both directions
          for (int a = 0; a < sources.size(); a++) {
            for (int b = a + 1; b < sources.size(); b++) {
              pairs.add(new ActorMention[] {sources.get(a), sources.get(b)});
            }
          }
        } else if (p.targets().contains(VerbPattern.Role.NONE)) {
          for (ActorMention s : sources) {
            pairs.add(new ActorMention[] {s, ActorMention.NONE}); // "Police said ...": no one acted upon
          }
        }
        if (pairs.isEmpty()) {
          continue;
        }
        CameoCode code = codebook.lookup(p.code()).orElseThrow();
        Modality m = modality.classify(g, i);
        EventDater.Dated when = dater.date(sentence, i, articleDate);
        for (ActorMention[] pair : pairs) {
          ActorMention s = pair[0];
          ActorMention t = pair[1];
          if (s == t || s.actor().equals(t.actor())
              || !seen.add(s.actor() + "|" + t.actor() + "|" + code.code())
              || !t.isNone() && seen.contains(t.actor() + "|" + s.actor() + "|" + code.code() + "|mutual")) {
            continue;
          }
          if (targets.isEmpty() && !t.isNone()) {
            seen.add(s.actor() + "|" + t.actor() + "|" + code.code() + "|mutual");
          }
          if (p.constraints().stream().anyMatch(c -> c instanceof VerbPattern.DirectObject)) {
            codedVerbs.add(i); // the pattern named the object noun: it is part of this act
          }
          for (VerbPattern.Constraint c : p.constraints()) {
            if (c instanceof VerbPattern.Prepositional) {
              codedPrepNouns.computeIfAbsent(i, k -> new HashSet<>()).addAll(c.lemmas().words());
            }
          }
          events.add(new Event(articleId, articleDate, when.date(), when.precision(), sentence, s, t, code, m,
              token, p.text()));
        }
        break;
      }
    }
    trail.candidates(events);
    List<Event> out = events;
    for (Map.Entry<Pass, SentencePass> pass : sentencePasses.entrySet()) {
      out = trail.record(pass.getKey(), out, pass.getValue().apply(g, out));
    }
    return out;
  }

  /**
   * "X said [Y attacked Z]": the report is carried by the reported event (modality reported), so a
   * bare statement (010 with no target) is kept only when nothing else in the sentence is coded
   * as an event, an announced act (which the intent stage turns into one) or a negated one ("X
   * said they have no plans to …" says that nothing happens: no event at all).
   */
  private static List<Event> withoutEmptyStatements(List<Event> events) {
    boolean other = events.stream().anyMatch(e -> !isEmptyStatement(e) && e.modality() != Modality.HYPOTHETICAL);
    return other ? events.stream().filter(e -> !isEmptyStatement(e)).toList() : events;
  }

  private static boolean isEmptyStatement(Event e) {
    return e.code().code().equals(STATEMENT) && e.target().isNone();
  }

  /** Patterns for token i: by lemma (verbs, nouns) and by word form (imported dictionaries), most specific first. */
  private List<VerbPattern> candidates(Graph g, int i) {
    var token = g.token(i);
    List<VerbPattern> byLemma = token.isVerb() || taggedNounUsedAsVerb(g, i) ? verbs.verb(g.lemma(i))
        : token.isNoun() ? verbs.noun(g.lemma(i)) : List.of();
    boolean verbLike = token.isVerb() || token.pos().startsWith("JJ"); // "broken", "cordoned" are often tagged JJ
    List<VerbPattern> byForm = verbLike ? verbs.form(token.text().toLowerCase(java.util.Locale.ROOT)) : List.of();
    if (byForm.isEmpty()) {
      return byLemma;
    }
    if (byLemma.isEmpty()) {
      return byForm;
    }
    List<VerbPattern> all = new ArrayList<>(byForm);
    all.addAll(byLemma);
    all.sort(java.util.Comparator.comparingInt(VerbPattern::specificity).reversed());
    return all;
  }

  /**
   * A word tagged as a noun that the parse uses as a verb: it has an auxiliary, or a subject and an
   * object ("they would blockade Paris" with blockade/NN). Its verb patterns apply.
   */
  private static boolean taggedNounUsedAsVerb(Graph g, int i) {
    return g.token(i).isNoun() && (!g.children(i, "aux").isEmpty()
        || !g.children(i, "nsubj").isEmpty() && !g.children(i, "obj").isEmpty());
  }

  private static boolean satisfied(Graph g, int i, VerbPattern p) {
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

  private List<ActorMention> targets(Graph g, int i, VerbPattern p, List<ActorMention> actors) {
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
        List<ActorMention> found = find(g, h, actors);
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
  private static boolean isAgentlessPassive(Graph g, int v) {
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
  private static List<ActorMention> betweenMembers(Graph g, int n, List<ActorMention> actors) {
    for (int c : g.children(n)) {
      if (g.rel(c).startsWith("nmod") && "between".equals(g.caseOf(c))) {
        return find(g, c, actors);
      }
    }
    return List.of();
  }

  /** The actor of a nominal event: possessor, by-phrase, an actor modifier, or the host verb's subject. */
  private List<ActorMention> nounSources(Graph g, int n, List<ActorMention> actors, String root) {
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
        // "Indian and Pakistani troops": the other adjective shares the head noun's role
        for (int c : g.children(e[0], "amod")) {
          Optional<ActorMention> other = at(c, actors).filter(o -> !members.contains(o));
          other.ifPresent(o -> members.add(withRole(o, a.get().actor().role())));
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

  private static List<ActorMention> sameSpan(ActorMention m, List<ActorMention> actors) {
    return actors.stream().filter(o -> o.firstToken() == m.firstToken() && o.endToken() == m.endToken()).toList();
  }

  private static ActorMention withRole(ActorMention m, String role) {
    if (!m.actor().role().isEmpty() || role.isEmpty()) {
      return m;
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
