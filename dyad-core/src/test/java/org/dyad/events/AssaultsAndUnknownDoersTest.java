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
  void placingABombIsABombing() {
    assertThat(code("Militants placed a bomb outside the Greek embassy in Kabul."))
        .containsExactly("AFGREB 183 GRCGOV asserted"); // militants of the place they act in
    assertThat(code("Rebels planted explosives near a Colombian army base."))
        .containsExactly("COLREB 183 COLMIL asserted"); // the rebels take the only country named
  }

  @Test
  void anAttackThatHarmsTheObjectOfItsVerbIsTheVerbsSubjectsAct() {
    List<String> coded = code("Somali militants wounded two Kenyan soldiers in a bomb attack on Friday.");
    assertThat(coded).containsExactly("SOMREB 183 KENMIL asserted");
  }

  @Test
  void whoReactsToANominalEventIsNotItsDoer() {
    assertThat(code("Prosecutors welcomed the arrest of three Kenyan officials.")).contains(" 173 KENGOV asserted")
        .doesNotContain("---JUD 173 KENGOV asserted");
    assertThat(code("Settlers burned a Palestinian olive grove following the killing of an Israeli farmer."))
        .containsExactly(" 180 ISRCVL asserted");
  }

  @Test
  void aBareParticipleSaysWhatWasDoneToItsNoun() {
    List<Event> e = Coded.events("Nigerian activist released after two years");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).source().isNone()).isTrue();
    assertThat(e.get(0).code().code()).isEqualTo("084");
    assertThat(code("Rebels freed three Ugandan soldiers captured in an ambush last year."))
        .contains("UGAREB 084 UGAMIL asserted");
  }

  @Test
  void unnamedDoersAndVictimsOfViolenceAndArrestsAreActors() {
    assertThat(code("Masked men abducted a Kenyan diplomat near the border."))
        .containsExactly("KENREB 181 KENGOV asserted"); // no place named: taken as domestic, as the manual does
    assertThat(code("Three men were charged by a jury in Ohio.")).containsExactly("USAJUD 173 USACVL asserted"); // Ohio
    assertThat(code("Five women and two children died in a bomb attack on a market."))
        .containsExactly(" 183 ---CVL asserted");
    assertThat(code("The scandal led to the arrest of two businessmen.")).containsExactly(" 173 ---BUS asserted");
  }

  @Test
  void aRelativePronounStandsForItsNounAndAQuestionWordForAnUnknownDoer() {
    assertThat(code("Kenya condemned the Somali militants who attacked Ugandan troops."))
        .contains("SOMREB 190 UGAMIL asserted");
    assertThat(code("Investigators want to know who planted a bomb outside the Greek embassy."))
        .containsExactly(" 183 GRCGOV asserted");
  }

  @Test
  void aBareStatementByAnUnnamedRoleIsDroppedButOneWithACountryIsKept() {
    assertThat(code("Officials said the storm had passed by midnight.")).isEmpty();
    assertThat(code("Police say the bridge will stay closed.")).isEmpty();
    assertThat(code("Kenyan officials said the storm had passed by midnight.")).containsExactly("KENGOV 010  asserted");
    assertThat(code("Police in Nairobi said the bridge would stay closed.")).containsExactly("KENCOP 010  asserted");
    // a country guessed from elsewhere in the sentence does not make the speaker known
    assertThat(code("Officials said the storm had reached two Kenyan towns by midnight.")).isEmpty();
  }

  @Test
  void aNominalAssaultNeedsAVictimAndAPlaceBeforeItIsNotItsDoer() {
    assertThat(code("The Nairobi bombing was blamed on foreign fighters."))
        .noneMatch(e -> e.contains(" 183 ") || e.contains(" 195 "));
    assertThat(code("Britain charged two men with conspiracy to commit murder."))
        .doesNotContain("GBR 180  asserted");
    assertThat(code("Putin said during his meeting with the Iraqi prime minister that trade would grow."))
        .contains("RUSGOV 040 IRQGOV asserted");
  }
}
