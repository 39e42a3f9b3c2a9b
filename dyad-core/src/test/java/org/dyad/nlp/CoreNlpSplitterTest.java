package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.TextBlock;
import org.dyad.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer and sentence splitter both parsers read (CoreNLP's, kept for dyad's own parser
 * too) on the punctuation of news: what the tagger and parser were trained to see.
 */
class CoreNlpSplitterTest {
  private static SentenceSplitter splitter;

  @BeforeAll
  static void load() {
    splitter = new CoreNlpSplitter();
  }

  private static List<Sentence> split(String text) {
    return splitter.split(new TextBlock(text, 100), 0);
  }

  private static List<String> texts(Sentence s) {
    return s.tokens().stream().map(Token::text).toList();
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    List<Sentence> s = split("The U.S. envoy met Gen. Haftar in Benghazi on Jan. 5. Talks went on.");
    assertThat(s).hasSize(2);
    assertThat(texts(s.get(0))).contains("U.S.", "Gen.", "Jan.").endsWith(".");
    assertThat(texts(s.get(1))).containsExactly("Talks", "went", "on", ".");
  }

  @Test
  void aSentenceEndingInUsKeepsItsAbbreviation() {
    List<Sentence> s = split("Troops withdrew from the U.S. The talks resumed.");
    assertThat(texts(s.get(0))).contains("U.S.");
  }

  @Test
  void hyphenatedModifiersStayOneToken() {
    assertThat(texts(split("Turkish-backed rebels shelled the Kurdish-held town.").get(0)))
        .containsExactly("Turkish-backed", "rebels", "shelled", "the", "Kurdish-held", "town", ".");
  }

  @Test
  void quotesAreTokensWithNormalisedWordsAndRawText() {
    Sentence s = split("\u201cWe will respond,\u201d the minister said.").get(0);
    assertThat(texts(s)).containsExactly("\u201c", "We", "will", "respond", ",", "\u201d", "the", "minister", "said",
        ".");
    assertThat(s.tokens().get(0).word()).isEqualTo("``");
    assertThat(s.tokens().get(5).word()).isEqualTo("''");
  }

  @Test
  void aDatelineIsPartOfTheFirstSentenceWithItsOwnTokens() {
    Sentence s = split("DAMASCUS, Syria (AP) -- Syrian troops entered the town.").get(0);
    assertThat(texts(s)).startsWith("DAMASCUS", ",", "Syria", "(", "AP", ")", "--", "Syrian");
    assertThat(s.tokens().get(3).word()).isEqualTo("-LRB-");
  }

  @Test
  void offsetsPointIntoTheArticle() {
    String text = "Iran's foreign minister arrived in Ankara.";
    Sentence s = split(text).get(0);
    for (Token t : s.tokens()) {
      assertThat(text.substring(t.start() - 100, t.end() - 100)).isEqualTo(t.text());
    }
    assertThat(texts(s)).containsSequence("Iran", "'s");
  }
}
