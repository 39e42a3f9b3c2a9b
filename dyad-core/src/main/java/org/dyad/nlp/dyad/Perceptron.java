package org.dyad.nlp.dyad;

import java.util.Arrays;

/**
 * Averaged multi-class perceptron over hashed sparse features, for training only: rows are made
 * when a feature is first updated, and {@link #average} turns the result into a compact
 * {@link LinearModel}. Deterministic: the same updates in the same order give the same model.
 */
final class Perceptron {
  final int classes;
  private final FeatureIndex index = new FeatureIndex(1 << 16);
  private float[] weights = new float[classes(1 << 16)];
  private double[] totals = new double[weights.length];
  private int[] stamps = new int[weights.length];
  private int clock = 1;

  Perceptron(int classes) {
    this.classes = classes;
  }

  private int classes(int rows) {
    return rows * classes;
  }

  /** Adds the features' weights into {@code scores} (not cleared). */
  void score(long[] features, int n, float[] scores) {
    for (int f = 0; f < n; f++) {
      int row = index.get(features[f]);
      if (row >= 0) {
        int base = row * classes;
        for (int c = 0; c < classes; c++) {
          scores[c] += weights[base + c];
        }
      }
    }
  }

  /** Counts one training instance; call once per prediction whether or not it was right. */
  void tick() {
    clock++;
  }

  void update(long[] features, int n, int gold, int guess) {
    if (gold == guess) {
      return;
    }
    for (int f = 0; f < n; f++) {
      int row = index.add(features[f]);
      if ((row + 1) * classes > weights.length) {
        int len = Math.max(weights.length * 2, (row + 1) * classes);
        weights = Arrays.copyOf(weights, len);
        totals = Arrays.copyOf(totals, len);
        stamps = Arrays.copyOf(stamps, len);
      }
      bump(row * classes + gold, 1f);
      bump(row * classes + guess, -1f);
    }
  }

  private void bump(int i, float delta) {
    totals[i] += (double) (clock - stamps[i]) * weights[i];
    stamps[i] = clock;
    weights[i] += delta;
  }

  /**
   * The averaged weights; weights below {@code minWeight} (a weight of 1 is one update's worth held
   * for the whole training) are dropped, and the rest rounded to 16 bits.
   */
  LinearModel average(double minWeight) {
    int rows = index.size();
    float[] avg = new float[rows * classes];
    for (int i = 0; i < avg.length; i++) {
      avg[i] = (float) ((totals[i] + (double) (clock - stamps[i]) * weights[i]) / clock);
    }
    return LinearModel.from(classes, index.keysByRow(), avg, (float) minWeight);
  }
}
