package org.dyad.events;

import java.util.List;
import java.util.Set;

/**
 * One entry of the event dictionary: a trigger word, what must hang off it, where the target is,
 * and the CAMEO code it yields. See verbs.txt for the format.
 *
 * @param code        the CAMEO code
 * @param lemma       the trigger's lemma
 * @param noun        true for a nominal trigger ("offensive", "phone call"), false for a verb
 * @param constraints dependents that must be present
 * @param targets     where to look for the target, in order: "obj", or a preposition
 * @param text        the entry as written, reported as the event's rule
 */
public record VerbPattern(String code, String lemma, boolean noun, List<Constraint> constraints,
    List<String> targets, String text) {

  /**
   * A required dependent.
   *
   * @param kind  obj (direct object lemma), prt (particle), mod (compound or adjective on a noun
   *              trigger), prep (a prepositional dependent: {@code word} is the preposition)
   * @param word  the preposition for prep, otherwise unused ("")
   * @param lemmas allowed lemmas of the dependent
   */
  public record Constraint(String kind, String word, Set<String> lemmas) {}

  /** More constraints make a more specific pattern; the most specific matching one fires. */
  public int specificity() {
    return constraints.size();
  }
}
