package org.dyad.model;

/**
 * A coded actor: a country (ISO alpha-3, a region, or an IGO/IMG code) and an optional role.
 *
 * @param country the country, region or organisation code, e.g. "TUR", "IGOUNO"
 * @param role    the role code such as "GOV" or "MIL", or "" when none was stated
 */
public record Actor(String country, String role) {
  public String code() {
    return country + role;
  }

  @Override
  public String toString() {
    return code();
  }
}
