package org.dyad.lexicon;

import java.time.Month;
import java.util.Locale;

/** Month numbers of English month names and their abbreviations, from {@link java.time.Month}'s own names. */
public final class Months {
  private Months() {}

  /** The number (1-12) of a month name or abbreviation of at least three letters ("Aug", "august", "Sept"), or 0. */
  public static int number(String name) {
    if (name.length() < 3) {
      return 0;
    }
    String w = name.toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(w.substring(0, 3))) {
        return m.getValue();
      }
    }
    return 0;
  }
}
