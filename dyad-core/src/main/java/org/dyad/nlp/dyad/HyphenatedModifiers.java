package org.dyad.nlp.dyad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A participle joined by a hyphen to another word ("Turkish-backed", "Saudi-led", "rebel-held",
 * "U.S.-brokered") is an adjective, as the Penn Treebank tags it: the treebank dyad learns from
 * splits such words, so the tagger has seen few of them whole and often calls them verbs. The
 * prefixes that keep a verb a verb ("re-elected") are listed in {@code verb-prefixes.txt}.
 */
final class HyphenatedModifiers {
  private static final Set<String> VERB_PREFIXES = load();

  private HyphenatedModifiers() {}

  static boolean isModifier(String word, String tag) {
    if (!(tag.equals("VBN") || tag.equals("VBD") || tag.equals("VBG") || tag.equals("VB"))) {
      return false;
    }
    int hyphen = word.lastIndexOf('-');
    if (hyphen <= 0 || hyphen == word.length() - 1 || !Character.isLetter(word.charAt(hyphen + 1))) {
      return false;
    }
    String first = word.substring(0, word.indexOf('-')).toLowerCase(Locale.ROOT);
    return !VERB_PREFIXES.contains(first);
  }

  private static Set<String> load() {
    String name = "org/dyad/nlp/dyad/verb-prefixes.txt";
    var in = HyphenatedModifiers.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the classpath");
    }
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }
}
