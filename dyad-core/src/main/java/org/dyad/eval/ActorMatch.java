package org.dyad.eval;

import java.util.List;
import org.dyad.model.Actor;

/**
 * How strictly a coded actor must agree with a gold actor list. Either way an empty list means
 * the actor was not annotated and matches anything, and a gold entry of three letters ("USA")
 * names a country only (or "IGO" any organisation), so it is compared with the first three letters of
 * the coded actor's country.
 */
public enum ActorMatch {
  /** The coded code (country + role, "USAGOV") is one of the list. */
  EXACT,
  /** The coded actor's country (first three letters: "IGO" for organisations) is that of one of the list. */
  COUNTRY;

  public boolean matches(List<String> gold, Actor coded) {
    if (gold.isEmpty()) {
      return true;
    }
    for (String g : gold) {
      boolean ok = switch (this) {
        case EXACT -> g.equals(coded.code()) || g.length() == 3 && g.equals(prefix(coded.country()));
        case COUNTRY -> prefix(g).equals(prefix(coded.country()));
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

  private static String prefix(String code) {
    String p = code.length() <= 3 ? code : code.substring(0, 3);
    return OLD_CODES.getOrDefault(p, p);
  }
}
