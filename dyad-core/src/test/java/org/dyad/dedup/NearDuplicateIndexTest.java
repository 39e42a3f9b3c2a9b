package org.dyad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private static final String STORY = """
      Peru's foreign minister accused Chile on Tuesday of sending spies across the border near Tacna.
      The ministry in Lima said two Chilean officers had been detained with maps of military sites.
      Chile's government denied the charge and called the arrests a misunderstanding between neighbours.
      Talks between the two foreign ministries are expected to resume in Santiago next week.""";

  private final MinHash minHash = new MinHash(4);

  @Test
  void aLightlyEditedRepostIsACopyAndAnotherStoryIsNot() {
    NearDuplicateIndex index = new NearDuplicateIndex(0.7);
    index.add("original", minHash.signature(STORY));
    String repost = STORY.replace("near Tacna", "near the city of Tacna") + "\nReporting by our correspondent.";
    String other = "Morocco and Algeria agreed on Friday to reopen their land border after talks in Rabat, "
        + "officials from both governments said, ending a closure that lasted decades.";

    assertThat(index.original(minHash.signature(repost))).get()
        .satisfies(m -> assertThat(m.key()).isEqualTo("original"))
        .satisfies(m -> assertThat(m.similarity()).isBetween(0.7, 0.99));
    assertThat(index.original(minHash.signature(other))).isEmpty();
    assertThat(minHash.signature("  ...  ")).isEmpty();
    assertThat(index.original(minHash.signature("  ...  "))).isEmpty();
  }

  @Test
  void punctuationAndCaseDoNotMatterAndThresholdAboveOneTurnsDetectionOff() {
    long[] a = minHash.signature(STORY);
    long[] b = minHash.signature(STORY.toUpperCase().replace(".", " !"));
    assertThat(MinHash.similarity(a, b)).isEqualTo(1.0);
    NearDuplicateIndex off = new NearDuplicateIndex(1.01);
    off.add("original", a);
    assertThat(off.original(b)).isEmpty();
  }

  @Test
  void amongEquallySimilarOriginalsTheSmallerKeyWinsWhateverTheOrderOfAdding() {
    long[] sig = minHash.signature(STORY);
    NearDuplicateIndex one = new NearDuplicateIndex(0.8);
    one.add("b", sig);
    one.add("a", sig);
    NearDuplicateIndex two = new NearDuplicateIndex(0.8);
    two.add("a", sig);
    two.add("b", sig);
    assertThat(one.original(sig).orElseThrow().key()).isEqualTo("a");
    assertThat(two.original(sig).orElseThrow().key()).isEqualTo("a");
  }
}
