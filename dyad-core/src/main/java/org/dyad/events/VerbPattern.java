package org.dyad.events;

import java.util.List;
import java.util.Set;

/**
 * One entry of the event dictionary: a trigger word, what must hang off it, where the target is,
 * and the CAMEO code it yields. See verbs.txt for the format.
 *
 * @param code        the CAMEO code, or null for a pattern that matches and yields no event
 *                    (PETRARCH's {@code [---]}: it stops less specific patterns from firing)
 * @param lemma       the trigger's lemma ("" when the trigger is given by {@code forms})
 * @param noun        true for a nominal trigger ("offensive", "phone call"), false for a verb
 * @param constraints dependents that must be present
 * @param targets     where to look for the target, in order: "obj", or a preposition
 * @param text        the entry as written, reported as the event's rule
 * @param forms       word forms (lower case) the trigger token must have; empty: any form of the lemma
 * @param words       a word-order pattern (imported PETRARCH patterns), or null
 * @param pairedCode  a second code for the reverse direction, target to source (PETRARCH's
 *                    {@code [032:033]}: a visit and the receiving of it), or null
 */
public record VerbPattern(String code, String lemma, boolean noun, List<Constraint> constraints,
    List<String> targets, String text, Set<String> forms, WordPattern words, String pairedCode) {

  public VerbPattern(String code, String lemma, boolean noun, List<Constraint> constraints, List<String> targets,
      String text) {
    this(code, lemma, noun, constraints, targets, text, Set.of(), null, null);
  }

  /**
   * A required dependent.
   *
   * @param kind  obj (direct object lemma), prt (particle), mod (compound or adjective on a noun
   *              trigger), prep (a prepositional dependent: {@code word} is the preposition)
   * @param word  the preposition for prep, otherwise unused ("")
   * @param lemmas allowed lemmas of the dependent
   */
  public record Constraint(String kind, String word, Set<String> lemmas) {}

  /** More constraints (or pattern words) make a more specific pattern; the most specific matching one fires. */
  public int specificity() {
    return constraints.size() + (words == null ? 0 : words.words());
  }
}
