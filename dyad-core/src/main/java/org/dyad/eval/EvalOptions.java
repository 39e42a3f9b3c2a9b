package org.dyad.eval;

/**
 * How coded events are compared with gold ones.
 *
 * @param level          the code level (records annotated at root level are compared at root or coarser;
 *                       gold events with a PLOVER type and no code at PLOVER level)
 * @param actors         how strictly actors must agree
 * @param allModalities  also compare negated, hypothetical and future events (by default only events whose
 *                       modality counts as an event)
 */
public record EvalOptions(CodeLevel level, ActorMatch actors, boolean allModalities) {
  public static EvalOptions defaults() {
    return new EvalOptions(CodeLevel.CODE, ActorMatch.EXACT, false);
  }
}
