package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
  private final SyntheticCorpus generator = SyntheticCorpus.fromBuiltInDictionaries();

  @Test
  void sameSeedGivesSameArticles() {
    assertThat(generator.generate(7, 25).articles()).isEqualTo(generator.generate(7, 25).articles());
    assertThat(SyntheticCorpus.fromBuiltInDictionaries().generate(7, 25).articles())
        .isEqualTo(generator.generate(7, 25).articles());
  }

  @Test
  void differentSeedGivesDifferentArticles() {
    assertThat(generator.generate(7, 10).articles()).isNotEqualTo(generator.generate(8, 10).articles());
  }

  @Test
  void requestedSizeIsHonouredAndALargerCorpusExtendsASmallerOne() {
    Corpus small = generator.generate(3, 12);
    Corpus large = generator.generate(3, 40);
    assertThat(small.articles()).hasSize(12);
    assertThat(large.articles()).hasSize(40);
    assertThat(large.articles().subList(0, 12)).isEqualTo(small.articles());
    assertThat(generator.generate(3, 0).articles()).isEmpty();
    assertThat(large.articles()).extracting(a -> a.id()).doesNotHaveDuplicates();
  }

  @Test
  void articlesLookLikeNewsAndTheDescriptionSaysTheyAreGenerated() {
    Corpus c = generator.generate(SyntheticCorpus.DEFAULT_SEED, 5);
    assertThat(c.name()).isEqualTo("generated");
    assertThat(c.description()).startsWith("generated: 5 articles,").contains("seed " + SyntheticCorpus.DEFAULT_SEED);
    assertThat(c.articles()).allSatisfy(a -> {
      assertThat(a.text()).doesNotContain("{").endsWith(".");
      assertThat(a.text().split("(?<=\\.)\\s+")).hasSizeGreaterThanOrEqualTo(3);
    });
  }

  @Test
  void negativeSizeIsRejected() {
    assertThatThrownBy(() -> generator.generate(1, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void limitKeepsTheFirstArticles() {
    Corpus c = generator.generate(1, 10);
    assertThat(c.limit(4).articles()).isEqualTo(c.articles().subList(0, 4));
    assertThat(c.limit(0)).isSameAs(c);
    assertThat(c.limit(99)).isSameAs(c);
  }
}
