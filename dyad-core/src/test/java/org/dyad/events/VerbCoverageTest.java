package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.Coded;
import org.junit.jupiter.api.Test;

/** Verb and noun-complement patterns of the less frequent CAMEO roots, on sentences written for these tests. */
class VerbCoverageTest {
  private static List<String> code(String text) {
    return Coded.describe(text);
  }

  @Test
  void aNounThatDescribesAStateOfThingsIsNoAct() {
    assertThat(code("Officials in Tbilisi say Armenian militias pose a threat to Georgia."))
        .containsExactly("GEOGOV 010  asserted"); // the statement only
    assertThat(code("Georgia faces new European sanctions over the vote.")).isEmpty();
    assertThat(code("Armenian militias threatened Georgia.")).containsExactly("ARMREB 130 GEO asserted");
  }

  @Test
  void firingToDisperseACrowdIsAimedAtTheCrowd() {
    assertThat(code("Ugandan police opened fire to disperse Kenyan protesters at the border."))
        .contains("UGACOP 190 KENOPP asserted");
  }

  @Test
  void yieldingAndDeescalating() {
    assertThat(code("Germany paid compensation to Poland.")).containsExactly("DEU 0842 POL asserted");
    assertThat(code("The Tanzanian president received a mission of observers from the African Union."))
        .anyMatch(e -> e.startsWith("TZAGOV 0862 IGO"));
    assertThat(code("Nigerian workers called off the strike on Monday.")).anyMatch(e -> e.matches("NGA\\w* 082 NGA asserted"));
  }

  @Test
  void investigations() {
    assertThat(code("Italian prosecutors put a French minister under investigation."))
        .anyMatch(e -> e.matches("ITA\\w* 090 FRAGOV asserted"));
    assertThat(code("The IAEA dispatched inspectors to a reactor in Iran.")).anyMatch(e -> e.endsWith(" 090 IRN asserted"));
  }

  @Test
  void deniedEntryAndEmbassies() {
    assertThat(code("Ghana denied entry to Togolese traders.")).anyMatch(e -> e.matches("GHA 124 TGO\\w* asserted"));
    assertThat(code("Lesotho opened an embassy in Beijing.")).containsExactly("LSO 054 CHN asserted");
  }

  @Test
  void heavyWeaponsLaunchedOrFiredAtATarget() {
    assertThat(code("Vietnamese forces launched rockets against Cambodian positions."))
        .anyMatch(e -> e.matches("VNMMIL 195 KHM\\w* asserted"));
  }

  @Test
  void theObjectNounOfACodedLightVerbIsNotASecondEvent() {
    assertThat(code("Sudanese tanks fired shell bombs at Chadian positions."))
        .singleElement().satisfies(e -> assertThat(e).matches("SDN\\w* 194 TCD\\w* asserted"));
  }

  @Test
  void aNounMistakenForAPassiveAuxiliaryLeavesAnActiveClause() {
    // the tagger reads "drone" as a verb and the parser makes it the passive auxiliary of "killed"
    assertThat(code("A US drone killed three militants in an attack in Yemen.")).containsExactly("USAMIL 190 YEMREB asserted"); // militants where they fight
  }

  @Test
  void releasingPeopleIsAReleaseWhoeverTheyAre() {
    // a domestic act: the role-only target takes the source's country
    assertThat(code("Colombian rebels released two kidnapped journalists.")).containsExactly("COLREB 0841 COLMED asserted");
  }

}
