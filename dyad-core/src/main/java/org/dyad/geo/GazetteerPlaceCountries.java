package org.dyad.geo;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.actors.PlaceCountries;

/**
 * The actor stage's place lookup answered from the gazetteer. Only places that matter count: a
 * country, a province or one of dyad's regions, a capital, a province seat, or a town of at least
 * {@value #MIN_TOWN_POPULATION} people. A name is a place in a country when those all lie in that
 * country; else when exactly one of them is a country ("Georgia"), or a capital ("Paris", "Tripoli":
 * Libya's, over Lebanon's port); else when one has ten times the people of any in another country
 * ("Alexandria"). But first, when the sentence names one of the countries, its place is meant
 * ("Tripoli ... the north Lebanese port"). Otherwise the name is left unresolved ("Gaza": a Palestinian city and a
 * Mozambican province; "Punjab": provinces of India and Pakistan). The gazetteer is fetched on
 * first use, as it loads on a thread of its own.
 */
public final class GazetteerPlaceCountries implements PlaceCountries {
  static final long MIN_TOWN_POPULATION = 50_000;

  private final Supplier<Gazetteer> gazetteer;

  public GazetteerPlaceCountries(Supplier<Gazetteer> gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Optional<String> countryOf(String name, java.util.Set<String> named) {
    List<Place> places = gazetteer.get().lookup(name).stream().filter(GazetteerPlaceCountries::matters).toList();
    if (places.isEmpty()) {
      return Optional.empty();
    }
    if (places.stream().map(Place::country).distinct().count() == 1) {
      return Optional.of(places.get(0).country());
    }
    Optional<String> inNamed = onlyOne(places.stream().filter(p -> named.contains(p.country())).toList());
    if (inNamed.isPresent()) {
      return inNamed; // "Tripoli" in a sentence about Lebanon
    }
    Optional<String> only = onlyOne(places.stream().filter(Place::isCountry).toList());
    if (only.isPresent() || places.stream().anyMatch(Place::isCountry)) {
      return only;
    }
    only = onlyOne(places.stream().filter(p -> p.featureCode().equals("PPLC")).toList());
    if (only.isPresent()) {
      return only;
    }
    Place largest = places.stream().max(java.util.Comparator.comparingLong(Place::population)).get();
    boolean dominant = places.stream().filter(p -> !p.country().equals(largest.country()))
        .allMatch(p -> p.population() * 10 <= largest.population());
    return dominant ? Optional.of(largest.country()) : Optional.empty();
  }

  private static Optional<String> onlyOne(List<Place> places) {
    return places.stream().map(Place::country).distinct().count() == 1
        ? Optional.of(places.get(0).country()) : Optional.empty();
  }

  private static boolean matters(Place p) {
    String f = p.featureCode();
    return p.isCountry() || p.isProvince() || p.id().startsWith("dyad:") || f.equals("PPLC") || f.equals("PPLA")
        || f.startsWith("PPL") && p.population() >= MIN_TOWN_POPULATION;
  }
}
