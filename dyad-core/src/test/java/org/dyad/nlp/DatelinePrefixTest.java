package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinePrefixTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "LIMA, March 3 (Xinhua) -- ", "QUITO (Reuters) - ", "SANTA CRUZ, Bol. (AP) -- ", "(Reuters) - ",
      "CUSCO: ", "LA PAZ, N.J. -- ", "BOGOTA, Oct. 27, 2011 (UPI) -- "})
  void wireDatelinesAreFound(String dateline) {
    String text = dateline + "Peru's president met Chile's foreign minister.";
    assertThat(text.substring(DatelinePrefix.length(text))).isEqualTo("Peru's president met Chile's foreign minister.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Russia: No Plan for Joint Operations in Syria",
      "Peru's president met Chile's foreign minister.",
      "UN - a body of many voices",
      "Lima, the capital, was quiet - for a day."})
  void ordinarySentencesAndHeadlinesAreLeftAlone(String text) {
    assertThat(DatelinePrefix.length(text)).isZero();
  }

  @Test
  void theParserAndTheActorTaggerStartAfterTheDateline() {
    var a = org.dyad.testing.SharedPipeline.get().code(new org.dyad.model.Article("d",
        "BOGOTA, Oct. 27 (Xinhua) -- Ecuador accused Peru of spying."));
    assertThat(a.mentions().get(0)).extracting(m -> m.actor().code()).containsExactly("ECU", "PER");
    assertThat(a.events()).extracting(e -> e.source().actor() + " " + e.code().code() + " " + e.target().actor())
        .contains("ECU 112 PER");
  }
}
