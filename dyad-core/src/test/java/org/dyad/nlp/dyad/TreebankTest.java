package org.dyad.nlp.dyad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreebankTest {
  @TempDir
  Path dir;

  /** CoNLL-U rows: id, form, lemma, upos, xpos, head, deprel, misc. */
  static String row(String id, String form, String lemma, String xpos, String head, String rel, String misc) {
    return String.join("\t", id, form, lemma, "_", xpos, "_", head, rel, "_", misc) + "\n";
  }

  private List<Treebank.Tree> read(String text) throws Exception {
    Path f = dir.resolve("t.conllu");
    Files.writeString(f, text);
    return Treebank.read(f);
  }

  @Test
  void hyphenatedWordsBecomeOneTokenThatTakesTheHeadWordsPlace() throws Exception {
    // "Iran - backed militias fired ." with the hyphen written without spaces, as EWT splits it
    List<Treebank.Tree> trees = read("# text = Iran-backed militias fired.\n"
        + row("1", "Iran", "Iran", "NNP", "3", "obl:npmod", "SpaceAfter=No")
        + row("2", "-", "-", "HYPH", "3", "punct", "SpaceAfter=No")
        + row("3", "backed", "back", "VBN", "4", "amod", "_")
        + row("4", "militias", "militia", "NNS", "5", "nsubj", "_")
        + row("5", "fired", "fire", "VBD", "0", "root", "SpaceAfter=No")
        + row("6", ".", ".", ".", "5", "punct", "_") + "\n");
    Treebank.Tree t = trees.get(0);
    assertThat(t.words()).containsExactly("Iran-backed", "militias", "fired", ".");
    assertThat(t.tags()).containsExactly("JJ", "NNS", "VBD", ".");
    assertThat(t.heads()).containsExactly(1, 2, -1, 2);
    assertThat(t.labels()).containsExactly("amod", "nsubj", "root", "punct");
  }

  @Test
  void aHyphenBetweenSpacesStaysPunctuation() throws Exception {
    Treebank.Tree t = read(row("1", "Talks", "talk", "NNS", "0", "root", "_")
        + row("2", "-", "-", ":", "1", "punct", "_")
        + row("3", "again", "again", "RB", "1", "advmod", "_") + "\n").get(0);
    assertThat(t.words()).containsExactly("Talks", "-", "again");
  }

  @Test
  void multiWordTokenLinesAndEmptyNodesAreSkippedAndNewRelationsMapped() throws Exception {
    Treebank.Tree t = read("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        + row("1", "do", "do", "VBP", "3", "aux", "_")
        + row("2", "n't", "not", "RB", "3", "advmod", "_")
        + row("3", "leave", "leave", "VB", "0", "root", "_")
        + "3.1\tleave\tleave\t_\tVB\t_\t_\t_\t3:conj\t_\n"
        + row("4", "today", "today", "NN", "3", "obl:unmarked", "_") + "\n").get(0);
    assertThat(t.words()).containsExactly("do", "n't", "leave", "today");
    assertThat(t.labels()).containsExactly("aux", "advmod", "root", "obl:tmod");
    assertThat(t.projective()).isTrue();
  }

  @Test
  void aMalformedLineIsRejectedWithItsFileAndLine() throws Exception {
    assertThatThrownBy(() -> read(row("1", "a", "a", "DT", "0", "root", "_") + "2\tb\tb\n"))
        .hasMessageContaining("t.conllu:2");
  }
}
