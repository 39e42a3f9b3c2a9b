package org.dyad.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.dict.TsvTable;
import org.dyad.model.CameoCode;

/**
 * CAMEO event codes with their names, Goldstein scores and quad classes (cameo.tsv), and the PLOVER
 * type of each (cameo-plover.tsv). Read-only; the {@code with…} methods return new codebooks.
 */
public final class CameoCodebook {
  private final Map<String, CameoCode> codes = new HashMap<>();

  public static CameoCodebook builtIn() {
    CameoCodebook b = new CameoCodebook();
    PloverMap plover = PloverMap.builtIn();
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/events/cameo.tsv", "code", "goldstein", "quad", "name")) {
      b.codes.put(r.get("code"), new CameoCode(r.get("code"), r.get("name"),
          Double.parseDouble(r.get("goldstein")), Integer.parseInt(r.get("quad")),
          plover.type(r.get("code")).orElse(""), plover.mode(r.get("code")).orElse("")));
    }
    return b;
  }

  /** This codebook with every code's quad class taken from {@code scheme}. */
  public CameoCodebook withQuadClasses(QuadClasses scheme) {
    CameoCodebook b = new CameoCodebook();
    codes.forEach((k, c) -> b.codes.put(k, new CameoCode(c.code(), c.name(), c.goldstein(),
        c.quadClass() == 0 && c.name().startsWith("not a CAMEO code (") ? 0 : scheme.of(c.code()), c.plover(), c.ploverMode())));
    return b;
  }

  /**
   * This codebook plus codes it does not know (an imported dictionary's own codes, such as the
   * WEIS-style codes of old TABARI dictionaries): each takes the Goldstein score and quad class of
   * its longest known prefix ("1717" those of "171"), or 0 and quad class 0 when it has none.
   */
  public CameoCodebook extendedWith(java.util.Collection<String> extra) {
    CameoCodebook b = new CameoCodebook();
    b.codes.putAll(codes);
    for (String c : extra) {
      if (codes.containsKey(c)) {
        continue;
      }
      CameoCode known = null;
      for (int n = c.length() - 1; n >= 2 && known == null; n--) {
        known = codes.get(c.substring(0, n));
      }
      b.codes.put(c, known == null ? new CameoCode(c, "not a CAMEO code (imported dictionary)", 0.0, 0)
          : new CameoCode(c, "not a CAMEO code; scored as " + known.code() + " " + known.name(),
              known.goldstein(), known.quadClass(), known.plover(), known.ploverMode()));
    }
    return b;
  }

  public Optional<CameoCode> lookup(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  public int size() {
    return codes.size();
  }
}
