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
  void aPhoneConversationWithSomeoneIsATelephoneDiscussion() {
    assertThat(code("In a phone conversation with his Greek counterpart, the Cypriot foreign minister discussed energy."))
        .contains("CYPGOV 041 GRCGOV asserted");
  }

  @Test
  void negatedActsAreKeptButMarkedNegated() {
    assertThat(code("Iran did not attack Iraq.")).containsExactly("IRN 190 IRQ negated");
    assertThat(code("Paris and Berlin have no plans to carry out strikes in Libya."))
        .allMatch(e -> e.endsWith("negated")).isNotEmpty();
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
    // a resignation yields to no one the text names: no target (not the source's own country)
    assertThat(code("The Georgian president resigned.")).containsExactly("GEOGOV 0831  asserted");
  }

  @Test
  void aProtestIsAimedAtWhomItsStatedPurposeNames() {
    assertThat(code("Hundreds of Chilean students began a hunger strike to protest against Peru's decision."))
        .containsExactly("CHLCVL 142 PER asserted"); // the protest verb's 140 is the same act (one per root)
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
  void anAgentlessPassiveHasATargetAndNoKnownDoer() {
    java.util.List<Event> e = events("Two Peruvian diplomats were arrested on Monday.");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).source().isNone()).isTrue();
    assertThat(e.get(0).target().actor().country()).isEqualTo("PER");
    assertThat(e.get(0).code().root()).isEqualTo("17");
    assertThat(code("Kenya was criticized by Uganda.")).containsExactly("UGA 111 KEN asserted");
  }
}
