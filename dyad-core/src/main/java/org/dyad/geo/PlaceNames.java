package org.dyad.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a place name: lower case, no diacritics, no apostrophes, hyphens and dots as
 * spaces, so that "Ar-Raqqah", "Ar Raqqah" and "ar-Raqqah" meet. scripts/refdata/build-gazetteer.js
 * computes the same keys when it writes the gazetteer; the two must stay in step.
 */
public final class PlaceNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2019'`\u2018\u02BF\u02BE\u02BB\u02BC]");
  private static final Pattern SEPARATORS = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014_.,]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PlaceNames() {}

  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ");
    s = s.toLowerCase(Locale.ROOT).replace('\u0131', 'i');
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /**
   * A 43-bit hash of a key's UTF-8 bytes (FNV-1a, folded): the gazetteer index stores hashes, not
   * strings, and hashes the bytes of its file without decoding them.
   */
  static long hash(byte[] utf8, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= utf8[i] & 0xff;
      h *= 0x100000001b3L;
    }
    return (h ^ (h >>> 43)) & ((1L << 43) - 1);
  }

  static long hash(String key) {
    byte[] b = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return hash(b, 0, b.length);
  }
}
