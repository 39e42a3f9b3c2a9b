package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.model.Sentence;
import org.dyad.model.TextBlock;
import org.dyad.model.Token;

/** CoreNLP's tokenizer and sentence splitter (fast: ~150,000 tokens/s). Thread-safe. */
public final class CoreNlpSplitter implements SentenceSplitter {
  private final StanfordCoreNLP pipeline;

  public CoreNlpSplitter() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    // keep hyphenated words such as "Turkish-backed" whole: they modify, they do not act
    props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
    this.pipeline = new StanfordCoreNLP(props);
  }

  @Override
  public List<Sentence> split(TextBlock block, int firstIndex) {
    Annotation doc = new Annotation(block.text());
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        int begin = block.start() + l.beginPosition();
        int end = block.start() + l.endPosition();
        tokens.add(new Token(tokens.size(), l.originalText(), l.word(), begin, end, "", ""));
      }
      int from = labels.get(0).beginPosition();
      int to = labels.get(labels.size() - 1).endPosition();
      sentences.add(new Sentence(firstIndex + sentences.size(), block.text().substring(from, to),
          block.start() + from, tokens, List.of()));
    }
    return sentences;
  }
}
