package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * CoreNLP's tagger (english-left3words), lemmatiser and neural dependency parser (UD), run on
 * tokens that {@link CoreNlpSplitter} already made, so token indices and offsets stay ours.
 * No NER: actors come from dictionaries, and default NER would cost 10-30x the tagger.
 */
public final class CoreNlpParser implements DependencyParser {
  private final StanfordCoreNLP pipeline;

  public CoreNlpParser() {
    Properties props = new Properties();
    props.setProperty("annotators", "pos,lemma,depparse");
    props.setProperty("enforceRequirements", "false");
    this.pipeline = new StanfordCoreNLP(props);
  }

  @Override
  public Sentence parse(Sentence sentence) {
    List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.text());
      l.setBeginPosition(t.start());
      l.setEndPosition(t.end());
      l.setIndex(t.index() + 1);
      l.setSentIndex(0);
      labels.add(l);
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, labels);
    s.set(CoreAnnotations.TextAnnotation.class, sentence.text());
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
    Annotation doc = new Annotation(sentence.text());
    doc.set(CoreAnnotations.TokensAnnotation.class, labels);
    doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
    pipeline.annotate(doc);

    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(sentence.tokens().get(i).withTags(l.tag(), l.lemma()));
    }
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Dependency> deps = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      deps.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
          e.getRelation().toString()));
    }
    return new Sentence(sentence.index(), sentence.text(), sentence.start(), tokens, deps);
  }
}
