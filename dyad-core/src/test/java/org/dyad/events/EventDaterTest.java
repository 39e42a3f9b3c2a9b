package org.dyad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.testing.Sentences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDaterTest {
  /** A Wednesday. */
  private static final Optional<LocalDate> STORY = Optional.of(LocalDate.of(2016, 8, 31));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "On Wednesday the talks took place.|2016-08-31|day",
      "On Monday the talks took place.|2016-08-29|day",
      "Yesterday the talks took place.|2016-08-30|day",
      "On August 24 the talks took place.|2016-08-24|day",
      "On December 30 the talks took place.|2015-12-30|day",
      "On March 3, 2014 the talks took place.|2014-03-03|day",
      "Two days ago the talks took place.|2016-08-29|day",
      "Last month the talks took place.|2016-07-01|month",
      "Earlier this month the talks took place.|2016-08-01|month",
      "In March the talks took place.|2016-03-01|month",
      "In November the talks took place.|2015-11-01|month",
      "In March 2014 the talks took place.|2014-03-01|month",
      "Last year the talks took place.|2015-01-01|year",
      "In 2013 the talks took place.|2013-01-01|year",
      "The talks took place.|2016-08-31|story"})
  void resolvesAgainstTheArticleDateIntoThePast(String text, String expected, String precision) {
    EventDater.Dated d = new EventDater().date(Sentences.of(text), 3, STORY);
    assertThat(d.date()).contains(LocalDate.parse(expected));
    assertThat(d.precision()).isEqualTo(precision);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"On Monday the talks took place.", "The talks took place."})
  void withoutAnArticleDateThereIsNoEventDate(String text) {
    assertThat(new EventDater().date(Sentences.of(text), 3, Optional.empty()).date()).isEmpty();
  }
}
