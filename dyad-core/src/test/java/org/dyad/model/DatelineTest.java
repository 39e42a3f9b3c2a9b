package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reading of a dateline: a page's date line, a wire-service opening and its place. */
class DatelineTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Wed Aug 31, 2016 3:58PM|2016-08-31",
      "February 04 2020 02:32 PM|2020-02-04",
      "29 December 2018|2018-12-29",
      "Posted: 2019-03-17 10:00 GMT|2019-03-17",
      "Sept. 3, 2021|2021-09-03"})
  void readsCommonDatelines(String line, String expected) {
    assertThat(Dateline.dateOf(line)).contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "No date here", "February 31 2020", "Syria has been at war since March 2011."})
  void rejectsLinesThatAreNotDatelines(String line) {
    assertThat(Dateline.dateOf(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "LIMA, March 3 (Xinhua) -- ", "QUITO (Reuters) - ", "SANTA CRUZ, Bol. (AP) -- ", "(Reuters) - ",
      "CUSCO: ", "LA PAZ, N.J. -- ", "BOGOTA, Oct. 27, 2011 (UPI) -- "})
  void wireDatelinesAreFound(String dateline) {
    String text = dateline + "Peru's president met Chile's foreign minister.";
    assertThat(text.substring(Dateline.openingLength(text))).isEqualTo("Peru's president met Chile's foreign minister.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Russia: No Plan for Joint Operations in Syria",
      "Peru's president met Chile's foreign minister.",
      "UN - a body of many voices",
      "Lima, the capital, was quiet - for a day."})
  void ordinarySentencesAndHeadlinesAreLeftAlone(String text) {
    assertThat(Dateline.openingLength(text)).isZero();
  }

  @Test
  void theParserAndTheActorTaggerStartAfterTheDateline() {
    var a = org.dyad.testing.SharedPipeline.get().code(new org.dyad.model.Article("d",
        "BOGOTA, Oct. 27 (Xinhua) -- Ecuador accused Peru of spying."));
    assertThat(a.mentions().get(0)).extracting(m -> m.actor().code()).containsExactly("ECU", "PER");
    assertThat(a.events()).extracting(e -> e.source().actor() + " " + e.code().code() + " " + e.target().actor())
        .contains("ECU 112 PER");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "MOSCOW, Dec 29 (Reuters) - Russia said ...|MOSCOW",
      "BEIRUT — Syrian troops entered ...|BEIRUT",
      "Ankara (AP) -- Turkey summoned ...|Ankara"})
  void openingsNameTheirPlace(String text, String place) {
    assertThat(Dateline.opening(text)).map(Dateline.Opening::place).contains(place);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Russia - No plan for joint operations", "Turkey summoned the ambassador."})
  void titleCaseHeadlinesHaveNoOpeningPlace(String text) {
    assertThat(Dateline.opening(text)).isEmpty();
  }
}
