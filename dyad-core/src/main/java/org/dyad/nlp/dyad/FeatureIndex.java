package org.dyad.nlp.dyad;

import java.util.Arrays;

/** Open-addressing map from a non-zero 64-bit feature key to a row number; -1 when absent. */
final class FeatureIndex {
  private long[] keys;
  private int[] rows;
  private int size;
  private int mask;

  FeatureIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    rows = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  int get(long key) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return rows[i];
      }
      if (k == 0) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Returns the row of {@code key}, giving it row {@link #size()} when new. */
  int add(long key) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return rows[i];
      }
      if (k == 0) {
        keys[i] = key;
        rows[i] = size;
        if (++size * 2 > keys.length) {
          grow();
        }
        return size - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        rows[i] = oldRows[j];
      }
    }
  }

  /** The keys in row order. */
  long[] keysByRow() {
    long[] out = new long[size];
    Arrays.fill(out, 0);
    for (int j = 0; j < keys.length; j++) {
      if (keys[j] != 0) {
        out[rows[j]] = keys[j];
      }
    }
    return out;
  }
}
