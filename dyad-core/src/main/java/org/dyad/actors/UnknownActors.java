package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.ActorMention;
import org.dyad.model.CodedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Collects the names dyad saw but could not code: runs of capitalised words (people,
 * organisations, groups) that no actor mention covers. Counted across a corpus, the most frequent
 * ones are what a user should add to the dictionaries first.
 *
 * <p>Without named-entity recognition this also finds places and the odd capitalised phrase; the
 * kind guess ({@link Kind}) and the example sentences let a user tell them apart quickly. Not
 * thread-safe: feed it from one thread.
 */
public final class UnknownActors {
  /** What an uncoded name probably is, from its words alone. */
  public enum Kind { PERSON, ORGANISATION, OTHER }

  /** One uncoded name with its count, the articles it was in and a few example sentences. */
  public record Name(String text, Kind kind, int count, int articles, List<String> examples) {}

  private static final org.dyad.lexicon.WordClass ORGANISATION_WORDS =
      org.dyad.lexicon.Lexicon.builtIn().get("organisation-word");
  /** Capitalised words that start sentences or name calendar things, not actors. */
  private static final org.dyad.lexicon.WordClass NOT_NAMES = org.dyad.lexicon.Lexicon.builtIn().get("name-stop");

  private final int examplesPerName;
  private final Map<String, Tally> names = new HashMap<>();

  public UnknownActors(int examplesPerName) {
    this.examplesPerName = examplesPerName;
  }

  /** Adds the uncoded names of one coded article. */
  public void add(CodedArticle article) {
    Set<String> seenHere = new java.util.HashSet<>();
    for (int k = 0; k < article.sentences().size(); k++) {
      Sentence s = article.sentences().get(k);
      List<ActorMention> mentions = article.mentions().get(k);
      for (String name : uncodedNames(s, mentions)) {
        Tally t = names.computeIfAbsent(name, n -> new Tally());
        t.count++;
        if (seenHere.add(name)) {
          t.articles++;
        }
        if (t.examples.size() < examplesPerName) {
          t.examples.add(article.article().article().id() + ": " + s.text());
        }
      }
    }
  }

  /** The {@code limit} most frequent uncoded names, most frequent first (ties by name). */
  public List<Name> top(int limit) {
    return names.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Tally> e) -> -e.getValue().count)
            .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(e -> new Name(e.getKey(), kind(e.getKey()), e.getValue().count, e.getValue().articles,
            List.copyOf(e.getValue().examples)))
        .toList();
  }

  /** Runs of capitalised words in a sentence that no mention covers. */
  static List<String> uncodedNames(Sentence s, List<ActorMention> mentions) {
    List<String> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (!startsName(tokens, i, mentions)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && continuesName(tokens, j, mentions)) {
        j++;
      }
      while (j > i && isConnector(tokens.get(j - 1).text())) {
        j--; // "Bank of" → "Bank"
      }
      out.add(String.join(" ", tokens.subList(i, j).stream().map(Token::text).toList()));
      i = j;
    }
    return out;
  }

  private static boolean startsName(List<Token> tokens, int i, List<ActorMention> mentions) {
    Token t = tokens.get(i);
    return isCapitalisedWord(t.text()) && !covered(i, mentions)
        && !NOT_NAMES.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean continuesName(List<Token> tokens, int j, List<ActorMention> mentions) {
    if (covered(j, mentions)) {
      return false;
    }
    String w = tokens.get(j).text();
    if (isConnector(w)) { // "Party of Democratic Action", "Bashar al-Assad"
      return j + 1 < tokens.size() && isCapitalisedWord(tokens.get(j + 1).text()) && !covered(j + 1, mentions);
    }
    return isCapitalisedWord(w) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean isConnector(String w) {
    return w.equals("of") || w.equals("al") || w.equals("bin") || w.equals("de") || w.equals("-");
  }

  private static boolean isCapitalisedWord(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c)
        || c == '-' || c == '\'' || c == '.');
  }

  private static boolean covered(int token, List<ActorMention> mentions) {
    return mentions.stream().anyMatch(m -> m.covers(token));
  }

  static Kind kind(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
    for (String w : words) {
      if (ORGANISATION_WORDS.contains(w)) {
        return Kind.ORGANISATION;
      }
    }
    if (name.chars().filter(Character::isUpperCase).count() == name.replace(" ", "").length()) {
      return Kind.ORGANISATION; // an acronym: PKK, SDF
    }
    return words.length >= 2 ? Kind.PERSON : Kind.OTHER;
  }

  private static final class Tally {
    int count;
    int articles;
    final List<String> examples = new ArrayList<>();
  }
}
