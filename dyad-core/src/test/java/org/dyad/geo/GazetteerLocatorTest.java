package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.testing.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Where events are placed, on real parses of sentences written for these tests. */
class GazetteerLocatorTest {
  private static List<Event> events(String text) {
    return SharedPipeline.get().code(new Article("t", "Wed May 15, 2019\n\n" + text)).events();
  }

  /** The location of the only event coded from the text's sentence that contains {@code marker}. */
  private static Location where(String text, String marker) {
    List<Event> found = events(text).stream().filter(e -> e.sentence().text().contains(marker)).toList();
    assertThat(found).as("events of the sentence with '%s'", marker).isNotEmpty();
    return found.get(0).location().orElseThrow(() -> new AssertionError("not placed: " + found.get(0)));
  }

  private static Location where(String sentence) {
    return where(sentence, sentence.substring(0, 10));
  }

  private static double km(Location l, double lat, double lon) {
    double p1 = Math.toRadians(l.lat());
    double p2 = Math.toRadians(lat);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon - l.lon());
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  @Test
  void aPlaceInTheEventsOwnPhraseWins() {
    Location l = where("Turkish troops attacked Syrian troops near Afrin.");
    assertThat(l.place()).isEqualTo("‘Afrīn");
    assertThat(l.country()).isEqualTo("SYR");
    assertThat(l.admin1()).contains("Aleppo");
    assertThat(l.basis()).isEqualTo("event");
    assertThat(km(l, 36.51, 36.87)).isLessThan(10);
  }

  @Test
  void aPlaceOnWhatTheActAimedAtIsTheEventsPlace() {
    Location l = where("Turkish artillery fired shells at positions near Afrin on Monday.");
    assertThat(l.country()).isEqualTo("SYR");
    assertThat(l.basis()).isEqualTo("event");
    assertThat(km(l, 36.51, 36.87)).isLessThan(10);
  }

  @Test
  void aCountryNamedAsTheScene() {
    Location l = where("Ethiopian troops launched an offensive in Somalia.");
    assertThat(l.place()).isEqualTo("Somalia");
    assertThat(l.country()).isEqualTo("SOM");
    assertThat(l.gazetteerId()).isEqualTo("CSOM");
    assertThat(l.basis()).isEqualTo("event");
  }

  @Test
  void alternateSpellingsOfSyrianTownsAndAstana() {
    Location jarabulus = where("Turkish troops clashed with Syrian troops in Jarabulus.");
    Location jarablus = where("Turkish troops clashed with Syrian troops in Jarablus.");
    assertThat(jarabulus.gazetteerId()).isEqualTo("169179").isEqualTo(jarablus.gazetteerId());
    assertThat(km(jarablus, 36.8175, 38.0111)).isLessThan(10);
    assertThat(where("Turkish troops clashed with Syrian troops in Idleb.").gazetteerId()).isEqualTo("169389");
    assertThat(where("Turkish troops clashed with Syrian troops in Ar-Raqqah.").gazetteerId()).isEqualTo("172955");
    assertThat(where("Turkish troops clashed with Syrian troops in Raqqa.").gazetteerId()).isEqualTo("172955");
    Location nurSultan = where("Russian diplomats met Iranian officials in Nur-Sultan.");
    assertThat(nurSultan.gazetteerId()).isEqualTo("1526273");
    assertThat(nurSultan.country()).isEqualTo("KAZ");
    assertThat(where("Russian diplomats met Iranian officials in Astana.").gazetteerId()).isEqualTo("1526273");
  }

  @Test
  void aNameInSeveralCountriesIsResolvedByTheActors() {
    assertThat(where("Lebanese troops clashed with Syrian rebels in Tripoli.").country()).isEqualTo("LBN");
    assertThat(where("Libyan troops clashed with Chadian rebels in Tripoli.").country()).isEqualTo("LBY");
    // No actor from either country: the article's countries decide.
    assertThat(where("Lebanon is tense.\n\nFrench troops clashed with Italian troops in Tripoli.", "French")
        .country()).isEqualTo("LBN");
  }

