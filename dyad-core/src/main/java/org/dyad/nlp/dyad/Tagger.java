package org.dyad.nlp.dyad;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Greedy left-to-right part-of-speech tagger (Penn Treebank tags), an averaged perceptron over
 * the word, its suffixes and shape, its neighbours and the two tags before it. Frequent words that
 * (almost) always have one tag take it from a table without scoring. Read-only, thread-safe.
 */
public final class Tagger {
  private static final int F = 24;
  final String[] tags;
  private final Map<String, Integer> fixed;
  private final LinearModel model;
  private final Map<String, Integer> ids = new HashMap<>();

  private Tagger(String[] tags, Map<String, Integer> fixed, LinearModel model) {
    this.tags = tags;
    for (int i = 0; i < tags.length; i++) {
      ids.put(tags[i], i);
    }
    this.fixed = fixed;
    this.model = model;
  }

  /** Per-sentence hashes of each word's parts, computed once. */
  static final class WordFeatures {
    final long[] w;
    final long[] lw;
    final long[] s1;
    final long[] s2;
    final long[] s3;
    final long[] s4;
    final long[] p3;
    final long[] shape;

    WordFeatures(String[] words) {
      int n = words.length;
      w = new long[n];
      lw = new long[n];
      s1 = new long[n];
      s2 = new long[n];
      s3 = new long[n];
      s4 = new long[n];
      p3 = new long[n];
      shape = new long[n];
      for (int i = 0; i < n; i++) {
        String x = words[i];
        w[i] = Hash.word(x);
        lw[i] = Hash.lower(x);
        s1[i] = Hash.suffix(x, 1);
        s2[i] = Hash.suffix(x, 2);
        s3[i] = Hash.suffix(x, 3);
        s4[i] = Hash.suffix(x, 4);
        p3[i] = Hash.chars(x, 0, Math.min(3, x.length()), true);
        shape[i] = Hash.shape(x);
      }
    }
  }

  private static final long NONE = 0x5bd1e995L;

  private static int features(WordFeatures x, int i, int p1, int p2, long[] f) {
    int n = x.w.length;
    long lwm1 = i > 0 ? x.lw[i - 1] : NONE;
    long lwm2 = i > 1 ? x.lw[i - 2] : NONE;
    long lwp1 = i + 1 < n ? x.lw[i + 1] : NONE;
    long lwp2 = i + 2 < n ? x.lw[i + 2] : NONE;
    int k = 0;
    f[k++] = Hash.f(1, 0);
    f[k++] = Hash.f(2, x.w[i]);
    f[k++] = Hash.f(3, x.lw[i]);
    f[k++] = Hash.f(4, x.s3[i]);
    f[k++] = Hash.f(5, x.s2[i]);
    f[k++] = Hash.f(6, x.s1[i]);
    f[k++] = Hash.f(7, x.s4[i]);
    f[k++] = Hash.f(8, x.p3[i]);
    f[k++] = Hash.f(9, x.shape[i]);
    f[k++] = Hash.f(10, p1);
    f[k++] = Hash.f(11, p1, p2);
    f[k++] = Hash.f(12, p1, x.lw[i]);
    f[k++] = Hash.f(13, lwm1);
    f[k++] = Hash.f(14, i > 0 ? x.s3[i - 1] : NONE);
    f[k++] = Hash.f(15, lwp1);
    f[k++] = Hash.f(16, i + 1 < n ? x.s3[i + 1] : NONE);
    f[k++] = Hash.f(17, lwm2);
    f[k++] = Hash.f(18, lwp2);
    f[k++] = Hash.f(19, i == 0 ? 1 : 0, x.shape[i]);
    f[k++] = Hash.f(20, lwm1, x.lw[i]);
    f[k++] = Hash.f(21, x.lw[i], lwp1);
    f[k++] = Hash.f(22, p1, x.s3[i]);
    f[k++] = Hash.f(23, i + 1 < n ? x.shape[i + 1] : NONE, x.shape[i]);
    f[k++] = Hash.f(24, p1, lwp1);
    return k;
  }

