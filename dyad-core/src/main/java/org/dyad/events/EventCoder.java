package org.dyad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
        if (!PatternSlots.satisfied(g, i, p)) {
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
        List<ActorMention> sources = p.noun() ? PhraseActors.nounSources(g, i, actors, p.code().substring(0, 2))
            : PhraseActors.verbSources(g, i, actors, 0);
        boolean between = false;
        if (p.noun() && sources.size() < 2) {
          // "the phone conversation between the Peruvian and Chilean ministers": the members act
          // on each other, like a compound subject of a symmetric verb
          List<ActorMention> members = PhraseActors.betweenMembers(g, i, actors);
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
          passiveTargets = PhraseActors.find(g, patient, actors);
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
              && !PatternSlots.targets(g, i, p, actors).isEmpty()) {
            sources = List.of(ActorMention.NONE); // "the kidnapping of a journalist": no kidnapper named
          }
        }
        if (sources.isEmpty() && !p.noun() && p.targets().contains(VerbPattern.Role.OBJ) && PhraseActors.isAgentlessPassive(g, i)) {
          // "Two officials were charged with misconduct": the act is reported, its doer is not;
          // the passive subject is the target and the source stays unknown
          passiveTargets = g.children(i, "nsubj:pass").stream().flatMap(c -> PhraseActors.find(g, c, actors).stream()).toList();
          if (!passiveTargets.isEmpty()) {
            sources = UnknownAgents.occasionDoers(g, i, actors); // "killed in Israeli shelling": Israel
          }
        }
        if (sources.isEmpty()) {
          continue;
        }
        List<ActorMention> targets = between ? List.of()
            : !passiveTargets.isEmpty() ? passiveTargets : PatternSlots.targets(g, i, p, actors);
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
}
