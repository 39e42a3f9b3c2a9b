package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.testing.Coded;
import org.junit.jupiter.api.Test;

/** Who reported an event: the speaker of the clause or of the quotation it stands in. */
class ReportedSpeechTest {
  /** Each counted event as "SOURCE CODE TARGET modality by SPEAKER" ("by -" when the article says it). */
  private static List<String> code(String text) {
    return Coded.events(text).stream()
        .filter(e -> !e.code().code().equals("010"))
        .map(ReportedSpeechTest::describe)
        .toList();
  }

  private static String describe(Event e) {
    return e.source().actor() + " " + e.code().code() + " " + e.target().actor() + " " + e.modality().label()
        + " by " + (e.reportedBy().isNone() ? "-" : e.reportedBy().text());
  }

  @Test
  void theSubjectOfTheSpeechVerbReportsTheEventInItsClause() {
    assertThat(code("Nigeria said Cameroon attacked Chad.")).containsExactly("CMR 190 TCD reported by Nigeria");
    assertThat(code("Cameroon attacked Chad, Nigeria said.")).containsExactly("CMR 190 TCD reported by Nigeria");
  }

  @Test
  void accordingToNamesTheReporter() {
    assertThat(code("Cameroon attacked Chad on Monday, according to Nigeria."))
        .containsExactly("CMR 190 TCD reported by Nigeria");
  }

  @Test
  void aQuoteSpanningSentencesKeepsTheSpeakerNamedAfterIt() {
    assertThat(code("\"Cameroonian troops attacked Chadian soldiers near the lake. Cameroonian jets also bombed "
        + "Chadian villages,\" the Nigerian foreign minister said."))
        .containsExactly("CMRMIL 190 TCDMIL reported by Nigerian foreign minister",
            "CMRMIL 195 TCD reported by Nigerian foreign minister");
  }

  @Test
  void aQuoteOpenedAfterItsSpeakerKeepsThatSpeakerToItsEnd() {
    assertThat(code("The Nigerian foreign minister said: \"We are worried. Cameroonian troops attacked Chadian "
        + "soldiers on Sunday.\""))
        .containsExactly("CMRMIL 190 TCDMIL reported by Nigerian foreign minister");
  }

  @Test
  void aParagraphReopeningTheQuoteContinuesIt() {
    // "he" is the speaker the actor tagger resolved to Lavrov, so the report is Russia's
    List<Event> events = Coded.events("Sergei Lavrov spoke on Friday. \"We are worried.\n\n"
        + "\"Turkish troops attacked Syrian soldiers on Sunday,\" he added.").stream()
        .filter(e -> e.code().root().equals("19")).toList();
    assertThat(events).extracting(ReportedSpeechTest::describe)
        .containsExactly("TURMIL 190 SYRMIL reported by he");
    assertThat(events.get(0).reportedBy().actor().code()).isEqualTo("RUSGOV");
  }

  @Test
  void theArticlesOwnSentencesAndScareQuotesAreNotReports() {
    assertThat(code("Cameroon attacked Chad. Nigeria called the raid a \"grave mistake\"."))
        .contains("CMR 190 TCD asserted by -");
  }

  @Test
  void aThreatMadeBySayingItIsTheSpeakersOwnAct() {
    assertThat(code("A Sudanese spokesman said Sudan would attack Chad unless its troops withdrew."))
        .containsExactly("SDN 1384 TCD asserted by -");
  }
}
