package org.dyad.model;

import java.util.List;

/**
 * A sentence of an article, tokenised; tags and dependencies are present only once it was parsed.
 *
 * @param index        position of the sentence in its article, from 0
 * @param text         the sentence exactly as written
 * @param start        offset of {@code text} in the raw article
 * @param tokens       the tokens, in order
 * @param dependencies the dependency relations, empty when the sentence was not parsed
 */
public record Sentence(int index, String text, int start, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public boolean isParsed() {
    return !dependencies.isEmpty();
  }

  public int end() {
    return start + text.length();
  }

  /** The text covered by tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
  public String span(int from, int to) {
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }
}
