package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.testing.Coded;
import org.junit.jupiter.api.Test;

/** CAMEO codes to PLOVER types and modes. */
class PloverMapTest {
  private final PloverMap plover = PloverMap.builtIn();

  @Test
  void aCodeTakesTheTypeAndModeOfItsLongestListedPrefix() {
    assertThat(plover.type("041")).contains("CONSULT");
    assertThat(plover.mode("041")).contains("phone");
    assertThat(plover.type("1831")).contains("ASSAULT");
    assertThat(plover.mode("1831")).contains("suicide-bomb");
    assertThat(plover.mode("1834")).as("not listed: the mode of 183").contains("bomb");
  }

  @Test
  void generalCodesAndStatementsHaveNoMode() {
    assertThat(plover.type("190")).contains("FIGHT");
    assertThat(plover.mode("190")).isEmpty();
    assertThat(plover.type("010")).isEmpty();
    assertThat(plover.mode("010")).isEmpty();
  }

  @Test
  void aModeListedForTheOverridingEntryOnly() {
    // 087 de-escalation is RETREAT, not its root's CONCEDE; its ceasefire code has its own mode
    assertThat(plover.type("0871")).contains("RETREAT");
    assertThat(plover.mode("0871")).contains("ceasefire");
    assertThat(plover.mode("080")).isEmpty();
  }

  @Test
  void codedEventsCarryTheMode() {
    assertThat(Coded.events("Chile telephoned Peru on Monday."))
        .anySatisfy(e -> {
          assertThat(e.code().code()).isEqualTo("041");
          assertThat(e.code().plover()).isEqualTo("CONSULT");
          assertThat(e.code().ploverMode()).isEqualTo("phone");
        });
  }
}
