package org.dyad.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Resolves the day an event happened from the words of its sentence, against the article date:
 * "on Wednesday", "Monday's shelling", "on August 24", "yesterday". News reports the past, so a
 * weekday or a day of the month means the latest such day on or before the article date. The
 * expression nearest the trigger wins; with none, the article date stands (precision "story").
 */
final class EventDater {
  /** A resolved date and how precise it is: "day" from the sentence, "story" from the article. */
  record Dated(Optional<LocalDate> date, String precision) {}

  Dated date(Sentence s, int trigger, Optional<LocalDate> articleDate) {
    if (articleDate.isEmpty()) {
      return new Dated(Optional.empty(), "none");
    }
    LocalDate story = articleDate.get();
    LocalDate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      LocalDate d = resolve(s, t.index(), story);
      int distance = Math.abs(t.index() - trigger);
      if (d != null && distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best == null ? new Dated(articleDate, "story") : new Dated(Optional.of(best), "day");
  }

  private static LocalDate resolve(Sentence s, int i, LocalDate story) {
    String w = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
    switch (w) {
      case "yesterday":
        return story.minusDays(1);
      case "today":
        return story;
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
