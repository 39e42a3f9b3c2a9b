package org.dyad.dict.petrarch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.petrarch.SourceLines.Line;
import org.dyad.events.VerbPattern;
import org.dyad.events.WordPattern;
import org.dyad.events.WordPattern.Element;
import org.dyad.events.WordPattern.Kind;

/**
 * Reads a PETRARCH/TABARI verb dictionary into dyad patterns (see the package documentation).
 * What cannot be mapped is collected in the {@link ImportReport}, with file:line, never dropped
 * silently; plain syntax errors fail.
 */
final class VerbFileReader {
  /** An event code: digits with an optional letter (TABARI dictionaries use WEIS-style codes too). */
  private static final Pattern EVENT_CODE = Pattern.compile("\\d{2,4}[A-Za-z]?");
  private static final Pattern HEADER = Pattern.compile("---\\s*(.*?)\\s*((?:\\[[^\\]]*\\]\\s*)*)(?:---)?\\s*");

  private final ImportReport report;
  private final Map<String, List<List<String>>> synsets = new HashMap<>();
  private final Map<String, List<String>> rawSynsets = new HashMap<>();
  private final Map<String, String> synsetWhere = new HashMap<>();
  private final List<VerbPattern> patterns = new ArrayList<>();
  private final Set<String> codes = new LinkedHashSet<>();

  private record Verb(String head, List<String> before, List<String> after, Set<String> forms, String code,
      boolean codeOk, String where) {}

  private record RawPattern(String body, String code, String where) {}

  VerbFileReader(ImportReport report) {
    this.report = report;
  }

  /** The patterns read, and the codes they use (to extend the codebook with non-CAMEO ones). */
  List<VerbPattern> patterns() {
    return patterns;
  }

  Set<String> codes() {
    return codes;
  }

  void read(List<Line> lines) {
    // synsets first: they may be used before they are defined
    String synset = null;
    for (Line l : lines) {
      String t = l.text();
      if (t.startsWith("&")) {
        synset = synsetName(t.split("\\s+")[0]);
        rawSynsets.put(synset, new ArrayList<>());
        synsetWhere.put(synset, l.where());
      } else if (synset != null && t.startsWith("+")) {
        rawSynsets.get(synset).add(t.substring(1).strip());
      } else {
        synset = null;
      }
    }
    List<Verb> verbs = new ArrayList<>();
    List<RawPattern> raw = new ArrayList<>();
    String groupCode = null;
    boolean inSynset = false;
    for (Line l : lines) {
      String t = l.text();
      if (t.isEmpty()) {
        inSynset = false;
        continue;
      }
      if (t.startsWith("&")) {
        inSynset = true;
        continue;
      }
      if (inSynset && t.startsWith("+")) {
        continue;
      }
      inSynset = false;
      if (t.startsWith("---")) {
        emit(verbs, raw);
        verbs = new ArrayList<>();
        raw = new ArrayList<>();
        groupCode = header(t, l);
      } else if (t.startsWith("-")) {
        int b = t.lastIndexOf('[');
        int e = t.lastIndexOf(']');
        if (b < 0 || e < b) {
          throw new DictionaryException(l.where() + ": syntax error: pattern '" + t + "' has no code such as [042]");
        }
        raw.add(new RawPattern(t.substring(1, b).strip(), t.substring(b + 1, e).strip(), l.where()));
      } else {
        if (groupCode == null) {
          throw new DictionaryException(l.where() + ": syntax error: verb '" + t
              + "' before any group header such as '--- ATTACK [190] ---'");
        }
        verbs.add(verb(t, groupCode, l));
      }
    }
    emit(verbs, raw);
  }

  private String header(String t, Line l) {
    Matcher m = HEADER.matcher(t);
    if (!m.matches() || m.group(2).isBlank()) {
      throw new DictionaryException(l.where() + ": syntax error in group header '" + t
          + "': expected '--- VERB [CODE] ---'");
    }
    List<String> blocks = new ArrayList<>();
    Matcher b = Pattern.compile("\\[([^\\]]*)\\]").matcher(m.group(2));
    while (b.find()) {
      blocks.add(b.group(1).strip());
    }
    if (blocks.size() > 1) {
      report.unmapped(l.where(), t, "more than one code block in a group header; the first, [" + blocks.get(0)
          + "], is used");
    }
    return blocks.get(0);
  }

