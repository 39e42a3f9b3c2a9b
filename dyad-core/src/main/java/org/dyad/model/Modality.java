package org.dyad.model;

import java.util.Locale;

/**
 * How the text commits to an event. Asserted and reported events count as events by default;
 * the others are kept so users can choose.
 */
public enum Modality {
  ASSERTED,
  /** Stated by someone in the text ("X said Y attacked Z"): the Y-&gt;Z event, as reported. */
  REPORTED,
  NEGATED,
  /** The consequence of a stated condition: "will strike unless they withdraw" (a threat or promise). */
  CONDITIONAL,
  /** Possible, not stated as happening: "could attack", "would meet", "if they attack". */
  HYPOTHETICAL,
  /** Announced or intended: "will retaliate", "plans to visit". */
  FUTURE;

  public boolean countsAsEvent() {
    return this == ASSERTED || this == REPORTED;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
