package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** A protest or concession with no target takes the country of the place its own phrase names. */
class PlaceAsTargetTest {
  private static List<String> code(String text) {
    List<Event> events = SharedPipeline.get().code(new Article("t", "Wed May 15, 2019\n\n" + text)).events();
    return events.stream().filter(e -> e.modality().countsAsEvent())
        .map(e -> e.source().actor() + " " + e.code().code() + " " + (e.target().isNone() ? "-" : e.target().actor()))
        .toList();
  }

  @Test
  void aDomesticProtestIsTowardTheCountryItHappensIn() {
    assertThat(code("Peruvian farmers protested in Lima on Monday.")).containsExactly("PER 140 PER");
  }

  @Test
  void aPlaceOnlyElsewhereInTheSentenceIsNotATarget() {
    assertThat(code("Peruvian farmers protested on Monday, a day after the minister flew to Lima."))
        .allSatisfy(e -> assertThat(e).doesNotEndWith(" PER").doesNotStartWith("PER 140 P"));
  }

  @Test
  void aVisitIsToTheCountryOfTheCapitalItArrivesIn() {
    assertThat(code("Kenya's president arrived in Kampala on a state visit.")).containsExactly("KENGOV 042 UGA");
    assertThat(code("The Kenyan president paid a visit to Uganda.")).containsExactly("KENGOV 042 UGA");
  }
}
