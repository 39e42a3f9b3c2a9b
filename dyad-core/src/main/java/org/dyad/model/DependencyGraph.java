package org.dyad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Read-only navigation over one parsed sentence's dependencies: each token's head and relation and
 * its children. The one dependency graph every stage reads (the event coder's rules, geo's place
 * finder); what a stage asks of it beyond the tree itself stays in that stage. A token with no
 * dependency, or the root, has head -1 and relation "root"; a dependency naming a token outside
 * the sentence is ignored.
 */
public final class DependencyGraph {
  private final Sentence sentence;
  private final int[] head;
  private final String[] rel;
  private final List<List<Integer>> children;

  private DependencyGraph(Sentence sentence) {
    this.sentence = sentence;
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
      if (d.head() >= 0 && d.head() < n && d.dep() >= 0 && d.dep() < n) {
        head[d.dep()] = d.head();
        rel[d.dep()] = d.relation();
        children.get(d.head()).add(d.dep());
      }
    }
  }

  /** The graph of a sentence's dependencies (empty of edges when it was not parsed). */
  public static DependencyGraph of(Sentence sentence) {
    return new DependencyGraph(sentence);
  }

  public Sentence sentence() {
    return sentence;
  }

  /** Number of tokens. */
  public int size() {
    return head.length;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** The token's lemma in lower case. */
  public String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  /** The token's head, or -1 for the root and unattached tokens. */
  public int head(int i) {
    return head[i];
  }

  /** The relation to the token's head ("root" for the root and unattached tokens). */
  public String rel(int i) {
    return rel[i];
  }

  /** The token's dependents, in the order the parse lists them (do not modify). */
  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** Children whose relation is {@code relation} or a subtype of it ("obl" matches "obl:tmod"). */
  public List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>(1);
    for (int c : children.get(i)) {
      if (rel[c].equals(relation) || rel[c].startsWith(relation + ":")) {
        out.add(c);
      }
    }
    return out;
  }

  /** The token of the span [from, to) whose head lies outside it (the last such one), else to - 1. */
  public int headOf(int from, int to) {
    int h = to - 1;
    for (int k = from; k < to; k++) {
      if (head[k] < from || head[k] >= to) {
        h = k;
      }
    }
    return h;
  }

  /** Number of edges between two tokens in the tree, ignoring direction. */
  public int distance(int a, int b) {
    List<Integer> pathA = new ArrayList<>();
    for (int x = a, k = 0; x >= 0 && k <= head.length; x = head[x], k++) {
      pathA.add(x);
    }
    int steps = 0;
    for (int y = b, k = 0; y >= 0 && k <= head.length; y = head[y], k++, steps++) {
      int i = pathA.indexOf(y);
      if (i >= 0) {
        return i + steps;
      }
    }
    return Integer.MAX_VALUE / 2;
  }
}
