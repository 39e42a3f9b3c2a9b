package org.dyad.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.dict.TsvTable;

/**
 * CAMEO codes to PLOVER 0.5 event types (cameo-plover.tsv). The table lists roots and the 3- or
 * 4-digit codes that go elsewhere than their root; a code takes the entry of its longest listed
 * prefix. Codes without an entry (public statements, root 01) have no PLOVER type.
 */
public final class PloverMap {
  private final Map<String, String> types = new HashMap<>();

  public static PloverMap builtIn() {
    PloverMap m = new PloverMap();
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/events/cameo-plover.tsv", "cameo", "plover")) {
      if (!r.get("cameo").matches("\\d{2,4}")) {
        throw new IllegalStateException(r.source() + ": cameo code '" + r.get("cameo") + "' is not 2 to 4 digits");
      }
      m.types.put(r.get("cameo"), r.get("plover").toUpperCase(Locale.ROOT));
    }
    return m;
  }

  /** The PLOVER type of a CAMEO code, or empty when it has none. */
  public Optional<String> type(String cameo) {
    if (cameo == null) {
      return Optional.empty();
    }
    for (int n = Math.min(4, cameo.length()); n >= 2; n--) {
      String t = types.get(cameo.substring(0, n));
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
