package org.dyad.nlp;

import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.TextBlock;

/** Cuts a block of text into tokenised sentences whose offsets point into the raw article. */
public interface SentenceSplitter {
  /**
   * @param block      the text to split
   * @param firstIndex the index to give the first sentence (sentences are numbered per article)
   */
  List<Sentence> split(TextBlock block, int firstIndex);
}
