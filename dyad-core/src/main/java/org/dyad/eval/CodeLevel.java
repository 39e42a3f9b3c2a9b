package org.dyad.eval;

/**
 * How closely a coded CAMEO code must agree with the gold one, finest first.
 * A gold code shorter than the level ("04" at base level) is compared at its own length.
 */
public enum CodeLevel {
  /** The same code, as strings. */
  CODE,
  /** The same first three digits. */
  BASE,
  /** The same root (first two digits). */
  ROOT,
  /** The same PLOVER type, through the CAMEO→PLOVER mapping. */
  PLOVER;

  /** The coarser of two levels. */
  CodeLevel coarsest(CodeLevel other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
