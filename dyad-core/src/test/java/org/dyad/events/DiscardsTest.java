package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.testing.Coded;
import org.junit.jupiter.api.Test;

class DiscardsTest {
  @Test
  void countriesAsTeamsMakeNoEvent() {
    assertThat(Coded.describe("Brazil beat Argentina 2-1 in the World Cup final on Sunday.")).isEmpty();
    assertThat(Coded.describe("Peru crushed Chile in the rugby semi-final.")).isEmpty();
    assertThat(Coded.describe("Uganda beat Kenya 3-1 in extra time to win the regional football tournament."))
        .isEmpty();
  }

  @Test
  void theSameVerbsInPoliticsStillCode() {
    assertThat(Coded.describe("Iraq accused Kuwait of stealing oil.")).containsExactly("IRQ 112 KWT asserted");
  }

  @Test
  void aWarOfWordsIsNoWar() {
    assertThat(Coded.describe("Russia and Turkey are locked in a war of words over Syria."))
        .noneMatch(e -> e.contains(" 19") || e.contains(" 18"));
  }
}
