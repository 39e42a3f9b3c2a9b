package org.dyad.model;

/**
 * A coded actor: a country (ISO alpha-3, a region, or an IGO/IMG code) and an optional role.
 *
 * @param country the country, region or organisation code, e.g. "TUR", "IGOUNO"
 * @param role    the role code such as "GOV" or "MIL", or "" when none was stated
 * @param home    for a non-state group rooted in one country (Hamas, Hezbollah, the Taliban: the
 *                {@code home} column of organisations.tsv), that country's code ("PSE"); "" for
 *                everyone else. It is not part of {@link #code()}: the group keeps its own code,
 *                and {@link #countryLevel()} is what compares with countries.
 */
public record Actor(String country, String role, String home) {
  public Actor {
    home = home == null ? "" : home;
  }

  /** An actor with no home country of its own beyond {@code country}. */
  public Actor(String country, String role) {
    this(country, role, "");
  }

  public String code() {
    return country + role;
  }

  /** The country this actor counts as when actors are compared by country: its home, else its country code. */
  public String countryLevel() {
    return home.isEmpty() ? country : home;
  }

  @Override
  public String toString() {
    return code();
  }
}
