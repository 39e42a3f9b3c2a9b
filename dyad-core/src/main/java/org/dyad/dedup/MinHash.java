package org.dyad.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures over word shingles: two texts' signatures agree in a share of positions
 * that estimates the Jaccard similarity of their shingle sets. Words are lower-cased runs of
 * letters and digits, so punctuation, quotes and line breaks that differ between outlets do not
 * matter; a few changed words change only the shingles that contain them.
 */
public final class MinHash {
  /** Signature length: 64 positions estimate Jaccard within about ±0.06. */
  public static final int SIZE = 64;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final int shingleWords;

  /** @param shingleWords words per shingle; 4 to 5 keeps unrelated news apart and copies together */
  public MinHash(int shingleWords) {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be at least 1, was " + shingleWords);
    }
    this.shingleWords = shingleWords;
  }

  /** The signature of a text, or an empty array when it has no words (such texts match nothing). */
  public long[] signature(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] sig = new long[SIZE];
    Arrays.fill(sig, Long.MAX_VALUE);
    int shingles = Math.max(1, words.size() - shingleWords + 1);
    for (int i = 0; i < shingles; i++) {
      long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's words
      for (int w = i; w < Math.min(words.size(), i + shingleWords); w++) {
        String word = words.get(w);
        for (int c = 0; c < word.length(); c++) {
          h = (h ^ word.charAt(c)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      for (int k = 0; k < SIZE; k++) {
        long v = mix(h + 0x9e3779b97f4a7c15L * (k + 1));
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of two signatures: the share of equal positions. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != SIZE || b.length != SIZE) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash of a 64-bit value. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
