package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The built-in gazetteer: spellings, homonyms, and the Java keys matching the generator's. */
class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.builtIn();

  private static List<String> ids(String name) {
    return GAZETTEER.lookup(name).stream().map(Place::id).toList();
  }

  @Test
  void alternateSpellingsLeadToTheSameTown() {
    assertThat(ids("Jarablus")).contains("169179").isEqualTo(ids("Jarabulus"));
    assertThat(ids("Idleb")).contains("169389");
    assertThat(ids("Idlib")).contains("169389", "ASY.12");
    assertThat(ids("Raqqa")).contains("172955");
    assertThat(ids("Raqqah")).contains("172955");
    assertThat(ids("Ar-Raqqah")).contains("172955");
    assertThat(ids("ar Raqqah")).contains("172955");
    assertThat(ids("Nur-Sultan")).containsExactly("1526273");
    assertThat(ids("Astana")).contains("1526273");
    assertThat(ids("Manbij")).contains("167357");
  }

  @Test
  void aNameCanMeanPlacesInSeveralCountries() {
    assertThat(GAZETTEER.lookup("Tripoli")).extracting(Place::country).contains("LBY", "LBN");
    assertThat(GAZETTEER.lookup("Moscow")).extracting(Place::country).contains("RUS", "USA");
  }

  @Test
  void countriesProvincesAndOwnRegionsAreThere() {
    Place syria = GAZETTEER.country("SYR").orElseThrow();
    assertThat(syria.name()).isEqualTo("Syria");
    assertThat(syria.isCountry()).isTrue();
    assertThat(GAZETTEER.lookup("Syrian Arab Republic")).contains(syria);
    assertThat(GAZETTEER.lookup("northern Syria")).extracting(Place::id).containsExactly("dyad:syria-north");
    assertThat(GAZETTEER.lookup("Golan Heights")).extracting(Place::country).containsExactly("SYR");
    assertThat(GAZETTEER.lookup("the Euphrates".substring(4))).extracting(Place::featureCode).containsExactly("STM");
    Place idlibProvince = GAZETTEER.lookup("Idlib").stream().filter(Place::isProvince).findFirst().orElseThrow();
    assertThat(idlibProvince.admin1()).isEqualTo("Idlib");
    assertThat(GAZETTEER.lookup("Damascus Governorate")).extracting(Place::featureCode).containsExactly("ADM1");
  }

  @Test
  void placesCarryTheirProvinceAndCameoCountry() {
    Place jarablus = GAZETTEER.lookup("Jarablus").get(0);
    assertThat(jarablus.country()).isEqualTo("SYR");
    assertThat(jarablus.admin1()).isEqualTo("Aleppo");
    assertThat(jarablus.lat()).isBetween(36.8, 36.83);
    assertThat(jarablus.lon()).isBetween(38.0, 38.02);
    assertThat(GAZETTEER.lookup("Pristina")).extracting(Place::country).contains("KSV");
  }

  @Test
  void ordinaryWordsAndCodesAreNotNames() {
    assertThat(GAZETTEER.lookup("DAM")).noneMatch(p -> p.name().equals("Damascus"));
    assertThat(GAZETTEER.lookup("")).isEmpty();
  }

  /** build-gazetteer.js and PlaceNames.key must agree, or names would silently stop matching. */
  @Test
  void theGeneratorsKeysAreTheJavaKeysOfEveryName() throws Exception {
    try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        GazetteerTest.class.getResourceAsStream("/org/dyad/geo/gazetteer.tsv.gz")), StandardCharsets.UTF_8))) {
      String line;
      int checked = 0;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String key = PlaceNames.key(f[1]);
        if (!key.isEmpty()) {
          assertThat(List.of(f[8].split("\\|"))).as(line).contains(key);
          checked++;
        }
      }
      assertThat(checked).isGreaterThan(200_000);
    }
  }
}
