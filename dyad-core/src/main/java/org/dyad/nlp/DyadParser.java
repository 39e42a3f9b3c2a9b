package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.nlp.dyad.NlpModel;

/**
 * dyad's own tagger, lemmatiser and dependency parser ({@link NlpModel}: an averaged-perceptron
 * tagger and a greedy arc-eager parser trained on UD English EWT by {@code dyad train}), giving
 * Penn Treebank tags and UD basic relations as CoreNLP does, about two orders of magnitude faster.
 * Thread-safe; the model is shared.
 */
public final class DyadParser implements DependencyParser {
  private final NlpModel model;

  public DyadParser() {
    this(NlpModel.builtIn());
  }

  public DyadParser(NlpModel model) {
    this.model = model;
  }

  @Override
  public Sentence tag(Sentence sentence) {
    if (isTagged(sentence)) {
      return sentence;
    }
    List<Token> in = sentence.tokens();
    String[] words = words(in);
    NlpModel.Analysis a = model.tag(words);
    List<Token> tokens = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      tokens.add(in.get(i).withTags(a.tags()[i], a.lemmas()[i]));
    }
    return new Sentence(sentence.index(), sentence.text(), sentence.start(), tokens, List.of());
  }

  @Override
  public Sentence parse(Sentence sentence) {
    Sentence tagged = tag(sentence);
    // a wire dateline ("BAGHDAD, April 9 (Xinhua) --") is not part of the sentence's grammar
    int skip = org.dyad.model.Dateline.openingTokens(tagged);
    List<Token> body = tagged.tokens().subList(skip, tagged.tokens().size());
    if (body.isEmpty()) {
      return tagged;
    }
    String[] words = words(body);
    String[] tags = new String[body.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = body.get(i).pos();
    }
    NlpModel.Analysis a = model.parse(words, tags, null);
    List<Dependency> deps = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      int head = a.heads()[i];
      deps.add(new Dependency(head < 0 ? -1 : head + skip, i + skip, head < 0 ? "root" : a.relations()[i]));
    }
    return new Sentence(tagged.index(), tagged.text(), tagged.start(), tagged.tokens(), deps);
  }

  private static String[] words(List<Token> tokens) {
    String[] w = new String[tokens.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = tokens.get(i).word();
    }
    return w;
  }

  private static boolean isTagged(Sentence s) {
    if (s.tokens().isEmpty()) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.pos() == null || t.pos().isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
