package org.dyad.actors;

import java.util.Optional;

/**
 * The country a place name lies in ("Darfur" → SDN, "Baghdad" → IRQ), for actors the text names
 * only by their role and place ("Darfur rebels", "demonstrators in Baghdad"). In a pipeline the geo
 * stage's gazetteer answers (see {@code geo.GazetteerPlaceCountries}); without one the actor
 * dictionaries' own country names and capitals still are places. Implementations are read-only
 * and shared between threads.
 */
@FunctionalInterface
public interface PlaceCountries {
  /** Knows no place beyond the actor dictionaries. */
  PlaceCountries NONE = (name, named) -> Optional.empty();

  /**
   * @param name  a capitalised phrase as written ("West Darfur", "Monrovia")
   * @param named the countries the sentence names otherwise: among places of this name in several
   *              countries, the one in a named country is meant ("Tripoli" in a sentence about
   *              Lebanon)
   * @return the CAMEO code of the country it names a place in, when the name is a place and its
   *         country is clear; empty otherwise (not a place, or towns of that name in several
   *         countries with none standing out)
   */
  Optional<String> countryOf(String name, java.util.Set<String> named);

  /** {@link #countryOf(String, java.util.Set)} with no country named around it. */
  default Optional<String> countryOf(String name) {
    return countryOf(name, java.util.Set.of());
  }
}
