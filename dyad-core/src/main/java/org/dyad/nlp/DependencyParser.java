package org.dyad.nlp;

import org.dyad.model.Sentence;

/**
 * Adds part-of-speech tags, lemmas and dependencies to a tokenised sentence. This is the slow
 * step of the pipeline (milliseconds per sentence), so callers parse only promising sentences.
 * Implementations are thread-safe.
 */
public interface DependencyParser {
  /** Returns a parsed copy of the sentence with the same tokens and offsets. */
  Sentence parse(Sentence sentence);
}
