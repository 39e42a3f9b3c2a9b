package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
  /** "Turkey shelled villages near Manbij": shelled is the root. */
  private static Sentence sentence() {
    String[] words = {"Turkey", "shelled", "villages", "near", "Manbij"};
    String[] tags = {"NNP", "VBD", "NNS", "IN", "NNP"};
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], words[i], at, at + words[i].length(), tags[i], words[i].toLowerCase()));
      at += words[i].length() + 1;
    }
    return new Sentence(0, "Turkey shelled villages near Manbij", 0, tokens, List.of(
        new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"),
        new Dependency(4, 3, "case"), new Dependency(2, 4, "nmod:near")));
  }

  @Test
  void readsHeadsRelationsAndChildren() {
    DependencyGraph g = DependencyGraph.of(sentence());
    assertThat(g.size()).isEqualTo(5);
    assertThat(g.head(0)).isEqualTo(1);
    assertThat(g.head(1)).isEqualTo(-1);
    assertThat(g.rel(1)).isEqualTo("root");
    assertThat(g.children(1)).containsExactly(0, 2);
    assertThat(g.children(2, "nmod")).containsExactly(4); // a subtype matches its relation
    assertThat(g.lemma(0)).isEqualTo("turkey");
  }

  @Test
  void findsTheHeadOfASpanAndDistances() {
    DependencyGraph g = DependencyGraph.of(sentence());
    assertThat(g.headOf(3, 5)).isEqualTo(4); // "near Manbij": Manbij hangs outside the span
    assertThat(g.distance(0, 4)).isEqualTo(3); // Turkey - shelled - villages - Manbij
    assertThat(g.distance(2, 2)).isZero();
  }

  @Test
  void anUnparsedSentenceHasNoEdges() {
    Sentence s = sentence();
    DependencyGraph g = DependencyGraph.of(new Sentence(0, s.text(), 0, s.tokens(), List.of()));
    assertThat(g.head(2)).isEqualTo(-1);
    assertThat(g.rel(2)).isEqualTo("root");
    assertThat(g.children(1)).isEmpty();
  }
}
