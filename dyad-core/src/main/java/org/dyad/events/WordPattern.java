package org.dyad.events;

import java.util.List;

/**
 * A word-order pattern around a trigger, the shape PETRARCH/TABARI verb dictionaries use
 * ({@code - INDICATED WOULD * NOW}, {@code - + WAS * DEAD IN $}). dyad matches it on the parsed
 * sentence: words before the trigger anywhere earlier in the sentence, words after it only inside
 * the trigger's own phrase (its dependency subtree without the subject and without coordinated or
 * parenthetical clauses), in order, with gaps unless joined.
 *
 * @param elements the pattern in text order; exactly one element is the {@link Kind#TRIGGER}
 */
public record WordPattern(List<Element> elements) {

  public enum Kind {
    /** The trigger itself ({@code *}). */
    TRIGGER,
    /** One of several word sequences (a single word, or a {@code &SYNSET}'s members). */
    WORDS,
    /** {@code $}: the source is the first actor from here to the next matched word. */
    SOURCE,
    /** {@code +}: the target is the first actor from here to the next matched word. */
    TARGET,
    /** {@code ^}: the next actor is skipped, a following {@code $} or {@code +} takes the one after it. */
    SKIP,
    /** {@code %}: a compound actor here whose members act toward each other (or are the target after the trigger). */
    COMPOUND
  }

  /**
   * @param kind         what the element is
   * @param alternatives for WORDS: the word sequences that may stand here (lower case); the words
   *                     of one sequence must be consecutive
   * @param joined       true when written with '_' to the previous element: no gap allowed
   */
  public record Element(Kind kind, List<List<String>> alternatives, boolean joined) {
    public Element {
      alternatives = List.copyOf(alternatives);
    }
  }

  public WordPattern {
    elements = List.copyOf(elements);
    if (elements.stream().filter(e -> e.kind() == Kind.TRIGGER).count() != 1) {
      throw new IllegalArgumentException("a word pattern needs exactly one trigger element: " + elements);
    }
  }

  /**
   * Number of elements besides the trigger (words and markers): longer patterns are more specific
   * and are tried first, so "% *" is tried before the bare verb.
   */
  public int words() {
    return (int) elements.stream().filter(e -> e.kind() != Kind.TRIGGER).count();
  }

  public boolean has(Kind kind) {
    return elements.stream().anyMatch(e -> e.kind() == kind);
  }
}
