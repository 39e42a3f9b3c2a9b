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
  void anAbbreviationEndingASentenceLendsItsPeriod() {
    // CoreNLP's convention: the sentence's final period is a token of its own, so "U.S." loses its dot
    List<Sentence> s = split("Troops withdrew from the U.S. The talks resumed.");
    assertThat(s).hasSize(2);
    assertThat(texts(s.get(0))).endsWith("U.S", ".");
    assertThat(texts(s.get(1))).startsWith("The", "talks");
  }

  @Test
  void hyphenatedModifiersStayOneToken() {
    assertThat(texts(split("Turkish-backed rebels shelled the Kurdish-held town.").get(0)))
        .containsExactly("Turkish-backed", "rebels", "shelled", "the", "Kurdish-held", "town", ".");
  }

  @Test
  void quotesAreTokensOfTheirOwn() {
    Sentence s = split("\u201cWe will respond,\u201d the minister said.").get(0);
    assertThat(texts(s)).containsExactly("\u201c", "We", "will", "respond", ",", "\u201d", "the", "minister", "said",
        ".");
    // the word is not normalised to `` and '': dyad's tagger maps quote spellings itself
    assertThat(s.tokens().get(0).word()).isEqualTo("\u201c");
  }

  @Test
  void aDatelineIsPartOfTheFirstSentenceWithItsOwnTokens() {
    Sentence s = split("DAMASCUS, Syria (AP) -- Syrian troops entered the town.").get(0);
    assertThat(texts(s)).startsWith("DAMASCUS", ",", "Syria", "(", "AP", ")", "--", "Syrian");
    assertThat(s.tokens().get(3).word()).isEqualTo("(");
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
