package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.pipeline.Pipeline;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** The trail of every candidate event through the passes, as {@code dyad explain} prints it. */
class TrailTest {
  private static List<Trail.Candidate> trail(String text) {
    Pipeline.Explained e = SharedPipeline.get().explain(new Article("t", "Wed May 15, 2019\n\n" + text));
    return e.trail().candidates();
  }

  @Test
  void aDroppedCandidateIsShownWithThePassThatDroppedIt() {
    List<Trail.Candidate> c = trail("Officials said on Monday that Iran attacked Iraq.");
    Trail.Candidate statement = c.stream().filter(x -> x.event().code().code().equals("010")).findFirst().orElseThrow();
    assertThat(statement.dropped()).isTrue();
    assertThat(statement.steps()).last().satisfies(s -> {
      assertThat(s.pass()).isEqualTo(Pass.EMPTY_STATEMENTS);
      assertThat(s.describe()).isEqualTo("dropped");
    });
    Trail.Candidate attack = c.stream().filter(x -> x.event().code().code().equals("190")).findFirst().orElseThrow();
    assertThat(attack.dropped()).isFalse();
  }

  @Test
  void aRecodedCandidateSaysFromWhatToWhat() {
    List<Trail.Candidate> c = trail("Vietnam will attack China.");
    assertThat(c).singleElement().satisfies(x -> assertThat(x.steps())
        .anySatisfy(s -> {
          assertThat(s.pass()).isEqualTo(Pass.INTENT_AND_REFUSAL);
          assertThat(s.describe()).startsWith("code 190 -> 13");
        }));
  }

  @Test
  void aNormalRunRecordsNothing() {
    assertThat(Trail.NONE.candidates()).isEmpty();
    Trail.NONE.candidates(List.of());
    assertThat(Trail.NONE.candidates()).isEmpty();
  }
}
