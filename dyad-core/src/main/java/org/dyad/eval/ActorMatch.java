package org.dyad.eval;

import java.util.List;
import org.dyad.model.Actor;

/**
 * How strictly a coded actor must agree with a gold actor list. Either way an empty list means
 * the actor was not annotated and matches anything, and a gold entry of three letters ("USA")
 * names a country only (or "IGO" any organisation), so it is compared with the first three letters of
 * the coded actor's country.
 *
 * <p>{@link #COUNTRY} mode also reads two conventions of older gold sets: the CAMEO country codes
 * of older dictionaries match their ISO codes ({@code JAP} = {@code JPN}, {@code ITL} = {@code ITA},
 * {@code VTN} = {@code VNM}); and non-state international bodies are one class, as PLOVER's gold
 * writes {@code IGO} and {@code NGO} for them interchangeably (Amnesty International and the Red
 * Cross appear as {@code IGO}, "a human rights group" as {@code NGO}), so a gold {@code IGO} or
 * {@code NGO} matches any coded {@code IGO…} or {@code NGO…} code. A non-state group with a home
 * country ({@code IMGHAM} at home in {@code PSE}, see {@link Actor#countryLevel()}) counts as that
 * country. {@link #EXACT} mode keeps all of these apart.
 */
public enum ActorMatch {
  /** The coded code (country + role, "USAGOV") is one of the list. */
  EXACT,
  /**
   * The coded actor's country (first three letters: "IGO" for organisations) is that of one of
   * the list, with old country codes read as their ISO codes and IGO and NGO as one class.
   */
  COUNTRY;

  public boolean matches(List<String> gold, Actor coded) {
    if (gold.isEmpty()) {
      return true;
    }
    for (String g : gold) {
      boolean ok = switch (this) {
        case EXACT -> g.equals(coded.code()) || g.length() == 3 && g.equals(prefix(coded.country()));
        case COUNTRY -> countryClass(g).equals(countryClass(coded.countryLevel()));
      };
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** Country codes of older CAMEO dictionaries that gold sets still use, and their ISO codes. */
  private static final java.util.Map<String, String> OLD_CODES = java.util.Map.of("JAP", "JPN", "ITL", "ITA",
      "VTN", "VNM");

  /** Non-state international bodies, whichever of the two prefixes a gold set wrote. */
  private static final String INTERNATIONAL_BODY = "IGO/NGO";

  private static String countryClass(String code) {
    String p = prefix(code);
    return p.equals("IGO") || p.equals("NGO") ? INTERNATIONAL_BODY : p;
  }

  private static String prefix(String code) {
    String p = code.length() <= 3 ? code : code.substring(0, 3);
    return OLD_CODES.getOrDefault(p, p);
  }
}
