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
    assertThat(code("Peruvian farmers protested in Lima on Monday.")).containsExactly("PERCVL 140 PER");
  }

  @Test
  void aPlaceOnlyElsewhereInTheSentenceIsNotATarget() {
    // the protest is then aimed at the protesters' own country, not at Ecuador
    assertThat(code("Peruvian farmers protested on Monday, a day after the minister flew to Quito."))
        .contains("PERCVL 140 PER").noneMatch(e -> e.endsWith(" ECU"));
  }

  @Test
  void aVisitIsToTheCountryOfTheCapitalItArrivesIn() {
    assertThat(code("Kenya's president arrived in Kampala on a state visit.")).containsExactly("KENGOV 042 UGA");
    assertThat(code("The Kenyan president paid a visit to Uganda.")).containsExactly("KENGOV 042 UGA");
  }

  @Test
  void aDomesticActWithNoPlaceIsAimedAtTheSourcesOwnCountry() {
    assertThat(code("The Peruvian government lifted the state of emergency on Tuesday.")).containsExactly("PERGOV 0814 PER");
    assertThat(code("The Kenyan government imposed a curfew.")).containsExactly("KENGOV 1723 KEN");
    assertThat(code("Thousands of Chileans demonstrated on Monday.")).containsExactly("CHL 141 CHL");
  }

  @Test
  void aDomesticActInAPlaceIsAimedAtThatPlacesCountry() {
    assertThat(code("The government of Chad imposed a curfew in Bamako.")).containsExactly("TCDGOV 1723 MLI");
  }

  @Test
  void actsAimedAtOthersOrBySourcesWithoutAStateKeepNoTarget() {
    assertThat(code("Peruvian rebels surrendered on Monday.")).containsExactly("PERREB 0874 -");
    assertThat(code("Police arrested dozens on Monday.")).allSatisfy(e -> assertThat(e).endsWith(" -"));
  }

  @Test
  void aRoleOnlyTargetOfADomesticActTakesThePlacesOrTheSourcesCountry() {
    assertThat(code("Kenyan police arrested dozens of protesters.")).containsExactly("KENCOP 173 KENOPP");
    // the police take their country from the place too (actors.RoleCountries), the protesters from the act
    assertThat(code("Police arrested dozens of protesters in Nairobi.")).containsExactly("KENCOP 173 KENOPP");
    assertThat(code("Police arrested dozens of protesters.")).containsExactly("---COP 173 ---OPP");
  }

  @Test
  void aRoleOnlySourceOfADomesticActTakesTheCountryOfItsPlace() {
    assertThat(code("Students staged a rally in Nairobi on Monday.")).containsExactly("KENCVL 141 KEN");
    assertThat(code("Demonstrators in Lagos blocked a highway.")).containsExactly("NGAOPP 144 NGA");
  }

  @Test
  void eventsThatBecomeTheSameAreOne() {
    assertThat(code("Ugandan riot police used tear gas to disperse demonstrators in Kampala."))
        .containsExactly("UGACOP 175 UGAOPP");
  }

  @Test
  void aidSuspendedInAPlaceIsAidReducedToItsCountry() {
    assertThat(code("The Red Cross suspended aid deliveries in Mogadishu on Monday.")).containsExactly("NGOICR 162 SOM");
  }

  @Test
  void anArrestWithNoDoerNamedIsByTheAuthoritiesOfItsPlace() {
    assertThat(code("A Canadian missionary was arrested in Lebanon.")).containsExactly("LBN 173 CAN");
  }

  @Test
  void jailingPardoningAndOutlawingAreDomesticActs() {
    assertThat(code("Egypt jailed a prominent blogger.")).containsExactly("EGY 173 EGY");
    assertThat(code("The Moroccan king pardoned 500 prisoners.")).containsExactly("MARGOV 0841 MAR");
    assertThat(code("Burma granted amnesty to 200 political prisoners.")).containsExactly("MMR 0841 MMR");
    assertThat(code("Turkey outlawed a pro-Kurdish party.")).containsExactly("TUR 1722 TUR");
  }
}
