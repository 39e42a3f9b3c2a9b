package org.dyad.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a user types for {@code --from}, {@code --to} and {@code --default-date}: a year
 * ({@code 2016}), a month ({@code 2016-03}) or a day ({@code 2016-03-14}). As a lower bound a year
 * or month means its first day, as an upper bound its last, so {@code --from 2016 --to 2016}
 * covers the whole year.
 */
public final class DateBound {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private DateBound() {}

  /** The first day {@code text} covers; an IllegalArgumentException naming {@code option} and the value otherwise. */
  public static LocalDate first(String option, String text) {
    return parse(option, text, false);
  }

  /** The last day {@code text} covers. */
  public static LocalDate last(String option, String text) {
    return parse(option, text, true);
  }

  /** A single day: only {@code YYYY-MM-DD} is accepted (a default date must name a day). */
  public static LocalDate day(String option, String text) {
    if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException(option + " '" + text + "' is not a date: use YYYY-MM-DD (e.g. 2004-10-01)");
    }
    return parse(option, text, false);
  }

  private static LocalDate parse(String option, String text, boolean end) {
    Matcher m = text == null ? null : FORM.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(option + " '" + text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      return month.atDay(Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(option + " '" + text + "' is not a calendar date: "
          + (m.group(3) != null ? "no such day in that month" : "months are 01 to 12"));
    }
  }
}
