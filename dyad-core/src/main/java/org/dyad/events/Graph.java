package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.DependencyGraph;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The event rules' view of one parsed sentence: its {@link DependencyGraph} with the word classes
 * the rules read, and the questions only the event stage asks (objects behind a time word, the
 * preposition of a phrase, a child of a word class).
 */
final class Graph {
  private final DependencyGraph graph;
  private final EventWords words;

  /** A graph whose rules read the built-in lexicon's classes. */
  Graph(Sentence sentence) {
    this(sentence, EventWords.builtIn());
  }

  Graph(Sentence sentence, EventWords words) {
    this(DependencyGraph.of(sentence), words);
  }

  Graph(DependencyGraph graph, EventWords words) {
    this.graph = graph;
    this.words = words;
  }

  /** The word classes the rules on this sentence read. */
  EventWords words() {
    return words;
  }

  Sentence sentence() {
    return graph.sentence();
  }

  Token token(int i) {
    return graph.token(i);
  }

  String lemma(int i) {
    return graph.lemma(i);
  }

  int head(int i) {
    return graph.head(i);
  }

  String rel(int i) {
    return graph.rel(i);
  }

  List<Integer> children(int i) {
    return graph.children(i);
  }

  /** Children whose relation is {@code relation} or a subtype of it ("obl" matches "obl:tmod"). */
  List<Integer> children(int i, String relation) {
    return graph.children(i, relation);
  }

  /**
   * The direct objects of a verb; when it has none, a noun the parser hung on a time word before it
   * ("rejected Thursday a UN appeal" parses "appeal" as a dependent of "Thursday").
   */
  List<Integer> objects(int verb) {
    List<Integer> objs = children(verb, "obj");
    if (!objs.isEmpty()) {
      return objs;
    }
    List<Integer> out = new ArrayList<>(1);
    for (int t : children(verb, "obl:tmod")) {
      for (int c : children(t)) {
        if ((rel(c).equals("dep") || rel(c).equals("appos")) && token(c).isNoun()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The preposition that introduces a nominal dependent ("with" in "talks with X"), or "". */
  String caseOf(int i) {
    for (int c : children(i, "case")) {
      return lemma(c).isEmpty() ? token(c).text().toLowerCase(Locale.ROOT) : lemma(c);
    }
    return "";
  }

  /** True when a child by {@code relation} has a word form or lemma of the class. */
  boolean hasChildWord(int i, String relation, org.dyad.lexicon.WordClass words) {
    for (int c : children(i, relation)) {
      if (words.contains(token(c).text()) || words.contains(lemma(c))) {
        return true;
      }
    }
    return false;
  }

  boolean hasChildWord(int i, String relation, String... words) {
    for (int c : children(i, relation)) {
      String w = token(c).text().toLowerCase(Locale.ROOT);
      for (String x : words) {
        if (w.equals(x) || lemma(c).equals(x)) {
          return true;
        }
      }
    }
    return false;
  }
}
