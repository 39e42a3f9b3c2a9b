package org.dyad.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One named class of words or phrases ({@code &month}): its members in lower case, phrases with
 * single spaces between their words. Membership is case-insensitive. Immutable.
 *
 * @param name   the class's name, without the {@code &}
 * @param words  the members, lower case
 * @param source the file (and, for a user's class, the directory) it was read from
 */
public record WordClass(String name, Set<String> words, String source) {
  public WordClass {
    words = Set.copyOf(words);
  }

  /** True when {@code word} (any case; a phrase with single spaces) is a member. */
  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when the tokens {@code from..to} (exclusive), joined by spaces, are a member. */
  public boolean containsPhrase(List<String> tokens, int from, int to) {
    return from >= 0 && to <= tokens.size() && from < to && contains(String.join(" ", tokens.subList(from, to)));
  }

  /** How the class is referred to in patterns and other files: {@code &name}. */
  public String reference() {
    return "&" + name;
  }

  @Override
  public String toString() {
    return reference() + " (" + words.size() + " words, " + source + ")";
  }
}
