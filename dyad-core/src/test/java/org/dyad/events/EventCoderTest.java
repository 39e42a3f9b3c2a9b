package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.testing.Coded;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** The event stage on real parses of sentences written for these tests. */
class EventCoderTest {
  private static List<String> code(String text) {
    return Coded.describe(text);
  }

  private static List<Event> events(String text) {
    return Coded.events(text);
  }

  @Test
  void anAccusationRunsFromSubjectToObject() {
    assertThat(code("Iraq accused Kuwait of stealing oil.")).containsExactly("IRQ 112 KWT asserted");
  }

  @Test
  void aCallOnIsAnAppealToItsObject() {
    assertThat(code("Jordan called on Israel to halt the demolitions.")).containsExactly("JOR 020 ISR asserted");
  }

  @Test
  void aPhoneConversationWithSomeoneIsATelephoneDiscussion() {
    assertThat(code("In a phone conversation with his Greek counterpart, the Cypriot foreign minister discussed energy."))
        .contains("CYPGOV 041 GRCGOV asserted");
  }

  @Test
  void launchingAnOffensiveInACountryIsUseOfForce() {
    assertThat(code("Ethiopian troops launched an offensive in Somalia.")).containsExactly("ETHMIL 190 SOM asserted");
  }

  @Test
  void negatedActsAreKeptButMarkedNegated() {
    assertThat(code("Iran did not attack Iraq.")).containsExactly("IRN 190 IRQ negated");
    assertThat(code("Paris and Berlin have no plans to carry out strikes in Libya."))
        .allMatch(e -> e.endsWith("negated")).isNotEmpty();
  }

  @Test
  void conditionalsAndIntentionsAreNotAsserted() {
    assertThat(code("Peru would criticize Chile if the talks failed.")).containsExactly("PER 111 CHL conditional");
    assertThat(code("Peru could criticize Chile.")).containsExactly("PER 111 CHL hypothetical");
    assertThat(code("Vietnam will condemn China.")).containsExactly("VNM 111 CHN future");
  }

  @Test
  void reportedSpeechCodesTheReportedActAsReported() {
    assertThat(code("Nigeria said Cameroon attacked Chad.")).containsExactly("CMR 190 TCD reported");
  }

  @Test
  void thePassiveTakesItsSourceFromTheByPhrase() {
    assertThat(code("Kenya was criticized by Uganda.")).containsExactly("UGA 111 KEN asserted");
  }

  @Test
  void compoundSubjectsYieldOneEventPerMember() {
    assertThat(code("Canada and Mexico condemned Venezuela."))
        .containsExactlyInAnyOrder("CAN 111 VEN asserted", "MEX 111 VEN asserted");
  }

  @Test
  void aSymmetricActByACompoundSubjectIsOneEventPerPairInTheOrderWritten() {
    assertThat(code("Jordan and Britain signed a trade pact.")).containsExactly("JOR 057 GBR asserted");
    assertThat(code("Indian and Pakistani troops exchanged fire.")).containsExactly("INDMIL 190 PAKMIL asserted");
  }

  @Test
  void aStatementWithNothingElseCodedIsAMonadicEventWithNullTargetFields() {
    List<Event> said = events("Kenyan police said on Monday that the road was closed.");
    assertThat(said).extracting(e -> e.source().actor().code() + " " + e.code().code())
        .containsExactly("KENCOP 010");
    assertThat(said.get(0).target().isNone()).isTrue();
    var fields = org.dyad.output.EventFields.of(said.get(0));
    assertThat(fields.get("target")).isNull();
    assertThat(fields.get("target_country")).isNull();
    assertThat(fields.get("source")).isEqualTo("KENCOP");
  }

  @Test
  void oneActorActsAreMonadic() {
    assertThat(code("Rebels declared a ceasefire.")).containsExactly("---REB 0871  asserted");
    assertThat(code("Georgian rebels surrendered.")).containsExactly("GEOREB 0874  asserted");
    // a resignation accedes to change at home: a domestic act, aimed at the source's own country
    assertThat(code("The Georgian president resigned.")).containsExactly("GEOGOV 0831 GEO asserted");
  }

  @Test
  void bareRoleNounsAreActorsWithoutACountry() {
    assertThat(code("Police arrested protesters.")).containsExactly("---COP 173 ---OPP asserted");
  }

  @Test
  void theTargetOfADemandIsTheSubjectOfTheDemandedClauseWhichIsNotAnEvent() {
    assertThat(code("Peru demanded that Chile withdraw its troops from Bolivia."))
        .containsExactly("PER 100 CHL asserted", "CHL 087 BOL hypothetical");
    assertThat(code("Russia said on Tuesday that Sudan must return the helicopter.")).containsExactly("RUS 100 SDN asserted");
  }

  @Test
  void aPronounSubjectOfAReportedClauseIsTheReporter() {
    assertThat(code("Japan said it had halted aid to Serbia.")).containsExactly("JPN 162 SRB reported");
  }

