package org.dyad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventClustererTest {
  private static MentionPoint m(long id, String article, String date, String country, String admin1) {
    return new MentionPoint(id, article, date == null ? null : LocalDate.parse(date), country, admin1);
  }

  private static List<List<Long>> ids(List<List<MentionPoint>> events) {
    return events.stream().map(e -> e.stream().map(MentionPoint::mentionId).toList()).toList();
  }

  @Test
  void mentionsWithinTheWindowOfAnEventsFirstDateMergeAndAnEventNeverSpansMoreThanTheWindow() {
    EventClusterer oneDay = new EventClusterer(new MergeRule(1, MergeRule.Family.ROOT));
    List<MentionPoint> ms = List.of(m(1, "a", "2019-06-04", null, null), m(2, "b", "2019-06-05", null, null),
        m(3, "c", "2019-06-06", null, null), m(4, "d", "2019-06-04", null, null));
    assertThat(ids(oneDay.cluster(ms))).containsExactly(List.of(1L, 4L, 2L), List.of(3L));
    EventClusterer sameDay = new EventClusterer(new MergeRule(0, MergeRule.Family.ROOT));
    assertThat(ids(sameDay.cluster(ms))).containsExactly(List.of(1L, 4L), List.of(2L), List.of(3L));
  }

  @Test
  void placesMustBeCompatibleWhenBothAreKnown() {
    EventClusterer c = new EventClusterer(MergeRule.DEFAULT);
    List<MentionPoint> ms = List.of(m(1, "a", "2020-02-03", "SYR", "Idlib"), m(2, "b", "2020-02-03", "SYR", null),
        m(3, "c", "2020-02-03", null, null), m(4, "d", "2020-02-03", "SYR", "Aleppo"),
        m(5, "e", "2020-02-03", "TUR", null));
    assertThat(ids(c.cluster(ms))).containsExactly(List.of(1L, 2L, 3L), List.of(4L), List.of(5L));
  }

  @Test
  void undatedMentionsMergeOnlyWithinTheirArticle() {
    EventClusterer c = new EventClusterer(MergeRule.DEFAULT);
    List<MentionPoint> ms = List.of(m(1, "a", null, null, null), m(2, "a", null, null, null),
        m(3, "b", null, null, null), m(4, "b", "2020-01-01", null, null));
    assertThat(ids(c.cluster(ms))).containsExactly(List.of(4L), List.of(1L, 2L), List.of(3L));
  }

  @Test
  void theEventsDependOnlyOnTheSetOfMentionsNotTheirOrder() {
    List<MentionPoint> ms = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 60; i++) {
      ms.add(m(i, "a" + r.nextInt(9), "2021-03-" + String.format("%02d", 1 + r.nextInt(20)),
          r.nextBoolean() ? null : "IRN", r.nextInt(3) == 0 ? "Tehran" : null));
    }
    EventClusterer c = new EventClusterer(new MergeRule(2, MergeRule.Family.ROOT));
    var expected = ids(c.cluster(ms));
    for (int k = 0; k < 5; k++) {
      Collections.shuffle(ms, r);
      assertThat(ids(c.cluster(ms))).isEqualTo(expected);
    }
  }

  @Test
  void theRuleGroupsByActorsAndCodeFamilyAndRejectsBadSettings() {
    assertThat(MergeRule.DEFAULT.groupKey("RUSGOV", "TUR", "112")).isEqualTo("RUSGOV|TUR|11");
    assertThat(new MergeRule(1, MergeRule.Family.BASE).groupKey("RUSGOV", "TUR", "0431")).isEqualTo("RUSGOV|TUR|043");
    assertThat(new MergeRule(1, MergeRule.Family.BASE).groupKey("RUSGOV", "TUR", "04")).isEqualTo("RUSGOV|TUR|04");
    assertThatThrownBy(() -> new MergeRule(-1, MergeRule.Family.ROOT)).hasMessageContaining("0 to 366");
    assertThatThrownBy(() -> MergeRule.Family.parse("quad")).hasMessageContaining("root or base");
  }
}
