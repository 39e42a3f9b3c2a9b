package org.dyad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.dict.DictionaryException;
import org.dyad.lexicon.Lexicon;

/**
 * The event patterns, indexed by trigger lemma. Read-only once loaded; safe to share.
 *
 * <p>Format (one pattern per line, '#' comments): {@code CODE TRIGGER [CONSTRAINT...] -> TARGET[|TARGET...]}
 * where TRIGGER is a lemma ({@code attack}) or a noun lemma ({@code offensive/n}); a CONSTRAINT is
 * {@code obj:LEMMA[|LEMMA]}, {@code prt:WORD}, {@code mod:LEMMA[|LEMMA]}, {@code caux:LEMMA[|LEMMA]} (an
 * auxiliary of the complement clause) or {@code PREP+LEMMA[|LEMMA]} (e.g. {@code by+phone}); a TARGET is
 * {@code obj}, {@code iobj}, {@code clause}, a preposition ({@code with}, {@code on}), {@code mutual} or
 * {@code -} (monadic). See verbs.txt.
 */
public final class VerbDictionary {
  private final Map<String, List<VerbPattern>> verbs = new HashMap<>();
  private final Map<String, List<VerbPattern>> nouns = new HashMap<>();
  /** Patterns whose trigger is given by its word forms (imported dictionaries), by form. */
  private final Map<String, List<VerbPattern>> forms = new HashMap<>();
  private int size;

  /** A dictionary of patterns built elsewhere (e.g. imported from another format). */
  public static VerbDictionary of(List<VerbPattern> patterns) {
    VerbDictionary d = new VerbDictionary();
    patterns.forEach(d::add);
    d.verbs.values().forEach(VerbDictionary::sortMostSpecificFirst);
    d.nouns.values().forEach(VerbDictionary::sortMostSpecificFirst);
    d.forms.values().forEach(VerbDictionary::sortMostSpecificFirst);
    return d;
  }

  public static VerbDictionary builtIn() {
    return builtIn(Lexicon.builtIn());
  }

  /** The built-in patterns, their word classes ({@code obj:&negotiation}) taken from {@code lexicon}. */
  public static VerbDictionary builtIn(Lexicon lexicon) {
    InputStream in = VerbDictionary.class.getResourceAsStream("/org/dyad/events/verbs.txt");
    if (in == null) {
      throw new IllegalStateException("built-in dictionary verbs.txt is missing from the classpath");
    }
    return read("verbs.txt", in, CameoCodebook.builtIn(), lexicon);
  }

  public static VerbDictionary fromFile(Path file, CameoCodebook codebook) {
    return fromFile(file, codebook, Lexicon.builtIn());
  }

  public static VerbDictionary fromFile(Path file, CameoCodebook codebook, Lexicon lexicon) {
    try {
      return read(file.toString(), Files.newInputStream(file), codebook, lexicon);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read verb dictionary", e);
    }
  }

  static VerbDictionary read(String name, InputStream in, CameoCodebook codebook, Lexicon lexicon) {
    VerbDictionary d = new VerbDictionary();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String body = line.replaceFirst("#.*", "").strip();
        if (!body.isEmpty()) {
          d.add(parse(body, name + ":" + n, codebook, lexicon));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot read verb dictionary", e);
    }
    if (d.size == 0) {
      throw new org.dyad.dict.DictionaryException(name + ": holds no event patterns (the file is empty or all comments),"
          + " so nothing would be coded; give a verb dictionary with at least one pattern");
    }
    d.verbs.values().forEach(VerbDictionary::sortMostSpecificFirst);
    d.nouns.values().forEach(VerbDictionary::sortMostSpecificFirst);
    return d;
  }

  static VerbPattern parse(String body, String where, CameoCodebook codebook) {
    return parse(body, where, codebook, Lexicon.builtIn());
  }

  static VerbPattern parse(String body, String where, CameoCodebook codebook, Lexicon lexicon) {
    String[] halves = body.split("->");
    if (halves.length != 2) {
      throw new DictionaryException(where + ": expected 'CODE TRIGGER [CONSTRAINTS] -> TARGETS', got '" + body + "'");
    }
    String[] left = halves[0].strip().split("\\s+");
    if (left.length < 2) {
      throw new DictionaryException(where + ": a pattern needs a code and a trigger: '" + body + "'");
    }
    String code = left[0];
    if (codebook.lookup(code).isEmpty()) {
      throw new DictionaryException(where + ": '" + code + "' is not a CAMEO code in the codebook");
    }
    String trigger = left[1].toLowerCase(Locale.ROOT);
    boolean noun = trigger.endsWith("/n");
    List<VerbPattern.Constraint> constraints = new ArrayList<>();
    for (int i = 2; i < left.length; i++) {
      constraints.add(constraint(left[i].toLowerCase(Locale.ROOT), where, lexicon));
    }
    List<String> targets = Arrays.stream(halves[1].strip().toLowerCase(Locale.ROOT).split("\\|"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (targets.isEmpty()) {
      throw new DictionaryException(where + ": no target after '->'");
    }
    return new VerbPattern(code, noun ? trigger.substring(0, trigger.length() - 2) : trigger, noun,
        constraints, targets, body + "  (" + where + ")");
  }

  private static VerbPattern.Constraint constraint(String c, String where, Lexicon lexicon) {
    int colon = c.indexOf(':');
    int plus = c.indexOf('+');
    if (colon > 0) {
      String kind = c.substring(0, colon);
      if (!Set.of("obj", "prt", "mod", "caux").contains(kind)) {
        throw new DictionaryException(where + ": unknown constraint '" + kind
            + "' (use obj:, prt:, mod:, caux: or PREP+)");
      }
      return new VerbPattern.Constraint(kind, "", lemmas(c.substring(colon + 1), where, lexicon));
    }
    if (plus > 0) {
      return new VerbPattern.Constraint("prep", c.substring(0, plus), lemmas(c.substring(plus + 1), where, lexicon));
    }
    throw new DictionaryException(where + ": cannot read constraint '" + c + "'");
  }

  /** {@code talk|&negotiation}: lemmas and the members of named word classes. */
  private static Set<String> lemmas(String list, String where, Lexicon lexicon) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String l : list.split("\\|")) {
      if (l.startsWith("&")) {
        out.addAll(lexicon.reference(l, where).words());
      } else if (!l.isEmpty()) {
        out.add(l);
      }
    }
    if (out.isEmpty()) {
      throw new DictionaryException(where + ": no lemma in '" + list + "'");
    }
    return Set.copyOf(out);
  }

  private void add(VerbPattern p) {
    if (!p.forms().isEmpty()) {
      p.forms().forEach(f -> forms.computeIfAbsent(f, k -> new ArrayList<>()).add(p));
    } else {
      (p.noun() ? nouns : verbs).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    size++;
  }

  private static void sortMostSpecificFirst(List<VerbPattern> l) {
    l.sort(Comparator.comparingInt(VerbPattern::specificity).reversed());
  }

  /** Patterns for a verb lemma, most specific first. */
  List<VerbPattern> verb(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /** Patterns for a noun lemma, most specific first. */
  List<VerbPattern> noun(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** Patterns whose trigger has this word form (lower case), most specific first. */
  List<VerbPattern> form(String word) {
    return forms.getOrDefault(word, List.of());
  }

  public int size() {
    return size;
  }
}