  @Test
  void willingnessAndReportedWouldAreAnnouncedIntents() {
    assertThat(code("Norway is willing to send troops to Mali.")).containsExactly("NOR 0332 MLI asserted");
    assertThat(code("Iraq said it would release the Kuwaiti prisoners.")).containsExactly("IRQ 0353 KWTCVL asserted");
  }

  @Test
  void aRefusalIsARejectionAimedAtTheRefusedActsTarget() {
    assertThat(code("Israel refused to meet Egypt's president."))
        .containsExactlyInAnyOrder("ISR 120 EGYGOV asserted", "ISR 040 EGYGOV negated");
  }

  @Test
  void lightVerbsAndIndirectObjectsFindTheirTarget() {
    assertThat(code("Finland gave Tanzania a grant.")).containsExactly("FIN 070 TZA asserted");
    assertThat(code("Serbia lifted the curfew in Montenegro.")).containsExactly("SRB 0813 MNE asserted");
    assertThat(code("Croatia opened an investigation into Serbia.")).containsExactly("HRV 090 SRB asserted");
  }

  @Test
  void aProtestIsAimedAtWhomItsStatedPurposeNames() {
    assertThat(code("Hundreds of Chilean students began a hunger strike to protest against Peru's decision."))
        .containsExactly("CHLCVL 142 PER asserted"); // the protest verb's 140 is the same act (one per root)
  }

  @Test
  void oneActPerDyadAndRootKeepsTheMostSpecificCode() {
    assertThat(code("Ghana threatened to break off relations with Togo.")).containsExactly("GHA 1313 TGO asserted");
  }

  @Test
  void aPledgeIsAimedAtThePledgedActsTarget() {
    assertThat(code("Kenya pledged to protect Somalia.")).containsExactly("KEN 030 SOM asserted");
  }

  @Test
  void aPurposeInfinitiveSharesTheSubjectUnlessTheVerbHandsItsObjectTheAct() {
    assertThat(code("The Gambian president will visit Senegal to mediate between the rivals."))
        .doesNotContain("SEN 039  asserted").contains("GMBGOV 036 SEN asserted");
    assertThat(code("Jordan urged Israel to attack Syria.")).contains("JOR 020 ISR asserted", "ISR 190 SYR hypothetical");
  }

  @Test
  void aVerbCoordinatedWithAPassiveSharesItsSubjectNotItsAgent() {
    assertThat(code("The Chadian president was criticized by Sudan and will resign."))
        .containsExactly("SDN 111 TCDGOV asserted", "TCDGOV 0341 TCD asserted"); // announced resignation: intent
  }

  @Test
  void aTitleBeforeANameDoesNotHideTheObjectsLemma() {
    assertThat(code("Peru summoned Chile's ambassador Ana Soto.")).containsExactly("PER 114 CHLGOV asserted");
  }

  @Test
  void aSentenceWithoutActorsIsNotParsedAndYieldsNothing() {
    var a = SharedPipeline.get().code(new Article("t", "The weather was fine and the markets rose."));
    assertThat(a.events()).isEmpty();
    assertThat(a.parsedSentences()).isZero();
  }

  @Test
  void theEventCarriesItsOwnDateAndTheRuleThatFired() {
    Event e = events("On Monday, Morocco denounced Algeria.").get(0);
    assertThat(e.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2019-05-13"));
    assertThat(e.datePrecision()).isEqualTo("day");
    assertThat(e.articleDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2019-05-15"));
    assertThat(e.rule()).contains("denounce").contains("verbs.txt:");
    assertThat(e.trigger().text()).isEqualTo("denounced");
    assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void offsetsPointIntoTheRawArticle() {
    String raw = "Wed May 15, 2019\n\nSHARE\nOn Monday, Morocco denounced Algeria.";
    Event e = SharedPipeline.get().code(new Article("t", raw)).events().get(0);
    assertThat(raw.substring(e.source().start(), e.source().end())).isEqualTo("Morocco");
    assertThat(raw.substring(e.target().start(), e.target().end())).isEqualTo("Algeria");
    assertThat(raw.substring(e.trigger().start(), e.trigger().end())).isEqualTo("denounced");
    assertThat(raw.substring(e.sentence().start(), e.sentence().end())).isEqualTo(e.sentence().text());
  }

  @Test
  void aNominalEventBetweenTwoActorsLinksThemOnce() {
    assertThat(code("The Wednesday phone conversation between Ghana and Togo focused on trade."))
        .containsExactly("GHA 041 TGO asserted");
    assertThat(code("Talks between Peru and Chile resumed.")).containsExactly("PER 040 CHL asserted");
  }

  @Test
  void anAgentlessPassiveHasATargetAndNoKnownDoer() {
    java.util.List<Event> e = events("Two Peruvian diplomats were arrested on Monday.");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).source().isNone()).isTrue();
    assertThat(e.get(0).target().actor().country()).isEqualTo("PER");
    assertThat(e.get(0).code().root()).isEqualTo("17");
    assertThat(code("Kenya was criticized by Uganda.")).containsExactly("UGA 111 KEN asserted");
  }
}
