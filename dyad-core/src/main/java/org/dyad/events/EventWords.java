package org.dyad.events;

import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.WordClass;

/**
 * The word classes the event stage names, resolved once from a {@link Lexicon}: the one place in
 * Java that says which classes (lexicon/NAME.txt) the coder's rules read. The words themselves
 * are in the files. Immutable; travels with each sentence's {@link Graph}.
 */
final class EventWords {
  private static volatile EventWords builtIn;

  // who did it: reactions, harms, occasions (UnknownAgents)
  final WordClass reactionVerbs;
  final WordClass harmVerbs;
  final WordClass deathVerbs;
  final WordClass life;
  final WordClass backgroundPrepositions;
  final WordClass sequenceWords;
  final WordClass relativePronouns;
  final WordClass unknownSubjects;
  final WordClass weaponSubjects;
  final WordClass violentOccasions;
  final WordClass occasionPrepositions;
  final WordClass causePrepositions;
  final WordClass accidents;
  // modality (ModalityClassifier, RefusalRecoder, IntentRecoder, ConditionTargets)
  final WordClass negation;
  final WordClass negatingVerbs;
  final WordClass conditionalAuxiliaries;
  final WordClass conditionalMarks;
  final WordClass conditionMarks;
  final WordClass futureAuxiliaries;
  final WordClass intentWords;
  final WordClass directiveVerbs;
  final WordClass allegingVerbs;
  final WordClass refusalNegation;
  final WordClass announcingAuxiliaries;
  final WordClass willingWords;
  final WordClass failingVerbs;
  final WordClass threatWords;
  // reported speech
  final WordClass speechVerbs;
  final WordClass attributionForms;
  // the coder's grammar (EventCoder, Partitives, StativeParticiples, AssaultMeans, WordPatterns)
  final WordClass partitives;
  final WordClass bombWords;
  final WordClass meansPrepositions;
  final WordClass partyPrepositions;
  final WordClass stativeParticiples;
  final WordClass objectControlVerbs;
  final WordClass passiveAuxiliaries;
  final WordClass describingVerbs;
  final WordClass reportedSubjectPronouns;
  final WordClass circumstancePrepositions;
  final WordClass deepCircumstancePrepositions;
  final WordClass subjectPronouns;

  EventWords(Lexicon l) {
    reactionVerbs = l.get("reaction-verb");
    harmVerbs = l.get("harm-verb");
    deathVerbs = l.get("death-verb");
    life = l.get("life");
    backgroundPrepositions = l.get("background-preposition");
    sequenceWords = l.get("sequence-word");
    relativePronouns = l.get("relative-pronoun");
    unknownSubjects = l.get("unknown-subject");
    weaponSubjects = l.get("weapon-subject");
    violentOccasions = l.get("violent-occasion");
    occasionPrepositions = l.get("occasion-preposition");
    causePrepositions = l.get("cause-preposition");
    accidents = l.get("accident");
    negation = l.get("negation");
    negatingVerbs = l.get("negating-verb");
    conditionalAuxiliaries = l.get("conditional-auxiliary");
    conditionalMarks = l.get("conditional-mark");
    conditionMarks = l.get("condition-mark");
    futureAuxiliaries = l.get("future-auxiliary");
    intentWords = l.get("intent-word");
    directiveVerbs = l.get("directive-verb");
    allegingVerbs = l.get("alleging-verb");
    refusalNegation = l.get("refusal-negation");
    announcingAuxiliaries = l.get("announcing-auxiliary");
    willingWords = l.get("willing-word");
    failingVerbs = l.get("failing-verb");
    threatWords = l.get("threat-word");
    speechVerbs = l.get("speech-verb");
    attributionForms = l.get("attribution-form");
    partitives = l.get("partitive");
    bombWords = l.get("bomb-word");
    meansPrepositions = l.get("means-preposition");
    partyPrepositions = l.get("party-preposition");
    stativeParticiples = l.get("stative-participle");
    objectControlVerbs = l.get("object-control-verb");
    passiveAuxiliaries = l.get("passive-auxiliary");
    describingVerbs = l.get("describing-verb");
    reportedSubjectPronouns = l.get("reported-subject-pronoun");
    circumstancePrepositions = l.get("circumstance-preposition");
    deepCircumstancePrepositions = l.get("deep-circumstance-preposition");
    subjectPronouns = l.get("subject-pronoun");
  }

  /** The classes of the built-in lexicon, resolved once. */
  static EventWords builtIn() {
    EventWords w = builtIn;
    if (w == null) {
      w = new EventWords(Lexicon.builtIn());
      builtIn = w;
    }
    return w;
  }

  static EventWords of(Lexicon lexicon) {
    return lexicon == Lexicon.builtIn() ? builtIn() : new EventWords(lexicon);
  }
}
