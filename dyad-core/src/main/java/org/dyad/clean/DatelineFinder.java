package org.dyad.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's date in a dateline: a short line that is mostly a date, such as
 * "Wed Aug 31, 2016 3:58PM", "February 04 2020 02:32 PM", "29 December 2018" or "2018-12-29".
 */
public final class DatelineFinder {
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  /** Words a dateline may hold besides the date: weekdays, times, zones, a place. */
  private static final int MAX_WORDS = 9;


  /** The date of a line that is a dateline, or empty when the line is something else. */
  public Optional<LocalDate> dateOf(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.split("\\s+").length > MAX_WORDS || t.endsWith(".") && t.length() > 40) {
      return Optional.empty();
    }
    Matcher m = MONTH_DAY_YEAR.matcher(t);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = ISO.matcher(t);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  /** The month number of a month name or abbreviation ("Aug", "august" → 8), or 0. */
  static int month(String name) {
    return org.dyad.lexicon.Months.number(name);
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 31" is not a dateline
    }
  }
}
