package org.dyad.events;

import java.util.Map;
import java.util.Optional;

/** CAMEO tables list a root or a more specific code; a code takes the entry of its longest listed prefix. */
final class LongestPrefix {
  private LongestPrefix() {}

  /** The value of the longest prefix of {@code code} (at least the 2-digit root) in {@code table}. */
  static <V> Optional<V> lookup(Map<String, V> table, String code) {
    for (int len = code.length(); len >= 2; len--) {
      V v = table.get(code.substring(0, len));
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
