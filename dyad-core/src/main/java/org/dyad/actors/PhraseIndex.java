package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Token;

/**
 * Finds dictionary phrases in a token list, longest first. Case: a capitalised dictionary word
 * matches only a capitalised token and an all-capitals word ("US", "UN") only itself, so "us"
 * and "chad" in running text stay words; lower-case words (role nouns) match in any case.
 */
final class PhraseIndex {
  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  void add(Entry e) {
    byFirstWord.computeIfAbsent(key(e.words().get(0)), k -> new ArrayList<>()).add(e);
  }

  /** Sorts each bucket longest phrase first; call once after the last {@link #add}. */
  PhraseIndex freeze() {
    byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.words().size())));
    return this;
  }

  /** All entries whose phrase starts at token {@code i}, longest first (empty if none). */
  List<Entry> matchesAt(List<Token> tokens, int i) {
    List<Entry> bucket = byFirstWord.get(key(tokens.get(i).text()));
    if (bucket == null) {
      return List.of();
    }
    List<Entry> found = new ArrayList<>(2);
    for (Entry e : bucket) {
      if (matches(e.words(), tokens, i)) {
        found.add(e);
      }
    }
    return found;
  }

  static boolean matches(List<String> words, List<Token> tokens, int i) {
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!wordMatches(words.get(k), tokens.get(i + k).text())) {
        return false;
      }
    }
    return true;
  }

  static boolean wordMatches(String word, String token) {
    if (!word.equalsIgnoreCase(token)) {
      return word.equalsIgnoreCase(token.replace('’', '\''));
    }
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && Character.isLetter(word.charAt(0))) {
      return word.equals(token); // acronyms: exact case
    }
    return !Character.isUpperCase(word.charAt(0)) || Character.isUpperCase(token.charAt(0));
  }

  private static String key(String word) {
    return word.replace('’', '\'').toLowerCase(Locale.ROOT);
  }
}
