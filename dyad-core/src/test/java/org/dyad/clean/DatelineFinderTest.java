package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFinderTest {
  private final DatelineFinder finder = new DatelineFinder();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Wed Aug 31, 2016 3:58PM|2016-08-31",
      "February 04 2020 02:32 PM|2020-02-04",
      "29 December 2018|2018-12-29",
      "Posted: 2019-03-17 10:00 GMT|2019-03-17",
      "Sept. 3, 2021|2021-09-03"})
  void readsCommonDatelines(String line, String expected) {
    assertThat(finder.dateOf(line)).contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "No date here", "February 31 2020", "Syria has been at war since March 2011."})
  void rejectsLinesThatAreNotDatelines(String line) {
    assertThat(finder.dateOf(line)).isEmpty();
  }
}
