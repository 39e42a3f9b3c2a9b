package org.dyad.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.dict.TsvTable;

/**
 * CAMEO codes to PLOVER 0.5 event types (cameo-plover.tsv). The table lists roots and the 3- or
 * 4-digit codes that go elsewhere than their root; a code takes the entry of its longest listed
 * prefix. Codes without an entry (public statements, root 01) have no PLOVER type. The entry may
 * also give a mode: how the act was done ("phone", "hunger-strike", "aerial").
 */
public final class PloverMap {
  private final Map<String, String> types = new HashMap<>();
  private final Map<String, String> modes = new HashMap<>();

  public static PloverMap builtIn() {
    PloverMap m = new PloverMap();
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/events/cameo-plover.tsv", "cameo", "plover")) {
      if (!r.get("cameo").matches("\\d{2,4}")) {
        throw new IllegalStateException(r.source() + ": cameo code '" + r.get("cameo") + "' is not 2 to 4 digits");
      }
      m.types.put(r.get("cameo"), r.get("plover").toUpperCase(Locale.ROOT));
      m.modes.put(r.get("cameo"), r.get("mode"));
    }
    return m;
  }

  /** The PLOVER type of a CAMEO code, or empty when it has none. */
  public Optional<String> type(String cameo) {
    return entry(cameo).map(types::get);
  }

  /** How the act was done ("phone", "aerial"…), from the same entry that gives the type; empty when it says nothing. */
  public Optional<String> mode(String cameo) {
    return entry(cameo).map(modes::get).filter(m -> !m.isEmpty());
  }

  /** The longest listed prefix of a code. */
  private Optional<String> entry(String cameo) {
    if (cameo == null) {
      return Optional.empty();
    }
    for (int n = Math.min(4, cameo.length()); n >= 2; n--) {
      if (types.containsKey(cameo.substring(0, n))) {
        return Optional.of(cameo.substring(0, n));
      }
    }
    return Optional.empty();
  }
}
