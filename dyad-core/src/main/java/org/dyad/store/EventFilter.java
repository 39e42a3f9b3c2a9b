package org.dyad.store;

import java.time.LocalDate;

/**
 * Which events an export or query covers.
 *
 * @param from  first event date included, or null
 * @param to    last event date included, or null
 * @param actor an actor code or its prefix ({@code RUS} matches {@code RUSGOV}) that the source or
 *              target must have, or null
 */
public record EventFilter(LocalDate from, LocalDate to, String actor) {
  public static final EventFilter ALL = new EventFilter(null, null, null);

  public EventFilter {
    actor = actor == null || actor.isBlank() ? null : actor.strip().toUpperCase(java.util.Locale.ROOT);
    if (actor != null && !actor.matches("[A-Z0-9]{2,15}")) {
      throw new IllegalArgumentException("'" + actor + "' is not an actor code (2-15 letters or digits, e.g. RUS or TURGOV)");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  /** Whether a date range is set, which leaves undated events out. */
  public boolean hasDateRange() {
    return from != null || to != null;
  }

  /** The same filter's condition without its dates: the events it would cover if they had one. */
  String actorWhere() {
    return new EventFilter(null, null, actor).where();
  }

  /** A SQL condition on the events table under alias {@code e}; values are validated, so inlining is safe. */
  String where() {
    StringBuilder w = new StringBuilder("TRUE");
    if (from != null) {
      w.append(" AND e.date >= DATE '").append(from).append('\'');
    }
    if (to != null) {
      w.append(" AND e.date <= DATE '").append(to).append('\'');
    }
    if (actor != null) {
      w.append(" AND (starts_with(e.source, '").append(actor).append("') OR starts_with(e.target, '")
          .append(actor).append("'))");
    }
    return w.toString();
  }
}
