package org.dyad.geo;

import java.util.List;

/**
 * A place name found in a sentence, with every gazetteer entry it may mean.
 *
 * @param firstToken   index of its first token
 * @param endToken     index after its last token
 * @param text         the words as written
 * @param candidates   the places it may name (never empty)
 * @param provinceWord true when the text calls it a province ("Idlib province", "province of Idlib"),
 *                     which prefers a first-level division over a same-named town
 * @param attachment   the token the place phrase hangs on ("in Idlib" → the verb or noun it
 *                     modifies; "seized Jarablus" → seized), or -1 when the name is not used as a
 *                     location (a subject, "the Astana process", an unparsed sentence)
 */
public record PlaceMention(int firstToken, int endToken, String text, List<Place> candidates, boolean provinceWord,
    int attachment) {
  public PlaceMention {
    candidates = List.copyOf(candidates);
  }

  public boolean isLocation() {
    return attachment >= 0;
  }

  public boolean overlaps(int first, int end) {
    return firstToken < end && first < endToken;
  }
}
