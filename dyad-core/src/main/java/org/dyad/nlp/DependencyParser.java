package org.dyad.nlp;

import org.dyad.model.Sentence;

/**
 * Adds part-of-speech tags, lemmas and dependencies to a tokenised sentence. This is the slow
 * step of the pipeline (milliseconds per sentence), so callers parse only promising sentences:
 * tagging is about seven times cheaper than parsing, so a caller may {@link #tag} first and parse
 * only sentences whose lemmas can trigger an event. Implementations are thread-safe.
 */
public interface DependencyParser {
  /** Returns a parsed copy of the sentence with the same tokens and offsets (tagging it first if needed). */
  Sentence parse(Sentence sentence);

  /** Returns a copy with part-of-speech tags and lemmas but no dependencies. */
  default Sentence tag(Sentence sentence) {
    return sentence;
  }
}
