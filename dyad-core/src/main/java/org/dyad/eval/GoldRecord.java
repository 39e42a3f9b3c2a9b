package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One sentence of a gold set (the format is described in the gold sets' README).
 *
 * @param id            unique id, used as the article id
 * @param date          the date to code the sentence with, when given
 * @param text          the sentence
 * @param category      a group for per-category figures, or null
 * @param events        the expected events; null when the record has no annotation at all
 *                      (a smoke-test record: coded, but not scored)
 * @param noevents      true when the sentence should yield no event
 * @param expectedError non-null when the record tests an error path (counted, not scored)
 * @param rootOnly      true for {@code "level": "root"}: only CAMEO roots were annotated
 * @param source        file and line it was read from, for messages
 */
public record GoldRecord(String id, Optional<LocalDate> date, String text, String category, List<GoldEvent> events,
    boolean noevents, String expectedError, boolean rootOnly, String source) {
  public GoldRecord {
    events = events == null ? null : List.copyOf(events);
  }

  /** True when the record carries expected events (or says there are none). */
  public boolean annotated() {
    return events != null || noevents;
  }

  public List<GoldEvent> expected() {
    return events == null ? List.of() : events;
  }
}
