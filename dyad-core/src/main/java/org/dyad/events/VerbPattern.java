package org.dyad.events;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One entry of the event dictionary: a trigger word, what must hang off it, where the target is,
 * and the CAMEO code it yields. See verbs.txt for the format; {@link #syntax()} prints an entry
 * back in it.
 *
 * @param code        the CAMEO code, or null for a pattern that matches and yields no event
 *                    (PETRARCH's {@code [---]}: it stops less specific patterns from firing)
 * @param lemma       the trigger's lemma ("" when the trigger is given by {@code forms})
 * @param noun        true for a nominal trigger ("offensive", "phone call"), false for a verb
 * @param constraints dependents that must be present
 * @param targets     where to look for the target, in order of preference
 * @param text        the entry as written, with its file and line, reported as the event's rule
 * @param forms       word forms (lower case) the trigger token must have; empty: any form of the lemma
 * @param words       a word-order pattern (imported PETRARCH patterns), or null
 * @param pairedCode  a second code for the reverse direction, target to source (PETRARCH's
 *                    {@code [032:033]}: a visit and the receiving of it), or null
 */
public record VerbPattern(String code, String lemma, boolean noun, List<Constraint> constraints,
    List<Slot> targets, String text, Set<String> forms, WordPattern words, String pairedCode) {

  public VerbPattern {
    constraints = List.copyOf(constraints);
    targets = List.copyOf(targets);
  }

  public VerbPattern(String code, String lemma, boolean noun, List<Constraint> constraints, List<Slot> targets,
      String text) {
    this(code, lemma, noun, constraints, targets, text, Set.of(), null, null);
  }

  /**
   * Lemmas a dependent may have, as written ({@code &talks|mediation}: a word class and a lemma)
   * and expanded to words.
   */
  public record Lemmas(Set<String> words, String written) {
    public Lemmas {
      words = Set.copyOf(words);
    }

    public boolean contains(String lemma) {
      return words.contains(lemma);
    }

    @Override
    public String toString() {
      return written;
    }
  }

  /** A dependent the trigger must have. Each kind prints itself back in verbs.txt's syntax. */
  public sealed interface Constraint {
    Lemmas lemmas();

    /** The constraint as verbs.txt writes it ({@code obj:talk}, {@code by+phone}). */
    String syntax();
  }

  /** {@code obj:LEMMA}: the direct object has one of the lemmas. */
  public record DirectObject(Lemmas lemmas) implements Constraint {
    public String syntax() {
      return "obj:" + lemmas;
    }
  }

  /** {@code prt:WORD}: a verb particle ("call off"). */
  public record Particle(Lemmas lemmas) implements Constraint {
    public String syntax() {
      return "prt:" + lemmas;
    }
  }

  /** {@code mod:LEMMA}: a compound or adjective on a noun trigger ("phone call"). */
  public record Modifier(Lemmas lemmas) implements Constraint {
    public String syntax() {
      return "mod:" + lemmas;
    }
  }

  /** {@code caux:LEMMA}: an auxiliary of the trigger's complement clause ("said China must drop"). */
  public record ClauseAuxiliary(Lemmas lemmas) implements Constraint {
    public String syntax() {
      return "caux:" + lemmas;
    }
  }

  /** {@code PREP+LEMMA}: a dependent behind this preposition ("talk by phone"). */
  public record Prepositional(String preposition, Lemmas lemmas) implements Constraint {
    public String syntax() {
      return preposition + "+" + lemmas;
    }
  }

  /** Where a pattern looks for its target. */
  public sealed interface Slot {
    /** The slot as verbs.txt writes it. */
    String syntax();
  }

  /** The slots with a grammatical meaning of their own. */
  public enum Role implements Slot {
    /** the direct object, or the subject of a passive */
    OBJ("obj"),
    /** the indirect object ("gave Tanzania a grant") */
    IOBJ("iobj"),
    /** the subject of the trigger's complement clause ("demanded that the US cancel") */
    CLAUSE("clause"),
    /** who the act's stated purpose names ("began a hunger strike to protest against X") */
    PURPOSE("purpose"),
    /** a symmetric act of a compound subject: one event per pair of members */
    MUTUAL("mutual"),
    /** none: a monadic event, only when no slot before it found an actor */
    NONE("-");

    private final String syntax;

    Role(String syntax) {
      this.syntax = syntax;
    }

    public String syntax() {
      return syntax;
    }

    static java.util.Optional<Role> of(String syntax) {
      for (Role r : values()) {
        if (r.syntax.equals(syntax)) {
          return java.util.Optional.of(r);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** A phrase behind this preposition ("with", "against"). */
  public record Behind(String preposition) implements Slot {
    public String syntax() {
      return preposition;
    }
  }

  /** More constraints (or pattern words) make a more specific pattern; the most specific matching one fires. */
  public int specificity() {
    return constraints.size() + (words == null ? 0 : words.words());
  }

  /**
   * The pattern in verbs.txt's syntax, {@code CODE TRIGGER [CONSTRAINT...] -> SLOT[|SLOT...]}:
   * reading it back gives an equal pattern. Imported word-order patterns print their text.
   */
  public String syntax() {
    if (words != null || !forms.isEmpty()) {
      return text;
    }
    StringBuilder b = new StringBuilder().append(code).append(' ').append(lemma).append(noun ? "/n" : "");
    constraints.forEach(c -> b.append(' ').append(c.syntax()));
    return b.append(" -> ").append(targets.stream().map(Slot::syntax).collect(Collectors.joining("|"))).toString();
  }
}
