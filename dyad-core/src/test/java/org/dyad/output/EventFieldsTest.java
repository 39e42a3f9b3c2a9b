package org.dyad.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.CameoCode;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Modality;
import org.dyad.model.Sentence;
import org.dyad.testing.Sentences;
import org.junit.jupiter.api.Test;

/** The location fields of the output record. */
class EventFieldsTest {
  private static Event event() {
    Sentence s = Sentences.of("Chile accused Peru of dumping waste in Arica.");
    ActorMention chile = new ActorMention(new Actor("CHL", ""), 0, 1, 0, 5, "Chile", "test", false, false);
    ActorMention peru = new ActorMention(new Actor("PER", ""), 2, 3, 14, 18, "Peru", "test", false, false);
    return new Event("a", Optional.empty(), Optional.empty(), "none", s, chile, peru,
        new CameoCode("112", "Accuse", -2, 3), Modality.ASSERTED, s.tokens().get(1), "112 accuse -> obj");
  }

  @Test
  void locationFieldsComeLastAndAreNullWhenTheEventIsNotPlaced() {
    Map<String, Object> f = EventFields.of(event());
    List<String> names = new ArrayList<>(f.keySet());
    assertThat(names.subList(names.size() - 7, names.size()))
        .containsExactly("place", "place_country", "admin1", "lat", "lon", "geonames_id", "location_basis");
    assertThat(names.indexOf("place")).isGreaterThan(names.indexOf("rule"));
    assertThat(f.get("place")).isNull();
    assertThat(f.get("lat")).isNull();
    assertThat(f.get("location_basis")).isNull();
  }

  @Test
  void aPlacedEventCarriesItsPlaceRoundedCoordinatesAndBasis() {
    Event placed = event().withLocation(
        new Location("Arica", "CHL", Optional.of("Arica y Parinacota"), -18.475051, -70.312119, "3899361", "sentence"));
    Map<String, Object> f = EventFields.of(placed);
    assertThat(f.get("place")).isEqualTo("Arica");
    assertThat(f.get("place_country")).isEqualTo("CHL");
    assertThat(f.get("admin1")).isEqualTo("Arica y Parinacota");
    assertThat(f.get("lat")).isEqualTo(-18.4751);
    assertThat(f.get("lon")).isEqualTo(-70.3121);
    assertThat(f.get("geonames_id")).isEqualTo("3899361");
    assertThat(f.get("location_basis")).isEqualTo("sentence");
  }
}
