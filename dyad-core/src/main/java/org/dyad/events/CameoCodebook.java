package org.dyad.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.dict.TsvTable;
import org.dyad.model.CameoCode;

/** CAMEO event codes with their names, Goldstein scores and quad classes (cameo.tsv). */
public final class CameoCodebook {
  private final Map<String, CameoCode> codes = new HashMap<>();

  public static CameoCodebook builtIn() {
    CameoCodebook b = new CameoCodebook();
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/events/cameo.tsv", "code", "goldstein", "quad", "name")) {
      b.codes.put(r.get("code"), new CameoCode(r.get("code"), r.get("name"),
          Double.parseDouble(r.get("goldstein")), Integer.parseInt(r.get("quad"))));
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
