package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 19, finding 2: one run-on article no longer holds up the run. */
class BoundedWorkTest {
  private static String runOn(int bytes) {
    StringBuilder b = new StringBuilder("Turkey accused Russia of shelling the border, ");
    String[] parts = {"and Iran criticised Turkey over the talks, ", "while Russia praised Iran for its help, ",
        "and officials in Ankara met diplomats from Moscow, "};
    for (int i = 0; b.length() < bytes; i++) {
      b.append(parts[i % parts.length]);
    }
    return b.append("officials said.\n").toString();
  }

  @Test
  @Timeout(120)
  void aRunOnSentenceIsCutIntoPiecesThatAreStillCoded() {
    String text = runOn(100_000); // took 20 s and more before the cap; grows faster than its length
    CodedArticle a = SharedPipeline.get().code(new Article("run-on", text));
    assertThat(a.sentences().size()).isGreaterThan(100);
    for (Sentence s : a.sentences()) {
      assertThat(s.tokens().size()).isLessThanOrEqualTo(SentenceCap.DEFAULT_MAX_TOKENS);
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()); // offsets still point into the raw text
    }
    assertThat(a.events()).isNotEmpty();
  }

  @Test
  void piecesEndAtAPunctuationMarkInTheSecondHalfOfTheWindowAndAreNumberedInOrder() {
    StringBuilder text = new StringBuilder();
    java.util.List<Token> tokens = new java.util.ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String w = i % 7 == 6 ? "," : "w" + i;
      int start = text.length();
      text.append(w).append(' ');
      tokens.add(new Token(i, w, w, start, start + w.length(), "", ""));
    }
    Sentence s = new Sentence(3, text.toString().strip(), 0, tokens, List.of());
    List<Sentence> pieces = new SentenceCap(10).apply(List.of(s));
    assertThat(pieces).extracting(Sentence::index).containsExactly(3, 4, 5, 6); // cuts after the commas at 6, 13 and 20
    assertThat(pieces.get(0).tokens()).hasSize(7); // after the ',' at token 6
    assertThat(pieces.get(0).text()).endsWith(",");
    assertThat(pieces).allSatisfy(p -> assertThat(p.tokens().get(0).index()).isZero());
    assertThat(pieces.stream().mapToInt(p -> p.tokens().size()).sum()).isEqualTo(25);
  }

  @Test
  void anArticleOverItsTimeBudgetIsGivenUpWithAReason() {
    Pipeline p = SharedPipeline.get();
    p.code(new Article("warm", "Turkey accused Russia of spying.\n"));
    try {
      p.withLimits(SentenceCap.DEFAULT_MAX_TOKENS, Duration.ofNanos(1));
      assertThatThrownBy(() -> p.code(new Article("slow.txt", runOn(5_000))))
          .isInstanceOf(ArticleTooSlowException.class)
          .hasMessageContaining("slow.txt").hasMessageContaining("--article-time-limit");
    } finally {
      p.withLimits(SentenceCap.DEFAULT_MAX_TOKENS, Pipeline.DEFAULT_ARTICLE_BUDGET);
    }
  }
}
