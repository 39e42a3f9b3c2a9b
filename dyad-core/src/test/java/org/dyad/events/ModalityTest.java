package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.Coded;
import org.junit.jupiter.api.Test;

/** How the text commits to an event, and what announced or conditional acts become. */
class ModalityTest {
  private static List<String> code(String text) {
    return Coded.describe(text);
  }

  @Test
  void sayingSomethingWillNotHappenIsNoEventAtAll() {
    // the negated act is kept with its modality, and the bare "said" it came in is not an event either
    assertThat(code("Ghana and Togo have no plans to attack Benin, the Ghanaian minister said."))
        .allSatisfy(e -> assertThat(e).endsWith("negated"))
        .isNotEmpty();
  }

  @Test
  void anActCarriedByAThreatOrPlotNounIsNotDone() {
    assertThat(code("Sudan's threat to attack Chad worried the region.")).doesNotContain("SDN 190 TCD asserted");
    assertThat(code("Two Sudanese men admitted a plot to bomb the Chadian embassy."))
        .noneMatch(e -> e.contains(" 183 ") && e.endsWith("asserted"));
  }

  @Test
  void aPlanParsedAsTheSubjectOfItsActIsStillOnlyAPlan() {
    // the parser makes "plan" the subject of "to withdraw": the withdrawal is announced, not done
    assertThat(code("Kenya's plan to withdraw troops from Somalia worries its allies."))
        .noneMatch(e -> e.contains(" 087 ")).anyMatch(e -> e.contains(" 0356 "));
  }

  @Test
  void theActOfAnAccusationIsAllegedNotAsserted() {
    assertThat(code("Kenya accused Uganda of attacking Kenyan soldiers."))
        .contains("KEN 112 UGA asserted")
        .noneMatch(e -> e.contains(" 190 ") && e.endsWith("asserted"));
  }

  @Test
  void negationBeatsEverything() {
    assertThat(code("Sudan will not attack Chad.")).containsExactly("SDN 190 TCD negated");
    // the refusal itself is an event: a rejection aimed at the refused act's target
    assertThat(code("Sudan refused to attack Chad.")).containsExactlyInAnyOrder("SDN 190 TCD negated",
        "SDN 120 TCD asserted");
  }

  @Test
  void hisCountryIsTheCountryOfThePersonJustNamed() {
    assertThat(code("Chad's defence minister Idriss Koulamallah said his country would keep attacking "
        + "Sudanese militias unless they withdrew.")).contains("TCD 1384 SDNREB asserted");
  }

  @Test
  void theSameActUnderAThreatWordOrAnUnlessIsAThreat() {
    assertThat(code("Ghana threatened to withdraw its troops from Togo.")).contains("GHA 130 TGO asserted")
        .noneMatch(e -> e.contains("0356"));
    assertThat(code("Nigeria will withdraw its peacekeepers from Chad unless the fighting stops."))
        .containsExactly("NGA 136 TCD asserted");
  }

  @Test
  void aNegatedAnnouncementOfACooperativeActIsARefusalMadeNow() {
    assertThat(code("Kenya says it will not accept more refugees from Somalia.")).containsExactly("KEN 122 SOMREF asserted");
    assertThat(code("The U.S. said it would not meet Iran's demands.")).containsExactly("USA 123 IRN asserted");
    assertThat(code("Egypt is not prepared to lift the restrictions on Sudan, the minister said."))
        .contains("EGY 1241 SDN asserted");
    assertThat(code("Chile and Peru failed to reach agreement on the border on Monday."))
        .containsExactly("CHL 120 PER asserted");
  }

  @Test
  void aConditionalActWithNoTargetIsAimedAtWhoeverMustMeetTheCondition() {
    assertThat(code("Tunisian workers threatened to hold a general strike unless Libya reopens the border."))
        .contains("TUNCVL 133 LBY asserted"); // the condition itself (Libya reopening) is only hypothetical
    assertThat(code("Chile will suspend the negotiations if Peru deploys more troops.")).containsExactly("CHL 131 PER asserted");
  }

  @Test
  void thePatientOfAPassiveConditionIsNotWhomTheThreatIsMadeTo() {
    // (the pardon itself is the condition: a hypothetical release, not a threat)
    assertThat(code("Cuba threatened to cut ties if jailed activists are pardoned."))
        .noneMatch(e -> e.matches("CUB 13\\d* \\S*OPP asserted"));
  }
}
