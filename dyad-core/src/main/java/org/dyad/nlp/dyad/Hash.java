package org.dyad.nlp.dyad;

/**
 * 64-bit feature keys: a template number mixed with up to four values (word hashes, tag ids,
 * labels, distances). No allocation; two different features collide with negligible probability.
 */
final class Hash {
  private Hash() {}

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  static long f(int template, long a) {
    return nonZero(mix(template * 0x9E3779B97F4A7C15L + a));
  }

  static long f(int template, long a, long b) {
    return nonZero(mix(mix(template * 0x9E3779B97F4A7C15L + a) + b));
  }

  static long f(int template, long a, long b, long c) {
    return nonZero(mix(mix(mix(template * 0x9E3779B97F4A7C15L + a) + b) + c));
  }

  static long f(int template, long a, long b, long c, long d) {
    return nonZero(mix(mix(mix(mix(template * 0x9E3779B97F4A7C15L + a) + b) + c) + d));
  }

  private static long nonZero(long h) {
    return h == 0 ? 1 : h;
  }

  /** Hash of {@code s[from, to)}, optionally lower-cased, without making a string. */
  static long chars(CharSequence s, int from, int to, boolean lower) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (lower) {
        c = Character.toLowerCase(c);
      }
      h = (h ^ c) * 0x100000001b3L;
    }
    return mix(h + (to - from));
  }

  static long word(CharSequence s) {
    return chars(s, 0, s.length(), false);
  }

  static long lower(CharSequence s) {
    return chars(s, 0, s.length(), true);
  }

  /** Lower-cased suffix of up to {@code k} characters (the whole word when shorter). */
  static long suffix(CharSequence s, int k) {
    int n = s.length();
    return chars(s, Math.max(0, n - k), n, true) * 31 + k;
  }

  /**
   * Word shape with runs collapsed: "Obama" → "Xx", "U.S." → "X.X.", "2016" → "d", "al-Assad" →
   * "x-Xx". Returned as a hash.
   */
  static long shape(CharSequence s) {
    long h = 0x84222325L;
    char last = 0;
    int n = Math.min(s.length(), 24);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (k != last) {
        h = (h ^ k) * 0x100000001b3L;
        last = k;
      }
    }
    return mix(h);
  }
}
