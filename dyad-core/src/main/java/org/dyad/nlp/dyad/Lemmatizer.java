package org.dyad.nlp.dyad;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lemmas learned from a treebank's lemma column: a table of the words whose lemma the suffix rules
 * get wrong, and suffix rules ("cut 3 letters, add 'y'" for a VBD ending in "ied") chosen by the
 * longest ending of the word seen at least twice with its tag. Proper nouns keep their spelling;
 * everything else is lower-cased. Read-only, thread-safe.
 */
public final class Lemmatizer {
  private static final int MAX_SUFFIX = 5;
  private final Map<String, String> exceptions;
  /** key "TAG suffix" → rule "cut:add" */
  private final Map<String, String> rules;

  private Lemmatizer(Map<String, String> exceptions, Map<String, String> rules) {
    this.exceptions = exceptions;
    this.rules = rules;
  }

  public String lemma(String word, String tag) {
    if (tag.startsWith("NNP")) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String known = exceptions.get(tag + " " + lower);
    if (known != null) {
      return known;
    }
    return byRule(lower, tag);
  }

  private String byRule(String lower, String tag) {
    for (int k = Math.min(MAX_SUFFIX, lower.length() - 1); k >= 1; k--) {
      String rule = rules.get(tag + " " + lower.substring(lower.length() - k));
      if (rule != null) {
        return apply(lower, rule);
      }
    }
    return lower;
  }

  private static String apply(String lower, String rule) {
    int colon = rule.indexOf(':');
    int cut = Integer.parseInt(rule.substring(0, colon));
    if (cut >= lower.length()) {
      return lower;
    }
    return lower.substring(0, lower.length() - cut) + rule.substring(colon + 1);
  }

  private static String rule(String lower, String lemma) {
    int p = 0;
    while (p < lower.length() && p < lemma.length() && lower.charAt(p) == lemma.charAt(p)) {
      p++;
    }
    return (lower.length() - p) + ":" + lemma.substring(p);
  }

  static Lemmatizer train(List<Treebank.Tree> trees) {
    // (tag, word) → lemma counts
    Map<String, Map<String, Integer>> seen = new TreeMap<>();
    for (Treebank.Tree t : trees) {
      for (int i = 0; i < t.size(); i++) {
        String tag = t.tags()[i];
        if (tag.startsWith("NNP")) {
          continue;
        }
        String lower = t.words()[i].toLowerCase(Locale.ROOT);
        String lemma = t.lemmas()[i].toLowerCase(Locale.ROOT);
        if (lemma.equals("_")) {
          continue;
        }
        seen.computeIfAbsent(tag + " " + lower, k -> new TreeMap<>()).merge(lemma, 1, Integer::sum);
      }
    }
    Map<String, String> best = new TreeMap<>();
    for (var e : seen.entrySet()) {
      String top = null;
      int max = 0;
      for (var c : e.getValue().entrySet()) {
        if (c.getValue() > max) {
          top = c.getKey();
          max = c.getValue();
        }
      }
      best.put(e.getKey(), top);
    }
    // suffix rules: (tag, suffix) → rule counts over distinct words
    Map<String, Map<String, Integer>> ruleCounts = new TreeMap<>();
    for (var e : best.entrySet()) {
      String key = e.getKey();
      int sp = key.indexOf(' ');
      String tag = key.substring(0, sp);
      String lower = key.substring(sp + 1);
      String r = rule(lower, e.getValue());
      for (int k = 1; k <= Math.min(MAX_SUFFIX, lower.length() - 1); k++) {
        ruleCounts.computeIfAbsent(tag + " " + lower.substring(lower.length() - k), x -> new TreeMap<>())
            .merge(r, 1, Integer::sum);
      }
    }
    Map<String, String> rules = new TreeMap<>();
    for (var e : ruleCounts.entrySet()) {
      String top = null;
      int max = 0;
      int total = 0;
      for (var c : e.getValue().entrySet()) {
        total += c.getValue();
        if (c.getValue() > max) {
          top = c.getKey();
          max = c.getValue();
        }
      }
      if (total >= 2) {
        rules.put(e.getKey(), top);
      }
    }
    Lemmatizer rulesOnly = new Lemmatizer(Map.of(), rules);
    Map<String, String> exceptions = new TreeMap<>();
    for (var e : best.entrySet()) {
      String key = e.getKey();
      int sp = key.indexOf(' ');
      if (!rulesOnly.byRule(key.substring(sp + 1), key.substring(0, sp)).equals(e.getValue())) {
        exceptions.put(key, e.getValue());
      }
    }
    return new Lemmatizer(exceptions, rules);
  }

  void write(DataOutputStream out) throws IOException {
    for (Map<String, String> m : List.of(exceptions, rules)) {
      out.writeInt(m.size());
      for (var e : new TreeMap<>(m).entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
    }
  }

  static Lemmatizer read(DataInputStream in) throws IOException {
    Map<String, String> exceptions = readMap(in);
    return new Lemmatizer(exceptions, readMap(in));
  }

  private static Map<String, String> readMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      m.put(in.readUTF(), in.readUTF());
    }
    return m;
  }
}
