package org.dyad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.dict.DictionaryException;
import org.dyad.dict.TsvTable;

/**
 * Which quad class each CAMEO root belongs to, in one of the schemes of quad-classes.tsv (GDELT's
 * or Phoenix's). Datasets disagree on the grouping, so comparisons need the same scheme on both sides.
 */
public final class QuadClasses {
  public static final List<String> SCHEMES = List.of("gdelt", "phoenix");

  private final String scheme;
  private final Map<String, Integer> byRoot = new HashMap<>();

  private QuadClasses(String scheme) {
    this.scheme = scheme;
  }

  /** @throws IllegalArgumentException for a scheme the table does not have */
  public static QuadClasses builtIn(String scheme) {
    if (!SCHEMES.contains(scheme)) {
      throw new IllegalArgumentException("unknown quad-class scheme '" + scheme + "': use one of " + SCHEMES);
    }
    QuadClasses q = new QuadClasses(scheme);
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/events/quad-classes.tsv", "root", scheme)) {
      try {
        q.byRoot.put(r.get("root"), Integer.parseInt(r.get(scheme)));
      } catch (NumberFormatException e) {
        throw new DictionaryException(r.source() + ": quad class '" + r.get(scheme) + "' is not a number");
      }
    }
    return q;
  }

  public String scheme() {
    return scheme;
  }

  /** The quad class of a code by its root, or 0 for a root the table lacks (an imported code). */
  public int of(String code) {
    return code.length() < 2 ? 0 : byRoot.getOrDefault(code.substring(0, 2), 0);
  }
}
