/**
 * {@code dyad eval}: reads gold sets (JSON Lines, see {@link org.dyad.eval.GoldReader}), compares
 * coded events with the expected ones ({@link org.dyad.eval.Scorer}) and reports precision,
 * recall, F1, the extra-event rate, per-category and per-root figures, a root confusion table and
 * the failures ({@link org.dyad.eval.ReportWriter}). The scorer works on small
 * {@link org.dyad.eval.CodedEvent} records, so it can be tested without loading the parser.
 */
package org.dyad.eval;
