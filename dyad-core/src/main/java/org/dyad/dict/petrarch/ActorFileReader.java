package org.dyad.dict.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.petrarch.SourceLines.Line;

/**
 * Reads PETRARCH/TABARI actor, agent and discard files (see the package documentation for the
 * format as dyad reads it). Mistakes fail with file:line and the problem.
 */
final class ActorFileReader {
  /** An actor: its phrases (the first and its {@code +} synonyms) and code blocks. */
  record ActorEntry(List<List<String>> phrases, List<DatedCode> codes, String where) {}

  /** An agent phrase ("foreign minister", its plurals) and its code; prefix agents ({@code [NGO~]}) go before the actor. */
  record Agent(List<String> words, String code, boolean prefix, String where) {}

  /** A discard phrase: a sentence with it yields no actors (story-level ones too, see the package doc). */
  record Discard(List<String> words, boolean story, String where) {}

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*|---|\\+\\+\\+|###");
  private static final Pattern BLOCK = Pattern.compile(
      "\\s*(\\S+?)(?:\\s*(<|>)\\s*(\\d+)|\\s+(\\d+)\\s*-\\s*(\\d+))?\\s*");
  private static final Pattern AGENT_CODE = Pattern.compile("\\s*(~\\s*[A-Za-z0-9]+|[A-Za-z0-9]+\\s*~)\\s*");

  private ActorFileReader() {}

  static List<ActorEntry> actors(List<Line> lines) {
    List<ActorEntry> out = new ArrayList<>();
    List<List<String>> phrases = null;
    List<DatedCode> codes = null;
    String where = null;
    for (Line l : lines) {
      String t = l.text();
      if (t.isEmpty()) {
        continue;
      }
      int open = t.indexOf('[');
      int close = t.indexOf(']');
      if (close >= 0 && (open < 0 || close < open)) {
        throw new DictionaryException(l.where() + ": syntax error: ']' without '[' in '" + t + "'");
      }
      if (t.startsWith("+")) {
        if (phrases == null) {
          throw new DictionaryException(l.where() + ": synonym '" + t + "' before any actor entry");
        }
        int b = t.indexOf('[');
        phrases.add(words(b < 0 ? t.substring(1) : t.substring(1, b), l));
        if (b >= 0) {
          codes.addAll(blocks(t.substring(b), l));
        }
      } else if (t.startsWith("[")) {
        if (codes == null) {
          throw new DictionaryException(l.where() + ": code block '" + t + "' before any actor entry");
        }
        codes.addAll(blocks(t, l));
      } else {
        finish(out, phrases, codes, where);
        int b = t.indexOf('[');
        phrases = new ArrayList<>();
        phrases.add(words(b < 0 ? t : t.substring(0, b), l));
        codes = new ArrayList<>();
        where = l.where();
        if (b >= 0) {
          codes.addAll(blocks(t.substring(b), l));
        }
      }
    }
    finish(out, phrases, codes, where);
    return out;
  }

  private static void finish(List<ActorEntry> out, List<List<String>> phrases, List<DatedCode> codes, String where) {
    if (phrases == null) {
      return;
    }
    if (codes.isEmpty()) {
      throw new DictionaryException(where + ": actor '" + String.join(" ", phrases.get(0))
          + "' has no code block such as [USA] or [USAGOV 20090120-20170120]");
    }
    checkOverlaps(codes, String.join(" ", phrases.get(0)));
    out.add(new ActorEntry(List.copyOf(phrases), List.copyOf(codes), where));
  }

  /**
   * Date ranges of one actor may nest (the inner one is an exception and wins) or touch on one
   * day ("A-B" then "B-C"); ranges that cross each other are a mistake.
   */
  private static void checkOverlaps(List<DatedCode> codes, String actor) {
    for (int i = 0; i < codes.size(); i++) {
      for (int j = i + 1; j < codes.size(); j++) {
        DatedCode a = codes.get(i);
        DatedCode b = codes.get(j);
        if (!a.dated() || !b.dated() || a.contains(b) || b.contains(a) || a.overlapDays(b) <= 1) {
          continue;
        }
        throw new DictionaryException(b.where() + ": date range " + b.describe() + " of '" + actor
            + "' overlaps " + a.describe() + " (" + a.where() + ") without containing it; make the ranges "
            + "meet or nest one inside the other");
      }
    }
  }

