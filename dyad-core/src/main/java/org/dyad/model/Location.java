package org.dyad.model;

import java.util.Optional;

/**
 * Where an event happened, and how dyad decided it.
 *
 * @param place      the place name as the gazetteer has it (a town, a province, a country)
 * @param country    the ISO 3166 alpha-3 code of the country the place is in
 * @param admin1     the first-level administrative division, when known
 * @param lat        latitude in degrees
 * @param lon        longitude in degrees
 * @param gazetteerId the gazetteer's id for the place (GeoNames id, or dyad's own for added places)
 * @param basis      which rule placed the event: "event" (the event's own phrase), "sentence",
 *                   "dateline", "target_country"
 */
public record Location(String place, String country, Optional<String> admin1, double lat, double lon,
    String gazetteerId, String basis) {}
