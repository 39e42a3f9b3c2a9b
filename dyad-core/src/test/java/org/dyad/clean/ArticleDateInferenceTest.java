package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleDateInferenceTest {
  private final ArticleDateInference inference = new ArticleDateInference();

  @Test
  void aWeekdayAfterTheLatestFullDateMovesTheArticleForward() {
    // 2021-03-12 was a Friday: "Saturday" can only be the day after.
    var d = inference.infer("Ministers met on March 12, 2021 in Lima (photo).\n"
        + "On Saturday, Peru's president called Chile's. The Friday vote was close.");
    assertThat(d.date()).contains(LocalDate.of(2021, 3, 13));
    assertThat(d.basis()).startsWith("inferred");
  }

  @Test
  void aWeekdayMatchingTheLatestFullDateKeepsIt() {
    // 2021-03-13 was a Saturday; "Friday" is the day before.
    var d = inference.infer("Envoys met on 13 March 2021.\nAt Saturday's meeting they agreed; on Friday they had argued.");
    assertThat(d.date()).contains(LocalDate.of(2021, 3, 13));
  }

  @Test
  void theLatestOfSeveralFullDatesIsTheFloor() {
    var d = inference.infer("Talks began on 2019-01-04 and a deal followed on January 20, 2019.");
    assertThat(d.date()).contains(LocalDate.of(2019, 1, 20));
  }

  @Test
  void withoutAYearNothingIsGuessed() {
    var d = inference.infer("The summit on Feb. 14 was tense, the minister said on Sunday.");
    assertThat(d.date()).isEmpty();
    assertThat(d.basis()).isEqualTo("none: dates in the text give no year");
  }

  @Test
  void aTextWithNoDatesAtAllSaysNone() {
    assertThat(inference.infer("Nothing here has a date.").basis()).isEqualTo("none");
  }

  @Test
  void aPhotoCaptionDatesThePictureNotTheStory() {
    var d = inference.infer("Rebels shelled the airport on October 2, 2004. File photo taken on March 1, 2003 shows the runway.");
    assertThat(d.date()).contains(java.time.LocalDate.parse("2004-10-02"));
  }

  @Test
  void aCaptionDateIsUsedOnlyWhenNothingElseGivesOneAndTheBasisSaysSo() {
    var d = inference.infer("Rebels shelled the airport.\nFile photo taken on March 1, 2003 shows the runway.");
    assertThat(d.date()).contains(java.time.LocalDate.parse("2003-03-01"));
    assertThat(d.basis()).contains("only a photo caption gives a date");
  }
}