  /** A verb line: {@code VERB}, {@code VERB [CODE]}, {@code WORD_+VERB {FORMS}}, {@code +VERB_PARTICLE}. */
  private Verb verb(String t, String groupCode, Line l) {
    String code = groupCode;
    int b = t.indexOf('[');
    if (b >= 0) {
      int e = t.indexOf(']', b);
      if (e < 0) {
        throw new DictionaryException(l.where() + ": syntax error: '[' without ']' in '" + t + "'");
      }
      code = t.substring(b + 1, e).strip();
      t = (t.substring(0, b) + t.substring(e + 1)).strip();
    }
    List<String> listed = List.of();
    int brace = t.indexOf('{');
    if (brace >= 0) {
      int close = t.indexOf('}', brace);
      if (close < 0) {
        throw new DictionaryException(l.where() + ": syntax error: '{' without '}' in '" + t + "'");
      }
      listed = Arrays.stream(t.substring(brace + 1, close).split("\\s+")).filter(s -> !s.isBlank()).toList();
      t = t.substring(0, brace).strip();
    }
    String[] words = t.split("[_\\s]+");
    int head = 0;
    for (int i = 0; i < words.length; i++) {
      if (words[i].startsWith("+")) {
        head = i;
        break;
      }
    }
    List<String> all = Arrays.stream(words).map(w -> w.replace("+", "").toLowerCase(Locale.ROOT))
        .filter(w -> !w.isEmpty()).toList();
    if (all.isEmpty()) {
      throw new DictionaryException(l.where() + ": syntax error: a verb line without a verb");
    }
    head = Math.min(head, all.size() - 1);
    Set<String> forms = new LinkedHashSet<>(forms(all.get(head)));
    for (String f : listed) {
      String[] fw = f.split("_+");
      int fh = 0;
      for (int i = 0; i < fw.length; i++) {
        if (fw[i].startsWith("+")) {
          fh = i;
          break;
        }
      }
      String form = fw[Math.min(fh, fw.length - 1)].replace("+", "").toLowerCase(Locale.ROOT);
      if (!form.isEmpty()) {
        forms.add(form);
      }
    }
    boolean ok = checkCode(code, l.where(), t);
    return new Verb(all.get(head), all.subList(0, head), all.subList(head + 1, all.size()), forms, code, ok, l.where());
  }

  /** True when the code can be used; otherwise it is reported. */
  private boolean checkCode(String code, String where, String what) {
    for (String c : code.split(":")) {
      if (!c.equals("---") && !EVENT_CODE.matcher(c).matches()) {
        report.unmapped(where, what + " [" + code + "]", "'" + c + "' is not an event code (digits, e.g. 042 or "
            + "1711); the entry is skipped");
        return false;
      }
    }
    return true;
  }

  /** The regular forms PETRARCH generates for a verb: -s/-es, -ed/-d, -ing, with y→i, e-dropping and doubling. */
  static List<String> forms(String w) {
    Set<String> f = new LinkedHashSet<>();
    f.add(w);
    boolean consonantY = w.matches(".*[^aeiou]y");
    if (consonantY) {
      String stem = w.substring(0, w.length() - 1);
      f.add(stem + "ies");
      f.add(stem + "ied");
    } else if (w.matches(".*(s|x|z|ch|sh|o)")) {
      f.add(w + "es");
    } else {
      f.add(w + "s");
    }
    if (w.endsWith("e")) {
      f.add(w + "d");
      if (!w.endsWith("ee")) {
        f.add(w.substring(0, w.length() - 1) + "ing");
      }
    } else if (!consonantY) {
      f.add(w + "ed");
    }
    if (!w.endsWith("e") || w.endsWith("ee")) {
      f.add(w + "ing");
    }
    if (w.matches(".*[^aeiou][aeiou][bdgklmnprt]")) { // ban → banned, stop → stopped
      String last = w.substring(w.length() - 1);
      f.add(w + last + "ed");
      f.add(w + last + "ing");
    }
    return List.copyOf(f);
  }

  private void emit(List<Verb> verbs, List<RawPattern> raw) {
    for (Verb v : verbs) {
      if (v.codeOk()) {
        add(v, List.of(Kind.TRIGGER.name()), v.code(), v.where() + " " + describe(v));
      }
      for (RawPattern r : raw) {
        if (!checkCode(r.code(), r.where(), "- " + r.body())) {
          continue;
        }
        List<String> tokens = Arrays.asList(r.body().split("\\s+"));
        add(v, tokens, r.code(), r.where() + " " + describe(v) + " - " + r.body() + " [" + r.code() + "]");
      }
    }
  }

  private static String describe(Verb v) {
    return String.join("_", v.before()) + (v.before().isEmpty() ? "" : "_") + v.head().toUpperCase(Locale.ROOT)
        + (v.after().isEmpty() ? "" : "_" + String.join("_", v.after()));
  }

