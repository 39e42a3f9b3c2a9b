package org.dyad.clean;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an article that has no dateline from the dates in its own text (photo captions only when nothing else gives one).
 *
 * <p>News reports the past, so the article is no older than the latest full date it mentions (L).
 * Weekday references ("on Saturday", "Friday's rejection") point at the freshest events, which a
 * report does not place a week before its newest dated fact. The inferred date is therefore the
 * first day from L onwards on which every weekday mentioned, read as its most recent occurrence,
 * falls no more than a day before L. Without any full date (a year) nothing is guessed: a text that
 * says only "Feb. 14" and "Sunday" gets no date, with a basis that says why.
 */
public final class ArticleDateInference {
  /** The outcome: a date or none, and a basis for provenance ("inferred", or why not). */
  public record Inferred(Optional<LocalDate> date, String basis) {}

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  /** How far after the latest full date the article may be, in days. */
  private static final int MAX_LAG = 7;

  /** Phrases that make a sentence or line a photo caption (clean/caption-markers.txt). */
  private static final Pattern CAPTION = captionPattern();
  private static final Pattern SEGMENT = Pattern.compile("\\R|(?<=[.!?])\\s+(?=[A-Z(\"“])");

  private static Pattern captionPattern() {
    List<String> phrases = new ArrayList<>();
    try (var in = ArticleDateInference.class.getResourceAsStream("/org/dyad/clean/caption-markers.txt")) {
      if (in == null) {
        throw new IllegalStateException("built-in list clean/caption-markers.txt is missing from the classpath");
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
        String p = line.strip();
        if (!p.isEmpty() && !p.startsWith("#")) {
          phrases.add(Pattern.quote(p));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")", Pattern.CASE_INSENSITIVE);
  }

  /**
   * The article's date from its text. Dates in photo captions ("File photo taken on March 1,
   * 2003") are when a picture was taken: they count only when nothing else gives a full date, and
   * the basis then says so.
   */
  public Inferred infer(String text) {
    StringBuilder body = new StringBuilder();
    StringBuilder captions = new StringBuilder();
    for (String segment : SEGMENT.split(text)) {
      (CAPTION.matcher(segment).find() ? captions : body).append(segment).append('\n');
    }
    if (fullDates(body.toString()).isEmpty() && !fullDates(captions.toString()).isEmpty()) {
      Inferred fromCaption = inferFrom(captions.toString());
      return new Inferred(fromCaption.date(), fromCaption.basis() + " (only a photo caption gives a date)");
    }
    return inferFrom(body.toString());
  }

  private Inferred inferFrom(String text) {
    Optional<LocalDate> latest = fullDates(text).stream().max(LocalDate::compareTo);
    Set<DayOfWeek> weekdays = weekdays(text);
    if (latest.isEmpty()) {
      boolean partial = MONTH_DAY.matcher(text).find() || !weekdays.isEmpty();
      return new Inferred(Optional.empty(), partial ? "none: dates in the text give no year" : "none");
    }
    LocalDate floor = latest.get();
    for (LocalDate p = floor; !p.isAfter(floor.plusDays(MAX_LAG)); p = p.plusDays(1)) {
      if (fits(p, floor, weekdays)) {
        return new Inferred(Optional.of(p), "inferred: latest date in the text " + floor
            + (weekdays.isEmpty() ? "" : " and weekdays " + names(weekdays)));
      }
    }
    return new Inferred(Optional.of(floor), "inferred: latest date in the text " + floor);
  }

  private static boolean fits(LocalDate published, LocalDate floor, Set<DayOfWeek> weekdays) {
    for (DayOfWeek d : weekdays) {
      LocalDate mostRecent = published;
      while (mostRecent.getDayOfWeek() != d) {
        mostRecent = mostRecent.minusDays(1);
      }
      if (mostRecent.isBefore(floor.minusDays(1))) {
        return false;
      }
    }
    return true;
  }

  static List<LocalDate> fullDates(String text) {
    List<LocalDate> out = new ArrayList<>();
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      date(m.group(3), org.dyad.model.Dateline.month(m.group(1)), m.group(2)).ifPresent(out::add);
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      date(m.group(3), org.dyad.model.Dateline.month(m.group(2)), m.group(1)).ifPresent(out::add);
    }
    m = ISO.matcher(text);
    while (m.find()) {
      date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)).ifPresent(out::add);
    }
    return out;
  }

  private static Set<DayOfWeek> weekdays(String text) {
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      out.add(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  private static String names(Set<DayOfWeek> days) {
    return days.stream().map(d -> d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT)).toList()
        .toString();
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100 || month == 0) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
