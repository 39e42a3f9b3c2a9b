package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as containers write them: ISO 8601 dates and timestamps (HTML meta tags,
 * JSON, Atom), RFC 822/1123 (RSS {@code pubDate}), "2025-03-12 09:30", "12 March 2025",
 * "March 12, 2025", "2025/03/12", "20250312". The date is the one written, in the writer's own
 * time zone, not converted to UTC: a story published at 23:30 in Tokyo is dated by Tokyo's day.
 */
public final class MetaDates {
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d])");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T.*)?$");
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

  private MetaDates() {}

  /** The date in a metadata value, or empty when it holds none that is unambiguous. */
  public static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // not a full ISO timestamp with offset; try the others
    }
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // RFC 822 dates in feeds often have a named zone ("GMT", "EST") or single-digit days
    }
    Matcher m = ISO_PREFIX.matcher(v);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = COMPACT.matcher(v);
    if (m.matches()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = DAY_MONTH_YEAR.matcher(v);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(v);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    return Optional.empty();
  }

  private static int month(String name) {
    return org.dyad.lexicon.Months.number(name);
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
