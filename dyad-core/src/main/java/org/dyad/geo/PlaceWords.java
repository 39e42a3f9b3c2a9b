package org.dyad.geo;

import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.WordClass;

/**
 * The word classes the geo stage names (lexicon/NAME.txt), resolved once from a {@link Lexicon}.
 *
 * @param locatives      prepositions that put something at a place (&locative, &entering)
 * @param entering       movement into a place ("into Syria")
 * @param placeNounLeads after a place noun these also locate ("on the outskirts of")
 * @param placeNouns     nouns a place name can modify or complete ("Idlib province")
 * @param provinceWords  words that make a name a first-level division
 * @param aims           prepositions that aim an act at its target ("fired at")
 */
record PlaceWords(WordClass locatives, WordClass entering, WordClass placeNounLeads, WordClass placeNouns,
    WordClass provinceWords, WordClass aims) {
  private static final PlaceWords BUILT_IN = of(Lexicon.builtIn());

  static PlaceWords of(Lexicon l) {
    return new PlaceWords(l.get("locative"), l.get("entering"), l.get("place-noun-lead"), l.get("place-name-noun"),
        l.get("province-word"), l.get("aim-preposition"));
  }

  static PlaceWords builtIn() {
    return BUILT_IN;
  }

  boolean locative(String preposition) {
    return locatives.contains(preposition) || entering.contains(preposition);
  }
}