  /** Tag ids of the words (normalised with {@link Words#normalize}). */
  int[] tag(String[] words) {
    int n = words.length;
    int[] out = new int[n];
    WordFeatures x = new WordFeatures(words);
    long[] f = new long[F];
    float[] scores = new float[tags.length];
    int p1 = -1;
    int p2 = -1;
    for (int i = 0; i < n; i++) {
      Integer t = fixed.get(words[i]);
      int best;
      if (t != null) {
        best = t;
      } else {
        int k = features(x, i, p1, p2, f);
        model.score(f, k, scores);
        best = 0;
        for (int c = 1; c < tags.length; c++) {
          if (scores[c] > scores[best]) {
            best = c;
          }
        }
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
    return out;
  }

  String tagName(int id) {
    return tags[id];
  }

  int tagId(String tag) {
    Integer id = ids.get(tag);
    return id == null ? -1 : id;
  }

  static Tagger train(List<Treebank.Tree> trees, int iterations, long seed, java.io.PrintStream log) {
    TreeSet<String> tagSet = new TreeSet<>();
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Treebank.Tree t : trees) {
      for (int i = 0; i < t.size(); i++) {
        tagSet.add(t.tags()[i]);
        counts.computeIfAbsent(Words.normalize(t.words()[i]), k -> new HashMap<>()).merge(t.tags()[i], 1, Integer::sum);
      }
    }
    String[] tags = tagSet.toArray(String[]::new);
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < tags.length; i++) {
      ids.put(tags[i], i);
    }
    Map<String, Integer> fixed = new TreeMap<>();
    for (var e : counts.entrySet()) {
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      for (var tc : e.getValue().entrySet()) {
        if (total >= 20 && tc.getValue() >= 0.995 * total) {
          fixed.put(e.getKey(), ids.get(tc.getKey()));
        }
      }
    }
    Perceptron p = new Perceptron(tags.length);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < trees.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    long[] f = new long[F];
    float[] scores = new float[tags.length];
    for (int it = 0; it < iterations; it++) {
      Collections.shuffle(order, random);
      int right = 0;
      int all = 0;
      for (int si : order) {
        Treebank.Tree t = trees.get(si);
        String[] words = normalized(t.words());
        WordFeatures x = new WordFeatures(words);
        int p1 = -1;
        int p2 = -1;
        for (int i = 0; i < words.length; i++) {
          int gold = ids.get(t.tags()[i]);
          int guess;
          Integer fx = fixed.get(words[i]);
          if (fx != null) {
            guess = fx;
          } else {
            int k = features(x, i, p1, p2, f);
            java.util.Arrays.fill(scores, 0f);
            p.score(f, k, scores);
            guess = 0;
            for (int c = 1; c < tags.length; c++) {
              if (scores[c] > scores[guess]) {
                guess = c;
              }
            }
            p.tick();
            p.update(f, k, gold, guess);
          }
          right += guess == gold ? 1 : 0;
          all++;
          p2 = p1;
          p1 = guess;
        }
      }
      log.printf("  tagger iteration %d: %.2f%% of training tokens right%n", it + 1, 100.0 * right / all);
    }
    return new Tagger(tags, fixed, p.average(1e-4));
  }

  static String[] normalized(String[] words) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = Words.normalize(words[i]);
    }
    return out;
  }

  int features() {
    return model.features();
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(tags.length);
    for (String t : tags) {
      out.writeUTF(t);
    }
    out.writeInt(fixed.size());
    for (var e : new TreeMap<>(fixed).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeByte(e.getValue());
    }
    model.write(out);
  }

  static Tagger read(DataInputStream in) throws IOException {
    String[] tags = new String[in.readInt()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = in.readUTF();
    }
    int n = in.readInt();
    Map<String, Integer> fixed = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      fixed.put(in.readUTF(), (int) in.readByte());
    }
    return new Tagger(tags, fixed, LinearModel.read(in));
  }
}
