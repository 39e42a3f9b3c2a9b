package org.dyad.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datelines: the one place dyad recognises them. A dateline says when or where a story was filed;
 * it is neither part of a sentence's grammar nor an actor, and each stage reads it here, from the
 * text it already has, rather than asking a neighbouring stage:
 *
 * <ul>
 *   <li>{@link #dateOf}: a line of the page that is mostly a date ("Wed Aug 31, 2016 3:58PM",
 *       "29 December 2018", "2018-12-29"): the article's date (clean);
 *   <li>{@link #openingLength} and {@link #openingTokens}: a wire-service opening ("BAGHDAD, April 9
 *       (Xinhua) --", "(Reuters) -", "CUTTACK:"), where the parser and the actor tagger start
 *       (nlp, actors). Only upper-case places count (or an agency alone in brackets), so a headline
 *       such as "Russia: No Plan for Joint Operations" is left alone;
 *   <li>{@link #opening}: the place words of an opening and where it ends ("MOSCOW, Dec 29 (Reuters) -",
 *       "Ankara (AP) --"; a title-case place needs the date or the agency), where geo places events
 *       that name no place of their own.
 * </ul>
 */
public final class Dateline {
  // --- a line that is a date
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  /** Words a dateline may hold besides the date: weekdays, times, zones, a place. */
  private static final int MAX_WORDS = 9;

  // --- a wire-service opening the parser and the actor tagger skip
  private static final String OPENING_MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  /** One upper-case word of 3+ letters, or several ("LA PAZ"): a lone "UN" or "US" is not a dateline. */
  private static final String PLACE = "(?:[A-Z][A-Z.'-]{2,}|[A-Z]{2}(?=[ -][A-Z]))(?:[ -][A-Z][A-Z.'-]+){0,3}";
  private static final String REGION = "(?:, (?:[A-Z][a-z]+\\.?(?: [A-Z][a-z]+\\.?)?|[A-Z]\\.[A-Z]\\.))?";
  private static final Pattern OPENING = Pattern.compile("^(?:" + PLACE + REGION
      + "(?:,? " + OPENING_MONTH + " \\d{1,2}(?:, \\d{4})?)?\\s*(?:\\([A-Za-z ]{2,25}\\))?\\s*(?:--|—|–|-|:)"
      + "|\\([A-Z][A-Za-z ]{1,25}\\)\\s*(?:--|—|–|-))\\s+(?=\\S)");
  /** Openings open an article; later sentences are not searched for one to skip. */
  private static final int FIRST_SENTENCES = 2;

  // --- an opening's place
  /**
   * "MOSCOW, Dec 29 (Reuters) -", "BEIRUT —", "Ankara (AP) --": a place, an optional date and agency,
   * a dash. A title-case place needs the date or the agency ("Russia - No plan for..." is a headline).
   */
  private static final Pattern OPENING_PLACE = Pattern.compile(
      "^\\s*(\\p{Lu}[\\p{L}.'’ -]{1,40}?)\\s*(,\\s*[\\p{L}. ]{0,30}?\\d{1,2}(?:,? \\d{4})?\\s*)?(\\([^)]{1,40}\\)\\s*)?(?:-{1,2}|[—–])\\s");

  private Dateline() {}

  /** The date of a line that is a dateline, or empty when the line is something else. */
  public static Optional<LocalDate> dateOf(String line) {
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
  public static int month(String name) {
    return org.dyad.lexicon.Months.number(name);
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 31" is not a dateline
    }
  }

  /** Characters of a leading wire-service opening in {@code text}, or 0. */
  public static int openingLength(String text) {
    Matcher m = OPENING.matcher(text);
    return m.find() ? m.end() : 0;
  }

  /**
   * How many of the sentence's leading tokens are a wire-service opening (0 when it has none, or is
   * not an opening sentence). The sentence keeps its text and offsets.
   */
  public static int openingTokens(Sentence s) {
    if (s.index() >= FIRST_SENTENCES) {
      return 0;
    }
    int chars = openingLength(s.text());
    if (chars == 0) {
      return 0;
    }
    int end = s.start() + chars;
    int k = 0;
    for (Token t : s.tokens()) {
      if (t.start() >= end) {
        break;
      }
      k++;
    }
    return k < s.tokens().size() ? k : 0; // a sentence that is all dateline is left as it is
  }

  /** An opening's place words and the character where the opening ends. */
  public record Opening(String place, int end) {}

  /** The opening at the start of {@code text} with the place it was filed from, if there is one. */
  public static Optional<Opening> opening(String text) {
    Matcher m = OPENING_PLACE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String place = m.group(1).strip();
    boolean upperCase = place.equals(place.toUpperCase(Locale.ROOT));
    if (!upperCase && m.group(2) == null && m.group(3) == null) {
      return Optional.empty();
    }
    return Optional.of(new Opening(place, m.end()));
  }
}