  /** The code blocks of a line: one or more {@code [...]}. */
  static List<DatedCode> blocks(String s, Line l) {
    List<DatedCode> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end = s.indexOf(']', i);
      if (c != '[' || end < 0) {
        throw new DictionaryException(l.where() + ": syntax error at '" + s.substring(i)
            + "': expected a code block such as [GON], [GON <950601] or [GONGOV 19950601-19990815]");
      }
      out.add(block(s.substring(i + 1, end), l));
      i = end + 1;
    }
    return out;
  }

  private static DatedCode block(String inside, Line l) {
    Matcher m = BLOCK.matcher(inside);
    if (!m.matches()) {
      throw new DictionaryException(l.where() + ": cannot read code block [" + inside
          + "]: expected [CODE], [CODE <YYMMDD], [CODE >YYMMDD] or [CODE YYMMDD-YYMMDD]");
    }
    String code = m.group(1);
    if (!CODE.matcher(code).matches() || Character.isDigit(code.charAt(0))) {
      throw new DictionaryException(l.where() + ": unknown code '" + code + "' in [" + inside
          + "]: a code is letters and digits starting with a letter (GON, HOBGOV, FRO/BIL), or ---");
    }
    List<String> codes = Arrays.stream(code.toUpperCase(Locale.ROOT).split("/")).toList();
    LocalDate from = null;
    LocalDate to = null;
    if ("<".equals(m.group(2))) {
      to = date(m.group(3), l).minusDays(1);
    } else if (">".equals(m.group(2))) {
      from = date(m.group(3), l).plusDays(1);
    } else if (m.group(4) != null) {
      from = date(m.group(4), l);
      to = date(m.group(5), l);
      if (to.isBefore(from)) {
        throw new DictionaryException(l.where() + ": date range [" + inside + "] ends before it starts");
      }
    }
    return new DatedCode(codes, from, to, l.where());
  }

  /** YYMMDD (years 00-29 are 20xx, 30-99 19xx, as in TABARI's era) or YYYYMMDD. */
  static LocalDate date(String d, Line l) {
    try {
      if (d.length() == 6) {
        int yy = Integer.parseInt(d.substring(0, 2));
        return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
            Integer.parseInt(d.substring(4, 6)));
      }
      if (d.length() == 8) {
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
            Integer.parseInt(d.substring(6, 8)));
      }
    } catch (DateTimeException e) {
      throw new DictionaryException(l.where() + ": '" + d + "' is not a date: " + e.getMessage());
    }
    throw new DictionaryException(l.where() + ": '" + d + "' is not a date: use YYMMDD or YYYYMMDD");
  }

  static List<Agent> agents(List<Line> lines) {
    Map<String, List<String>> substitutions = new LinkedHashMap<>();
    List<Agent> out = new ArrayList<>();
    for (Line l : lines) {
      String t = l.text();
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("!") && t.contains("=")) {
        String name = t.substring(0, t.indexOf('=')).strip();
        List<String> values = Arrays.stream(t.substring(t.indexOf('=') + 1).split(","))
            .map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (!name.matches("![A-Za-z0-9]+!") || values.isEmpty()) {
          throw new DictionaryException(l.where() + ": syntax error in substitution '" + t
              + "': expected !NAME! = WORD, WORD, ...");
        }
        substitutions.put(name.toUpperCase(Locale.ROOT), values);
        continue;
      }
      int b = t.indexOf('[');
      int e = t.lastIndexOf(']');
      if (b < 0 || e < b) {
        throw new DictionaryException(l.where() + ": agent '" + t + "' has no code block such as [~GOV] or [NGO~]");
      }
      Matcher m = AGENT_CODE.matcher(t.substring(b + 1, e));
      if (!m.matches()) {
        throw new DictionaryException(l.where() + ": unknown agent code [" + t.substring(b + 1, e)
            + "]: expected [~CODE] (after the actor's code) or [CODE~] (before it)");
      }
      String code = m.group(1).replaceAll("[~\\s]", "").toUpperCase(Locale.ROOT);
      boolean prefix = m.group(1).strip().endsWith("~");
      String head = t.substring(0, b);
      List<String> plurals = null;
      int brace = head.indexOf('{');
      if (brace >= 0) {
        int close = head.indexOf('}', brace);
        if (close < 0) {
          throw new DictionaryException(l.where() + ": syntax error: '{' without '}' in '" + t + "'");
        }
        plurals = Arrays.stream(head.substring(brace + 1, close).split("\\s+")).filter(s -> !s.isBlank()).toList();
        head = head.substring(0, brace);
      }
      for (String phrase : substitute(head.strip(), substitutions, l)) {
        out.add(new Agent(words(phrase, l), code, prefix, l.where()));
        List<String> forms = plurals != null ? plurals : List.of(plural(phrase));
        for (String p : forms) {
          for (String q : substitute(p, substitutions, l)) {
            out.add(new Agent(words(q, l), code, prefix, l.where()));
          }
        }
      }
    }
    return out;
  }

  private static List<String> substitute(String phrase, Map<String, List<String>> subs, Line l) {
    int a = phrase.indexOf('!');
    if (a < 0) {
      return List.of(phrase);
    }
    int b = phrase.indexOf('!', a + 1);
    if (b < 0) {
      throw new DictionaryException(l.where() + ": syntax error: unclosed '!' in '" + phrase + "'");
    }
    String name = phrase.substring(a, b + 1).toUpperCase(Locale.ROOT);
    List<String> values = subs.get(name);
    if (values == null) {
      throw new DictionaryException(l.where() + ": unknown substitution " + name + " (define it first: "
          + name + " = WORD, WORD)");
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(substitute(phrase.substring(0, a) + v + phrase.substring(b + 1), subs, l));
    }
    return out;
  }

  /** The regular English plural of a phrase's last word (PETRARCH adds it unless {} lists the plurals). */
  static String plural(String phrase) {
    String p = phrase.strip();
    String lower = p.toLowerCase(Locale.ROOT);
    if (lower.matches(".*[^aeiou]y")) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    if (lower.matches(".*(s|x|z|ch|sh)")) {
      return p + "ES";
    }
    return p + "S";
  }

  static List<Discard> discards(List<Line> lines) {
    List<Discard> out = new ArrayList<>();
    for (Line l : lines) {
      String t = l.text();
      if (t.isEmpty()) {
        continue;
      }
      boolean story = t.startsWith("+");
      out.add(new Discard(words(story ? t.substring(1) : t, l), story, l.where()));
    }
    return out;
  }

  /** A dictionary phrase as lower-case words: '_' and spaces separate words; a trailing '_' only marks the end. */
  static List<String> words(String phrase, Line l) {
    List<String> w = Arrays.stream(phrase.strip().split("[_\\s]+")).filter(s -> !s.isEmpty())
        .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    if (w.isEmpty()) {
      throw new DictionaryException(l.where() + ": syntax error: an entry without words");
    }
    return w;
  }
}
