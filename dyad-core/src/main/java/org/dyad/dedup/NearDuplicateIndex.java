package org.dyad.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, among the articles indexed so far, the one a new article copies. Locality-sensitive
 * hashing over {@link MinHash} signatures (16 bands of 4 positions) proposes candidates that share
 * a band; a candidate is a near-duplicate when its estimated similarity reaches the threshold.
 *
 * <p>Not thread-safe: the corpus run consults and fills it from one thread, in input order, so
 * that which article counts as the original does not depend on coding speed.
 */
public final class NearDuplicateIndex {
  private static final int BANDS = 16;
  private static final int ROWS = MinHash.SIZE / BANDS;

  /** The article an article copies, and how similar the two are (0..1). */
  public record Match(String key, double similarity) {}

  private final double threshold;
  private final Map<String, long[]> signatures = new HashMap<>();
  private final Map<Long, List<String>> buckets = new HashMap<>();

  /** @param threshold the estimated Jaccard similarity from which an article is a copy; above 1 turns detection off */
  public NearDuplicateIndex(double threshold) {
    if (!(threshold > 0)) {
      throw new IllegalArgumentException("near-duplicate threshold must be above 0, was " + threshold);
    }
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  public int size() {
    return signatures.size();
  }

  /** Adds an article under its key; a signature without words is not indexed. */
  public void add(String key, long[] signature) {
    if (signature.length != MinHash.SIZE || signatures.putIfAbsent(key, signature) != null) {
      return;
    }
    for (int b = 0; b < BANDS; b++) {
      buckets.computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>()).add(key);
    }
  }

  /**
   * The most similar indexed article at or above the threshold; ties go to the smaller key, so the
   * answer does not depend on the order articles were added in.
   */
  public Optional<Match> original(long[] signature) {
    if (signature.length != MinHash.SIZE || threshold > 1) {
      return Optional.empty();
    }
    Match best = null;
    for (int b = 0; b < BANDS; b++) {
      for (String key : buckets.getOrDefault(bandKey(signature, b), List.of())) {
        double s = MinHash.similarity(signature, signatures.get(key));
        if (s >= threshold && (best == null || s > best.similarity()
            || s == best.similarity() && key.compareTo(best.key()) < 0)) {
          best = new Match(key, s);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The keys of a signature's bands: two articles are compared only when they share one. The
   * Spark job finds candidate pairs by these keys, then replays {@link #original} on them.
   */
  public static long[] bandKeys(long[] signature) {
    if (signature.length != MinHash.SIZE) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      keys[b] = bandKey(signature, b);
    }
    return keys;
  }

  private static long bandKey(long[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = MinHash.mix(h * 31 + sig[band * ROWS + r]);
    }
    return h;
  }
}
