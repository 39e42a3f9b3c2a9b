package org.dyad.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Resolves the day an event happened from the words of its sentence, against the article date:
 * "on Wednesday", "Monday's shelling", "on August 24", "yesterday", "two days ago" (precision
 * "day"); "last month", "earlier this month", "in March" (precision "month": the first day of the
 * month); "last year", "in 2015" (precision "year": January 1). News reports the past, so a
 * weekday, a day of the month or a month means the latest such one on or before the article date.
 * The expression nearest the trigger wins; with none, the article date stands (precision "story").
 */
final class EventDater {
  /** A resolved date and how precise it is: "day" from the sentence, "story" from the article. */
  record Dated(Optional<LocalDate> date, String precision) {}

  Dated date(Sentence s, int trigger, Optional<LocalDate> articleDate) {
    if (articleDate.isEmpty()) {
      return new Dated(Optional.empty(), "none");
    }
    LocalDate story = articleDate.get();
    Dated best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      Dated d = resolveAny(s, t.index(), story);
      int distance = Math.abs(t.index() - trigger);
      if (d != null && distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best == null ? new Dated(articleDate, "story") : best;
  }

  private static Dated resolveAny(Sentence s, int i, LocalDate story) {
    LocalDate day = resolve(s, i, story);
    if (day != null) {
      return new Dated(Optional.of(day), "day");
    }
    return coarse(s, i, story);
  }

  /** Month and year expressions: "last month", "this month", "in March", "last year", "in 2015". */
  private static Dated coarse(Sentence s, int i, LocalDate story) {
    List<Token> tokens = s.tokens();
    String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
    String prev = i > 0 ? tokens.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
    if (w.equals("month") && (prev.equals("last") || prev.equals("this"))) {
      LocalDate m = story.withDayOfMonth(1);
      return new Dated(Optional.of(prev.equals("last") ? m.minusMonths(1) : m), "month");
    }
    if (w.equals("year") && (prev.equals("last") || prev.equals("this"))) {
      LocalDate y = story.withDayOfYear(1);
      return new Dated(Optional.of(prev.equals("last") ? y.minusYears(1) : y), "year");
    }
    if (!prev.equals("in") && !prev.equals("since") && !prev.equals("during")) {
      return null;
    }
    if (w.matches("(19|20)\\d\\d")) {
      return new Dated(Optional.of(LocalDate.of(Integer.parseInt(w), 1, 1)), "year");
    }
    Month month = month(w);
    if (month != null && tokens.get(i).isCapitalized()) {
      Integer year = explicitYear(s, i + 1);
      LocalDate first = LocalDate.of(year != null ? year : story.getYear(), month, 1);
      if (year == null && first.isAfter(story)) {
        first = first.minusYears(1);
      }
      return new Dated(Optional.of(first), "month");
    }
    return null;
  }

  private static LocalDate resolve(Sentence s, int i, LocalDate story) {
    String w = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
    switch (w) {
      case "yesterday":
        return story.minusDays(1);
      case "today":
        return story;
      case "ago":
        return daysAgo(s, i, story);
      default:
        break;
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (w.equals(d.name().toLowerCase(Locale.ROOT))) {
        return story.with(TemporalAdjusters.previousOrSame(d));
      }
    }
    Month month = month(w);
    if (month != null && i + 1 < s.tokens().size() && s.tokens().get(i).isCapitalized()) {
      String next = s.tokens().get(i + 1).text();
      if (next.matches("\\d{1,2}")) {
        int day = Integer.parseInt(next);
        if (day < 1 || day > month.maxLength()) {
          return null;
        }
        Integer year = explicitYear(s, i + 2);
        if (year != null) {
          return safeDate(year, month, day);
        }
        LocalDate d = safeDate(story.getYear(), month, day);
        return d != null && d.isAfter(story) ? safeDate(story.getYear() - 1, month, day) : d;
      }
    }
    return null;
  }

  /** "two days ago", "3 days ago". */
  private static LocalDate daysAgo(Sentence s, int i, LocalDate story) {
    if (i < 2 || !s.tokens().get(i - 1).text().toLowerCase(Locale.ROOT).matches("days?")) {
      return null;
    }
    String n = s.tokens().get(i - 2).text().toLowerCase(Locale.ROOT);
    int count = switch (n) {
      case "a", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      default -> n.matches("\\d{1,2}") ? Integer.parseInt(n) : -1;
    };
    return count < 0 ? null : story.minusDays(count);
  }

  private static Integer explicitYear(Sentence s, int i) {
    for (int k = i; k < Math.min(i + 2, s.tokens().size()); k++) {
      String t = s.tokens().get(k).text();
      if (t.matches("(19|20)\\d\\d")) {
        return Integer.parseInt(t);
      }
    }
    return null;
  }

  private static LocalDate safeDate(int y, Month m, int d) {
    return d <= m.length(java.time.Year.isLeap(y)) ? LocalDate.of(y, m, d) : null;
  }

  private static Month month(String w) {
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      if (w.equals(name) || w.length() >= 3 && w.replace(".", "").equals(name.substring(0, 3)) && !w.equals("may")) {
        return m;
      }
    }
    return null;
  }
}
