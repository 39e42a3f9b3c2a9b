package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/** Read-only navigation over one parsed sentence's dependencies. */
final class Graph {
  private final Sentence sentence;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;
  private final EventWords words;

  /** A graph whose rules read the built-in lexicon's classes. */
  Graph(Sentence sentence) {
    this(sentence, EventWords.builtIn());
  }

  Graph(Sentence sentence, EventWords words) {
    this.sentence = sentence;
    this.words = words;
    int n = sentence.tokens().size();
    head = new int[n];
    rel = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
      head[i] = -1;
      rel[i] = "root";
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.head() >= 0) {
        head[d.dep()] = d.head();
        rel[d.dep()] = d.relation();
        children.get(d.head()).add(d.dep());
      }
    }
  }

  /** The word classes the rules on this sentence read. */
  EventWords words() {
    return words;
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  int head(int i) {
    return head[i];
  }

  String rel(int i) {
    return rel[i];
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** Children whose relation is {@code relation} or a subtype of it ("obl" matches "obl:tmod"). */
  List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>(1);
    for (int c : children.get(i)) {
      if (rel[c].equals(relation) || rel[c].startsWith(relation + ":")) {
        out.add(c);
      }
    }
    return out;
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
        if ((rel[c].equals("dep") || rel[c].equals("appos")) && token(c).isNoun()) {
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
