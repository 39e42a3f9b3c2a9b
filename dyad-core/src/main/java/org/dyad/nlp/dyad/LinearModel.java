package org.dyad.nlp.dyad;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;

/**
 * A trained linear model, read-only and shared by threads: for each feature key the classes it
 * votes for, stored sparsely (compressed rows), weights as 16-bit integers times the row's scale
 * (one scale per row: averaged weights of rare and frequent features differ by orders of
 * magnitude, and one scale for all rounded the rare ones away, costing 3 points of attachment).
 * Scoring a feature costs one hash lookup and a pass over its non-zero classes.
 */
final class LinearModel {
  final int classes;
  private final FeatureIndex index;
  private final int[] rowStart;
  private final byte[] cls;
  private final short[] weight;
  private final float[] scale;

  private LinearModel(int classes, FeatureIndex index, int[] rowStart, byte[] cls, short[] weight, float[] scale) {
    this.classes = classes;
    this.index = index;
    this.rowStart = rowStart;
    this.cls = cls;
    this.weight = weight;
    this.scale = scale;
  }

  /**
   * @param threshold weights smaller than this (absolute) are dropped, and rows left empty with
   *                  them
   */
  static LinearModel from(int classes, long[] keys, float[] dense, float threshold) {
    if (classes > 255) {
      throw new IllegalArgumentException("at most 255 classes");
    }
    int kept = 0;
    int nonZero = 0;
    for (int r = 0; r < keys.length; r++) {
      int nz = count(dense, r, classes, threshold);
      if (nz > 0) {
        kept++;
        nonZero += nz;
      }
    }
    FeatureIndex index = new FeatureIndex(kept);
    int[] rowStart = new int[kept + 1];
    float[] scale = new float[kept];
    byte[] cls = new byte[nonZero];
    short[] weight = new short[nonZero];
    int at = 0;
    for (int r = 0; r < keys.length; r++) {
      if (count(dense, r, classes, threshold) == 0) {
        continue;
      }
      int row = index.add(keys[r]);
      float max = 0;
      for (int c = 0; c < classes; c++) {
        max = Math.max(max, Math.abs(dense[r * classes + c]));
      }
      scale[row] = max / 32000f;
      rowStart[row] = at;
      for (int c = 0; c < classes; c++) {
        float w = dense[r * classes + c];
        if (Math.abs(w) >= threshold && w != 0) {
          cls[at] = (byte) c;
          weight[at] = (short) Math.round(w / scale[row]);
          at++;
        }
      }
      rowStart[row + 1] = at;
    }
    return new LinearModel(classes, index, rowStart, cls, weight, scale);
  }

  private static int count(float[] dense, int r, int classes, float threshold) {
    int nz = 0;
    for (int c = 0; c < classes; c++) {
      float w = dense[r * classes + c];
      if (Math.abs(w) >= threshold && w != 0) {
        nz++;
      }
    }
    return nz;
  }

  int features() {
    return rowStart.length - 1;
  }

  /** Clears {@code scores[0, classes)} and adds the features' weights. */
  void score(long[] features, int n, float[] scores) {
    java.util.Arrays.fill(scores, 0, classes, 0f);
    for (int f = 0; f < n; f++) {
      int row = index.get(features[f]);
      if (row >= 0) {
        float k = scale[row];
        for (int i = rowStart[row], end = rowStart[row + 1]; i < end; i++) {
          scores[cls[i] & 0xff] += weight[i] * k;
        }
      }
    }
  }

  /** Writes the model as blocks of big-endian arrays (keys, scales, row lengths, classes, weights), read back in bulk. */
  void write(DataOutputStream out) throws IOException {
    int rows = features();
    out.writeInt(classes);
    out.writeInt(rows);
    out.writeInt(cls.length);
    long[] keys = index.keysByRow();
    ByteBuffer b = ByteBuffer.allocate(rows * 14);
    b.asLongBuffer().put(keys);
    b.position(rows * 8);
    b.slice().asFloatBuffer().put(scale);
    b.position(rows * 12);
    ShortBuffer lengths = b.slice().asShortBuffer();
    for (int r = 0; r < rows; r++) {
      lengths.put((short) (rowStart[r + 1] - rowStart[r]));
    }
    out.write(b.array());
    out.write(cls);
    ByteBuffer w = ByteBuffer.allocate(weight.length * 2);
    w.asShortBuffer().put(weight);
    out.write(w.array());
  }

  static LinearModel read(DataInputStream in) throws IOException {
    int classes = in.readInt();
    int rows = in.readInt();
    int nonZero = in.readInt();
    byte[] block = new byte[rows * 14];
    in.readFully(block);
    ByteBuffer b = ByteBuffer.wrap(block);
    long[] keys = new long[rows];
    b.asLongBuffer().get(keys);
    float[] scale = new float[rows];
    b.position(rows * 8);
    b.slice().asFloatBuffer().get(scale);
    b.position(rows * 12);
    ShortBuffer lengths = b.slice().asShortBuffer();
    FeatureIndex index = new FeatureIndex(rows);
    int[] rowStart = new int[rows + 1];
    for (int r = 0; r < rows; r++) {
      index.add(keys[r]);
      rowStart[r + 1] = rowStart[r] + (lengths.get(r) & 0xffff);
    }
    byte[] cls = new byte[nonZero];
    in.readFully(cls);
    byte[] wb = new byte[nonZero * 2];
    in.readFully(wb);
    short[] weight = new short[nonZero];
    ByteBuffer.wrap(wb).asShortBuffer().get(weight);
    return new LinearModel(classes, index, rowStart, cls, weight, scale);
  }
}
