package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** The event stage on real parses of sentences written for these tests. */
class EventCoderTest {
  /** Codes a one-paragraph article dated Wednesday 2019-05-15 and describes each event. */
  private static List<String> code(String text) {
    return events(text).stream()
        .map(e -> e.source().actor() + " " + e.code().code() + " " + e.target().actor() + " " + e.modality().label())
        .toList();
  }

  private static List<Event> events(String text) {
    return SharedPipeline.get().code(new Article("t", "Wed May 15, 2019\n\n" + text)).events();
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
  void aSymmetricActByACompoundSubjectLinksTheMembersBothWays() {
    assertThat(code("Jordan and Britain signed a trade pact."))
        .containsExactlyInAnyOrder("JOR 057 GBR asserted", "GBR 057 JOR asserted");
    assertThat(code("Indian and Pakistani troops exchanged fire."))
        .containsExactlyInAnyOrder("INDMIL 190 PAKMIL asserted", "PAKMIL 190 INDMIL asserted");
  }

  @Test
  void aSentenceWithoutTwoActorsIsNotParsedAndYieldsNothing() {
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
}
