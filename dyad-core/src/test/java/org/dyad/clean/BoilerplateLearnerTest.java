package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.ArticleMeta;
import org.junit.jupiter.api.Test;

class BoilerplateLearnerTest {
  private static final String FOOTER = "Get the Lakeside Courier app for breaking alerts";

  private static Article article(String site, int n) {
    String text = "Story " + n + ": Uganda and Rwanda held talks number " + n + ".\n\n"
        + "Officials described round " + n + " as useful.\n\n" + FOOTER + "\n";
    return new Article(site + "-" + n, text,
        new ArticleMeta(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(site)));
  }

  @Test
  void aLineMostArticlesOfASourceRepeatIsBlankedKeepingOffsets() {
    BoilerplateLearner learner = new BoilerplateLearner();
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      batch.add(article("Lakeside Courier", i));
    }
    learner.learn(batch);
    LearnedBoilerplate learned = learner.snapshot();
    Article a = batch.get(3);
    Article stripped = learned.strip(a);
    assertThat(stripped.text()).hasSameSizeAs(a.text()).doesNotContain("Courier app")
        .startsWith("Story 3: Uganda and Rwanda held talks number 3.");
    assertThat(stripped.text().indexOf("Officials")).isEqualTo(a.text().indexOf("Officials"));
    assertThat(learned.size("lakeside courier")).isEqualTo(1);
    // Another outlet's articles are not touched by what this one repeats.
    Article other = new Article("x", "Kenya said so.\n" + FOOTER,
        new ArticleMeta(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Other Post")));
    assertThat(learned.strip(other)).isSameAs(other);
  }

  @Test
  void copiesOfOneStoryInASmallSourceAreNotMistakenForBoilerplate() {
    BoilerplateLearner learner = new BoilerplateLearner();
    Article story = article("Tiny Gazette", 1);
    for (int i = 0; i < 8; i++) {
      learner.learn(new Article("copy-" + i, story.text() + " ".repeat(i), story.meta())); // near-identical reposts
    }
    assertThat(learner.snapshot().strip(story)).isSameAs(story);
  }

  @Test
  void identicalCopiesCountOnce() {
    BoilerplateLearner learner = new BoilerplateLearner();
    for (int i = 0; i < 30; i++) {
      learner.learn(article("Echo Times", 1));
    }
    assertThat(learner.snapshot().size("echo times")).isZero();
  }

  @Test
  void sourcesComeFromTheOutletTheUrlHostOrTheDirectory() {
    assertThat(LearnedBoilerplate.sourceOf(new Article("a", "t", new ArticleMeta(Optional.empty(), Optional.empty(),
        Optional.of("https://www.example.org/x"), Optional.empty())))).isEqualTo("example.org");
    assertThat(LearnedBoilerplate.sourceOf(new Article("site-a/2025/x.txt", "t"))).isEqualTo("dir:site-a/2025");
    assertThat(LearnedBoilerplate.sourceOf(new Article("feed.jsonl#3", "t"))).isEqualTo("dir:");
  }
}
