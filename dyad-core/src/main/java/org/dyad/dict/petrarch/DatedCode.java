package org.dyad.dict.petrarch;

import java.time.LocalDate;
import java.util.List;

/**
 * One code block of a PETRARCH actor entry: {@code [CODE]}, {@code [CODE <DATE]},
 * {@code [CODE >DATE]} or {@code [CODE DATE-DATE]}. "/" in a code gives several actors
 * ({@code [FRO/BIL/SAM]}).
 *
 * @param codes the actor codes (upper case); "---" is PETRARCH's "known, not coded"
 * @param from  first day the code holds (inclusive), or null
 * @param to    last day the code holds (inclusive), or null
 * @param where file:line of the block
 */
record DatedCode(List<String> codes, LocalDate from, LocalDate to, String where) {
  boolean dated() {
    return from != null || to != null;
  }

  boolean holdsOn(LocalDate d) {
    return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
  }

  /** Days covered, for choosing the narrowest of several restrictions that hold. */
  long span() {
    LocalDate a = from == null ? LocalDate.of(1, 1, 1) : from;
    LocalDate b = to == null ? LocalDate.of(9999, 12, 31) : to;
    return b.toEpochDay() - a.toEpochDay();
  }

  boolean contains(DatedCode o) {
    return (from == null || o.from != null && !o.from.isBefore(from)) && (to == null || o.to != null && !o.to.isAfter(to));
  }

  /** Days both hold (0 when disjoint). */
  long overlapDays(DatedCode o) {
    LocalDate a = max(from, o.from);
    LocalDate b = min(to, o.to);
    long start = a == null ? Long.MIN_VALUE / 4 : a.toEpochDay();
    long end = b == null ? Long.MAX_VALUE / 4 : b.toEpochDay();
    return Math.max(0, end - start + 1);
  }

  private static LocalDate max(LocalDate x, LocalDate y) {
    return x == null ? y : y == null ? x : x.isAfter(y) ? x : y;
  }

  private static LocalDate min(LocalDate x, LocalDate y) {
    return x == null ? y : y == null ? x : x.isBefore(y) ? x : y;
  }

  String describe() {
    return "[" + String.join("/", codes) + (from == null && to == null ? "" : " " + (from == null ? "" : from)
        + ".." + (to == null ? "" : to)) + "]";
  }
}
