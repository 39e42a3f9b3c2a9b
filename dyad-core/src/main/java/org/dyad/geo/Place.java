package org.dyad.geo;

/**
 * One gazetteer entry.
 *
 * @param id          GeoNames id, "A" + GeoNames admin1 code for provinces ("ASY.12"), "C" + country code
 *                    for countries ("CSYR"), or "dyad:..." for dyad's own regions and rivers
 * @param name        the name as the gazetteer writes it
 * @param lat         latitude in degrees
 * @param lon         longitude in degrees
 * @param featureCode GeoNames feature code: PPLC capital, PPLA province seat, PPL town..., ADM1
 *                    province, PCLI country; RGN, STM, MTS... for dyad's own entries
 * @param country     CAMEO country code (ISO alpha-3 for nearly all)
 * @param admin1      the province's name, or "" when unknown
 * @param population  GeoNames population (0 when unknown; a province sums its places)
 */
public record Place(String id, String name, double lat, double lon, String featureCode, String country,
    String admin1, long population) {

  public boolean isCountry() {
    return featureCode.equals("PCLI");
  }

  public boolean isProvince() {
    return featureCode.equals("ADM1");
  }

  /** A place within a country: a town, a province, a region, a river. */
  public boolean isSubnational() {
    return !isCountry();
  }

  /** Smaller is more precise: towns 0, provinces and regions 1, countries 2. */
  public int coarseness() {
    if (isCountry()) {
      return 2;
    }
    return featureCode.startsWith("PPL") ? 0 : 1;
  }
}