  /** Builds the dyad pattern for a verb and one pattern line (or the bare verb). */
  private void add(Verb v, List<String> tokens, String code, String text) {
    List<Element> elements = new ArrayList<>();
    boolean sawTrigger = false;
    for (String token : tokens) {
      if (token.equals(Kind.TRIGGER.name())) {
        addTrigger(v, elements, false);
        sawTrigger = true;
        continue;
      }
      String[] parts = token.split("_", -1);
      boolean joined = false;
      for (String part : parts) {
        if (part.isEmpty()) {
          continue; // "IN_": a trailing '_' only ends the word
        }
        switch (part) {
          case "*" -> {
            if (sawTrigger) {
              report.unmapped(text, token, "more than one '*' in a pattern; the pattern is skipped");
              return;
            }
            addTrigger(v, elements, joined);
            sawTrigger = true;
          }
          case "$" -> elements.add(new Element(Kind.SOURCE, List.of(), false));
          case "+" -> elements.add(new Element(Kind.TARGET, List.of(), false));
          case "%" -> elements.add(new Element(Kind.COMPOUND, List.of(), false));
          case "^" -> elements.add(new Element(Kind.SKIP, List.of(), false));
          default -> {
            List<List<String>> alts;
            if (part.startsWith("&")) {
              alts = synset(synsetName(part), text, new LinkedHashSet<>());
              if (alts == null) {
                return;
              }
            } else {
              alts = List.of(List.of(part.toLowerCase(Locale.ROOT)));
            }
            boolean afterMarker = !elements.isEmpty() && elements.get(elements.size() - 1).kind() != Kind.WORDS
                && elements.get(elements.size() - 1).kind() != Kind.TRIGGER;
            elements.add(new Element(Kind.WORDS, alts, joined && !afterMarker));
          }
        }
        joined = true;
      }
    }
    if (!sawTrigger) {
      report.unmapped(text, String.join(" ", tokens), "no '*' marks the verb's place; the pattern is skipped");
      return;
    }
    String[] pair = code.split(":");
    String main = pair[0].equals("---") ? null : pair[0];
    String paired = pair.length > 1 && !pair[1].equals("---") ? pair[1] : null;
    if (main != null) {
      codes.add(main);
    }
    if (paired != null) {
      codes.add(paired);
    }
    patterns.add(new VerbPattern(main, "", false, List.of(), List.of(), text, Set.copyOf(v.forms()),
        new WordPattern(elements), paired));
  }

  /** The verb with the words of a multi-word verb around it ("wire tap", "break down"), joined. */
  private static void addTrigger(Verb v, List<Element> elements, boolean joined) {
    for (int i = 0; i < v.before().size(); i++) {
      elements.add(new Element(Kind.WORDS, List.of(List.of(v.before().get(i))), i > 0 || joined));
    }
    elements.add(new Element(Kind.TRIGGER, List.of(), joined || !v.before().isEmpty()));
    for (String w : v.after()) {
      elements.add(new Element(Kind.WORDS, List.of(List.of(w)), true));
    }
  }

  /** "&PREPOSIT1_" and "&PREPOSIT1" name the same synset: a trailing '_' only ends the word. */
  private static String synsetName(String s) {
    return s.replaceAll("_+$", "").toUpperCase(Locale.ROOT);
  }

  /** A synset's members as word sequences, with synsets inside it expanded; null (and reported) if unknown. */
  private List<List<String>> synset(String name, String where, Set<String> seen) {
    if (synsets.containsKey(name)) {
      return synsets.get(name);
    }
    List<String> members = rawSynsets.get(name);
    if (members == null) {
      report.unmapped(where, name, "synset " + name + " is not defined; the pattern is skipped");
      return null;
    }
    if (!seen.add(name)) {
      throw new DictionaryException(synsetWhere.get(name) + ": synset " + name + " contains itself");
    }
    List<List<String>> out = new ArrayList<>();
    for (String m : members) {
      if (m.startsWith("&")) {
        List<List<String>> inner = synset(synsetName(m.split("\\s+")[0]), synsetWhere.get(name), seen);
        if (inner != null) {
          out.addAll(inner);
        }
      } else {
        List<String> words = Arrays.stream(m.split("[_\\s]+")).filter(w -> !w.isEmpty())
            .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (!words.isEmpty()) {
          out.add(words);
        }
      }
    }
    synsets.put(name, List.copyOf(out));
    return synsets.get(name);
  }
}