  @Test
  void aProvinceWhenTheTextSaysProvince() {
    Location l = where("Turkish troops clashed with Syrian troops in Idlib province.");
    assertThat(l.gazetteerId()).isEqualTo("ASY.12");
    assertThat(l.admin1()).contains("Idlib");
    assertThat(where("Turkish troops clashed with Syrian troops in the province of Idlib.").gazetteerId())
        .isEqualTo("ASY.12");
    assertThat(where("Turkish troops clashed with Syrian troops in Idleb province.").gazetteerId())
        .isEqualTo("ASY.12");
    assertThat(where("Turkish troops clashed with Syrian troops in Idleb.").gazetteerId()).isEqualTo("169389");
  }

  @Test
  void aTownBehindAPlaceNoun() {
    Location l = where("Syrian troops clashed with Turkish troops in the city of Manbij.");
    assertThat(l.gazetteerId()).isEqualTo("167357");
    assertThat(l.basis()).isEqualTo("event");
    assertThat(km(l, 36.528, 37.955)).isLessThan(10);
  }

  @Test
  void ownRegionsOfTheTable() {
    Location l = where("Turkish troops clashed with Syrian troops in northern Syria.");
    assertThat(l.place()).isEqualTo("northern Syria");
    assertThat(l.gazetteerId()).isEqualTo("dyad:syria-north");
    assertThat(where("Israeli troops clashed with Syrian troops on the Golan Heights.").place())
        .isEqualTo("Golan Heights");
  }

  @Test
  void aPlaceElsewhereInTheSentenceIsTheSentencesPlace() {
    Location l = where("Russia accused Turkey of shelling villages near Manbij.");
    assertThat(l.gazetteerId()).isEqualTo("167357");
    assertThat(l.basis()).isEqualTo("sentence");
  }

  @Test
  void withoutAPlaceTheDatelineThenTheTargetsCountry() {
    Location dated = where("ANKARA, May 15 (Reuters) - Turkey accused Greece of violating its airspace.", "Greece");
    assertThat(dated.place()).isEqualTo("Ankara");
    assertThat(dated.basis()).isEqualTo("dateline");
    Location coarse = where("Iraq accused Kuwait of stealing oil.");
    assertThat(coarse.place()).isEqualTo("Kuwait");
    assertThat(coarse.gazetteerId()).isEqualTo("CKWT");
    assertThat(coarse.basis()).isEqualTo("target_country");
  }

  @Test
  void neverAPlaceMentionedOnlyInAnotherSentence() {
    String article = "Syrian troops clashed with Turkish troops in Manbij on Friday.\n\n"
        + "Russia accused Turkey of violating the ceasefire.";
    Location l = where(article, "Russia accused");
    assertThat(l.basis()).isEqualTo("target_country");
    assertThat(l.country()).isEqualTo("TUR");
    assertThat(where(article, "Manbij").gazetteerId()).isEqualTo("167357");
  }

  @Test
  void namesUsedAsActorsOrInNamesOfThingsAreNotPlaces() {
    Location l = where("Damascus accused Ankara of undermining the Astana process.");
    assertThat(l.basis()).isEqualTo("target_country");
    assertThat(l.country()).isEqualTo("TUR");
  }

  @Test
  void aCapitalAsTheObjectOfAVerbIsItsGovernmentButATownIsAPlace() {
    assertThat(where("Iran accused Iraq of pressuring Paris.").basis()).isEqualTo("target_country");
    Location town = where("Russia condemned Turkey after Turkish troops shelled Manbij.");
    assertThat(town.gazetteerId()).isEqualTo("167357");
    assertThat(town.basis()).isEqualTo("sentence");
  }

  @Test
  void aDatelineInTheEventsSentenceIsTheDatelinesPlace() {
    Location l = where("PARIS (Reuters) - France urged Iran to free the journalists to force Paris to change its law.",
        "France urged");
    assertThat(l.place()).isEqualTo("Paris");
    assertThat(l.basis()).isEqualTo("dateline");
  }

  @Test
  void acronymsAreNotTowns() {
    Location l = where("Italy accused Libya of sending migrants into the EU.");
    assertThat(l.basis()).isEqualTo("target_country");
    assertThat(l.country()).isEqualTo("LBY");
  }

  @Test
  void theCapitalAsAPlaceIsTheCityNotTheGovernment() {
    Location l = where("Russian officials met Turkish officials in Moscow on Saturday.");
    assertThat(l.place()).isEqualTo("Moscow");
    assertThat(l.country()).isEqualTo("RUS");
    assertThat(l.basis()).isEqualTo("event");
  }
}
