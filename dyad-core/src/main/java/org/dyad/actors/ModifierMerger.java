package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * One actor where the tagger saw two: a demonym or an organisation before a role-only noun with up
 * to two lower-case words between ("Angry French paper workers" → FRA + CVL, "Irish nationalist
 * guerrillas" → IRL + REB, "the U.N. war crimes court" → IGOUNO + JUD), and a known leader's name
 * right before "administration"/"government"/"regime"/"cabinet" ("the Bush administration" → the
 * leader's country + GOV). The tagger, which reads no parse, stops a phrase at the first word
 * that is not a role noun; this puts such phrases back together. Stateless.
 */
final class ModifierMerger {
  private final ActorDictionary dictionary;

  /** Words that end a noun phrase: "the French say workers …" is two phrases. */
  private final org.dyad.lexicon.WordClass phraseBreaks;
  private final org.dyad.lexicon.WordClass governmentNouns;

  ModifierMerger(ActorDictionary dictionary, org.dyad.lexicon.Lexicon lexicon) {
    this.dictionary = dictionary;
    this.phraseBreaks = lexicon.get("phrase-break");
    this.governmentNouns = lexicon.get("government-noun");
  }


  /** The sentence's mentions with such pairs made one. */
  List<ActorMention> merge(Sentence s, List<ActorMention> found) {
    List<Token> t = s.tokens();
    List<ActorMention> out = new ArrayList<>(found.size());
    for (ActorMention m : found) {
      ActorMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && RoleCountries.roleOnly(m) && (isNational(prev)
          && (demonymModifier(t, prev, m) || leadersGovernment(t, prev, m)) || organisationModifier(t, prev, m))) {
        out.set(out.size() - 1, ActorTagger.mention(s, prev.firstToken(), m.endToken(),
            new Actor(prev.actor().country(), m.actor().role(), prev.actor().home()),
            "one phrase: " + prev.text() + " (" + prev.entry() + ") + " + m.entry(), prev.learned(), false));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private boolean isNational(ActorMention a) {
    return ActorTagger.isNational(a.actor()) && !dictionary.isRegion(a.actor().country());
  }

  /**
   * An adjectival demonym ("French", not "Turkey" or "Afghans", which can be subjects) before the
   * role, the words between lower-case and not a verb's or plural's "-s" ("Turkey supports rebels").
   */
  private boolean demonymModifier(List<Token> t, ActorMention prev, ActorMention m) {
    if (prev.person() || !prev.actor().role().isEmpty() || m.person() || m.firstToken() - prev.endToken() > 2
        || m.firstToken() < prev.endToken()) {
      return false;
    }
    boolean adjective = dictionary.actors().matchesAt(t, prev.firstToken()).stream()
        .anyMatch(e -> e.kind() == Entry.Kind.DEMONYM && e.words().size() == prev.endToken() - prev.firstToken()
            && !endsInS(e.words().get(e.words().size() - 1)));
    if (!adjective) {
      return false;
    }
    return wordsBetweenModify(t, prev.endToken(), m.firstToken());
  }

  /** "the U.N. war crimes court": an organisation's name before its role noun, as a demonym's. */
  private boolean organisationModifier(List<Token> t, ActorMention prev, ActorMention m) {
    boolean organisation = !prev.person() && prev.actor().role().isEmpty()
        && dictionary.actors().matchesAt(t, prev.firstToken()).stream()
            .anyMatch(e -> e.kind() == Entry.Kind.ORGANISATION
                && e.words().size() == prev.endToken() - prev.firstToken());
    return organisation && !m.person() && m.firstToken() >= prev.endToken() && m.firstToken() - prev.endToken() <= 2
        && wordsBetweenModify(t, prev.endToken(), m.firstToken());
  }

  /**
   * Lower-case modifiers, none a word that ends a phrase; the first not ending in "-s", which right
   * after a name is mostly a verb ("Chad supports rebels", but "the UN war crimes court").
   */
  private boolean wordsBetweenModify(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.get(k).text();
      if (!w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || phraseBreaks.contains(w)
          || k == from && endsInS(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsInS(String w) {
    return w.endsWith("s") && !w.endsWith("ss");
  }

  private boolean leadersGovernment(List<Token> t, ActorMention prev, ActorMention m) {
    return prev.person() && prev.endToken() == m.firstToken() && m.endToken() - m.firstToken() == 1
        && governmentNouns.contains(RoleCountries.lower(t.get(m.firstToken())));
  }

}
