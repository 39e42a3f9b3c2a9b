package org.dyad.jmh;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.TextBlock;
import org.dyad.nlp.CoreNlpSplitter;

/** Fixed news-like sentences written for these benchmarks, and their split (tokenised) form. */
final class Sentences {
  /** Two-actor sentences (parsed by the pipeline) mixed with ones that name one actor or none. */
  static final List<String> TEXTS = List.of(
      "Turkish forces shelled Kurdish positions near the Syrian border on Monday, the defence ministry said.",
      "Russian Foreign Minister Sergei Lavrov met his Iranian counterpart in Moscow to discuss the nuclear deal.",
      "The United Nations urged Israel to allow more aid trucks into Gaza before the winter.",
      "China accused the United States of interfering in its internal affairs over Taiwan.",
      "French police arrested several protesters outside the Algerian embassy in Paris.",
      "Ukraine said Russian troops attacked villages in the Kharkiv region overnight.",
      "The statement gave no further details about the casualties.",
      "Egypt hosted talks between Israeli and Palestinian officials in Cairo on Thursday.",
      "Heavy rain flooded parts of Pakistan and cut power to several towns.",
      "The European Union imposed new sanctions on Belarus after the disputed election.");

  private Sentences() {}

  static List<Sentence> split() {
    CoreNlpSplitter splitter = new CoreNlpSplitter();
    List<Sentence> out = new ArrayList<>();
    for (String text : TEXTS) {
      out.addAll(splitter.split(new TextBlock(text, 0), out.size()));
    }
    return out;
  }
}
