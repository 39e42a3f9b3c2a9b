package org.dyad.events;

/**
 * The passes that rewrite, recode or drop candidate events after the patterns matched, in the
 * order they run: the sentence passes in {@link EventCoder}, then the article passes the
 * pipeline assembles. A {@link Trail} step names its pass by this type.
 */
public enum Pass {
  /** the means of an assault recode it ("a suicide attack": 1831) */
  ASSAULT_MEANS("assault means"),
  /** an act another act of the sentence subsumes is dropped */
  SUBSUMED_EVENTS("subsumed events"),
  /** a bare statement is dropped when something else in its sentence is coded */
  EMPTY_STATEMENTS("empty statements"),
  /** a statement by a speaker known only by a role is dropped */
  ANONYMOUS_STATEMENTS("anonymous statements"),
  /** announced and conditional acts become intents or threats, negated ones refusals; one act per dyad and root */
  INTENT_AND_REFUSAL("intent, refusal, most specific per dyad"),
  /** events inside what someone said are reported by them */
  REPORTED_SPEECH("reported speech"),
  /** a disapproval of an attack takes the attack's doer as target */
  CONDEMNED_ATTACKS("the doer of a condemned attack"),
  /** the event's place */
  PLACEMENT("placement"),
  /** the event's place (or the source's own country) as the target of a domestic act */
  PLACE_AS_TARGET("place as target"),
  /** the article's date basis and the event's confidence */
  DATE_BASIS_AND_CONFIDENCE("date basis and confidence");

  private final String label;

  Pass(String label) {
    this.label = label;
  }

  /** How explain names the pass. */
  public String label() {
    return label;
  }

  /** True for the passes the stage times count as geo (placement and after). */
  public boolean geo() {
    return compareTo(PLACEMENT) >= 0;
  }
}
