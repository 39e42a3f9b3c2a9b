package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.testing.Coded;
import org.junit.jupiter.api.Test;

/**
 * Real-news ways of reporting violence: by its means (bombs, gunmen), by its victims only, or by
 * a noun ("the kidnapping of"), on real parses of sentences written for these tests.
 */
class AssaultsAndUnknownDoersTest {
  private static List<String> code(String text) {
    return Coded.describe(text);
  }

  @Test
  void aKillingInAClashWithSuicideBombersIsASuicideBombingNotConventionalForce() {
    assertThat(code("Two Yemeni soldiers were killed in a clash with suicide bombers near Aden."))
        .containsExactly(" 1831 YEMMIL asserted");
    assertThat(code("Three Iraqi policemen were killed in a roadside bomb attack."))
        .containsExactly(" 1833 IRQCOP asserted");
  }

  @Test
  void gunmenAttackingIsUnconventionalViolence() {
    assertThat(code("Gunmen attacked a Nigerian police station on Sunday."))
        .containsExactly("---UAF 180 NGACOP asserted");
  }

  @Test
  void placingABombIsABombing() {
    assertThat(code("Militants placed a bomb outside the Greek embassy in Kabul."))
        .containsExactly("---REB 183 GRCGOV asserted");
    assertThat(code("Rebels planted explosives near a Colombian army base."))
        .containsExactly("---REB 183 COLMIL asserted");
  }
}
