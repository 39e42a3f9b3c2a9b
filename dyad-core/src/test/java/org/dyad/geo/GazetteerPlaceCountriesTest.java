package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerPlaceCountriesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.builtIn();
  private final GazetteerPlaceCountries places = new GazetteerPlaceCountries(() -> GAZETTEER);

  @Test
  void aPlaceOfOneCountryIsInIt() {
    assertThat(places.countryOf("Darfur")).contains("SDN");
    assertThat(places.countryOf("Kumasi")).contains("GHA");
    assertThat(places.countryOf("Baghdad")).contains("IRQ");
  }

  @Test
  void aCountryOrACapitalOrAFarLargerPlaceWinsOverNamesakes() {
    assertThat(places.countryOf("Georgia")).contains("GEO");
    assertThat(places.countryOf("Paris")).contains("FRA");
    assertThat(places.countryOf("Alexandria")).contains("EGY");
  }

  @Test
  void aNamesakeInACountryTheSentenceNamesIsMeant() {
    assertThat(places.countryOf("Tripoli")).contains("LBY");
    assertThat(places.countryOf("Tripoli", java.util.Set.of("LBN", "SYR"))).contains("LBN");
    assertThat(places.countryOf("Punjab", java.util.Set.of("PAK"))).contains("PAK");
  }

  @Test
  void namesakesOfLikeStandingAreLeftUnresolved() {
    assertThat(places.countryOf("Punjab")).isEmpty();
    assertThat(places.countryOf("Gaza")).isEmpty();
    assertThat(places.countryOf("Qwertyville")).isEmpty();
  }
}
