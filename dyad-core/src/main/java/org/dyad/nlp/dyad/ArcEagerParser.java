package org.dyad.nlp.dyad;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Greedy arc-eager dependency parser. One averaged perceptron chooses the transition (shift,
 * reduce, left arc, right arc) from hashed features of the stack and buffer (words, tags, the
 * dependents built so far, distance and valency, after Zhang and Nivre 2011); a second one labels
 * each arc when it is made. Arrays are reused within a sentence; nothing is allocated per
 * transition. Read-only after training, thread-safe.
 */
public final class ArcEagerParser {
  static final int SHIFT = 0;
  static final int REDUCE = 1;
  static final int LEFT = 2;
  static final int RIGHT = 3;
  private static final int TF = 64;
  private static final int LF = 32;
  private static final long NONE = 0x2545F491L;
  private static final long ROOT_WORD = 0x4F1BBCDCL;

  final String[] labels;
  private final int rootLabel;
  private final LinearModel transitions;
  private final LinearModel labeller;

  private ArcEagerParser(String[] labels, LinearModel transitions, LinearModel labeller) {
    this.labels = labels;
    this.transitions = transitions;
    this.labeller = labeller;
    int r = -1;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i].equals("root")) {
        r = i;
      }
    }
    this.rootLabel = r;
  }

  /** A parse: for word i (from 0), its head (-1 for the root) and relation id. */
  record Parse(int[] heads, int[] labels) {}

  /** The parser configuration; positions are 1..n for words, 0 for the artificial root. */
  static final class State {
    final int n;
    final long[] w;
    final long[] lw;
    final long[] tag;
    final int[] head;
    final int[] label;
    final int[] ldep;
    final int[] ldep2;
    final int[] rdep;
    final int[] rdep2;
    final int[] nl;
    final int[] nr;
    final int[] stack;
    int sp;
    int b;
    boolean rootTaken;

    State(String[] words, int[] tags) {
      n = words.length;
      w = new long[n + 1];
      lw = new long[n + 1];
      tag = new long[n + 1];
      head = new int[n + 1];
      label = new int[n + 1];
      ldep = new int[n + 1];
      ldep2 = new int[n + 1];
      rdep = new int[n + 1];
      rdep2 = new int[n + 1];
      nl = new int[n + 1];
      nr = new int[n + 1];
      stack = new int[n + 2];
      w[0] = ROOT_WORD;
      lw[0] = ROOT_WORD;
      tag[0] = -2;
      for (int i = 0; i < n; i++) {
        w[i + 1] = Hash.word(words[i]);
        lw[i + 1] = Hash.lower(words[i]);
        tag[i + 1] = tags[i];
      }
      java.util.Arrays.fill(head, -1);
      java.util.Arrays.fill(label, -1);
      java.util.Arrays.fill(ldep, -1);
      java.util.Arrays.fill(ldep2, -1);
      java.util.Arrays.fill(rdep, -1);
      java.util.Arrays.fill(rdep2, -1);
      stack[0] = 0;
      sp = 1;
      b = 1;
    }

    boolean terminal() {
      return b > n;
    }

    int s0() {
      return stack[sp - 1];
    }

    boolean valid(int t) {
      int s0 = s0();
      switch (t) {
        case SHIFT: return b <= n;
        case REDUCE: return s0 != 0 && head[s0] >= 0;
        case LEFT: return b <= n && s0 != 0 && head[s0] < 0;
        case RIGHT: return b <= n && (s0 != 0 || !rootTaken);
        default: return false;
      }
    }

    void apply(int t, int lab) {
      int s0 = s0();
      switch (t) {
        case SHIFT -> stack[sp++] = b++;
        case REDUCE -> sp--;
        case LEFT -> {
          arc(b, s0, lab);
          sp--;
        }
        case RIGHT -> {
          arc(s0, b, lab);
          if (s0 == 0) {
            rootTaken = true;
          }
          stack[sp++] = b++;
        }
        default -> throw new IllegalArgumentException("transition " + t);
      }
    }

    private void arc(int h, int d, int lab) {
      head[d] = h;
      label[d] = lab;
      if (d < h) {
        ldep2[h] = ldep[h];
        ldep[h] = d;
        nl[h]++;
      } else {
        rdep2[h] = rdep[h];
        rdep[h] = d;
        nr[h]++;
      }
    }

    long w(int p) {
      return p < 0 ? NONE : w[p];
    }

    long t(int p) {
      return p < 0 || p > n ? -1 : tag[p];
    }

    long l(int p) {
      return p < 0 ? -1 : label[p];
    }

    int at(int[] a, int p) {
      return p < 0 ? -1 : a[p];
    }
  }

  private static long dist(int a, int b) {
    int d = Math.abs(b - a);
    return d < 5 ? d : d < 10 ? 5 : 6;
  }

  static int transitionFeatures(State s, long[] f) {
    int s0 = s.s0();
    int s1 = s.sp > 1 ? s.stack[s.sp - 2] : -1;
    int b0 = s.b <= s.n ? s.b : -1;
    int b1 = s.b + 1 <= s.n ? s.b + 1 : -1;
    int b2 = s.b + 2 <= s.n ? s.b + 2 : -1;
    int s0h = s.head[s0];
    int s0l = s.ldep[s0];
    int s0r = s.rdep[s0];
    int b0l = s.at(s.ldep, b0);
    long s0w = s.w(s0), s0t = s.t(s0), b0w = s.w(b0), b0t = s.t(b0);
    long b1w = s.w(b1), b1t = s.t(b1);
    long d = b0 < 0 ? -1 : dist(s0, b0);
    long hasHead = s0 == 0 ? (s.rootTaken ? 2 : 3) : s0h >= 0 ? 1 : 0;
    int k = 0;
    f[k++] = Hash.f(1, s0w);
    f[k++] = Hash.f(2, s0t);
    f[k++] = Hash.f(3, s0w, s0t);
    f[k++] = Hash.f(4, b0w);
    f[k++] = Hash.f(5, b0t);
    f[k++] = Hash.f(6, b0w, b0t);
    f[k++] = Hash.f(7, b1w);
    f[k++] = Hash.f(8, b1t);
    f[k++] = Hash.f(9, b1w, b1t);
    f[k++] = Hash.f(10, s.w(b2));
    f[k++] = Hash.f(11, s.t(b2));
    f[k++] = Hash.f(12, s0w, s0t, b0w, b0t);
    f[k++] = Hash.f(13, s0w, s0t, b0w);
    f[k++] = Hash.f(14, s0w, b0w, b0t);
    f[k++] = Hash.f(15, s0w, s0t, b0t);
    f[k++] = Hash.f(16, s0t, b0w, b0t);
    f[k++] = Hash.f(17, s0w, b0w);
    f[k++] = Hash.f(18, s0t, b0t);
    f[k++] = Hash.f(19, b0t, b1t);
    f[k++] = Hash.f(20, b0t, b1t, s.t(b2));
    f[k++] = Hash.f(21, s0t, b0t, b1t);
    f[k++] = Hash.f(22, s.t(s0h), s0t, b0t);
    f[k++] = Hash.f(23, s0t, s.t(s0l), b0t);
    f[k++] = Hash.f(24, s0t, s.t(s0r), b0t);
    f[k++] = Hash.f(25, s0t, b0t, s.t(b0l));
    f[k++] = Hash.f(26, s0w, d);
    f[k++] = Hash.f(27, s0t, d);
    f[k++] = Hash.f(28, b0w, d);
    f[k++] = Hash.f(29, b0t, d);
    f[k++] = Hash.f(30, s0w, b0w, d);
    f[k++] = Hash.f(31, s0t, b0t, d);
    f[k++] = Hash.f(32, s0w, s.nr[s0]);
    f[k++] = Hash.f(33, s0t, s.nr[s0]);
    f[k++] = Hash.f(34, s0w, s.nl[s0]);
    f[k++] = Hash.f(35, s0t, s.nl[s0]);
    f[k++] = Hash.f(36, b0w, s.at(s.nl, b0));
    f[k++] = Hash.f(37, b0t, s.at(s.nl, b0));
    f[k++] = Hash.f(38, s.w(s0h));
    f[k++] = Hash.f(39, s.t(s0h));
    f[k++] = Hash.f(40, s.l(s0));
    f[k++] = Hash.f(41, s.w(s0l));
    f[k++] = Hash.f(42, s.t(s0l));
    f[k++] = Hash.f(43, s.l(s0l));
    f[k++] = Hash.f(44, s.w(s0r));
    f[k++] = Hash.f(45, s.t(s0r));
    f[k++] = Hash.f(46, s.l(s0r));
    f[k++] = Hash.f(47, s.w(b0l));
    f[k++] = Hash.f(48, s.t(b0l));
    f[k++] = Hash.f(49, s.l(b0l));
    f[k++] = Hash.f(50, s0t, s.t(s0l), s.t(s.ldep2[s0]));
    f[k++] = Hash.f(51, s0t, s.t(s0r), s.t(s.rdep2[s0]));
    f[k++] = Hash.f(52, b0t, s.t(b0l), s.t(s.at(s.ldep2, b0)));
    f[k++] = Hash.f(53, s.t(s1), s0t, b0t);
    f[k++] = Hash.f(54, s.w(s1));
    f[k++] = Hash.f(55, s.t(s1));
    f[k++] = Hash.f(56, hasHead, s0t, b0t);
    f[k++] = Hash.f(57, hasHead, s0w);
    f[k++] = Hash.f(58, s0t, s.l(s0), b0t);
    f[k++] = Hash.f(59, s0t, s.l(s0l), s.l(s0r), b0t);
    f[k++] = Hash.f(60, b0t, s.l(b0l), s.l(s.at(s.ldep2, b0)));
    f[k++] = Hash.f(61, s.lw[s0 < 0 ? 0 : s0], s.t(s0 + 1), b0t);
    f[k++] = Hash.f(62, s0t, s.t(s0 - 1 >= 1 ? s0 - 1 : -1), b0t);
    f[k++] = Hash.f(63, s0t, b0t, s.t(b0 - 1 > s0 ? b0 - 1 : -1));
    return k;
  }

  /** Features for labelling the arc h → d at the moment it is made. */
  static int labelFeatures(State s, int h, int d, long[] f) {
    long dir = d < h ? 0 : 1;
    long hw = s.w(h), ht = s.t(h), dw = s.w(d), dt = s.t(d);
    int dl = s.ldep[d];
    int dr = s.rdep[d];
    int hl = s.ldep[h];
    int hr = s.rdep[h];
    int k = 0;
    f[k++] = Hash.f(101, dir);
    f[k++] = Hash.f(102, hw, dir);
    f[k++] = Hash.f(103, ht, dir);
    f[k++] = Hash.f(104, dw, dir);
    f[k++] = Hash.f(105, dt, dir);
    f[k++] = Hash.f(106, ht, dt, dir);
    f[k++] = Hash.f(107, hw, dt, dir);
    f[k++] = Hash.f(108, ht, dw, dir);
    f[k++] = Hash.f(109, hw, dw, dir);
    f[k++] = Hash.f(110, dt, dist(h, d), dir);
    f[k++] = Hash.f(111, dt, s.lw[dl < 0 ? 0 : dl] + (dl < 0 ? 7 : 0), s.l(dl));
    f[k++] = Hash.f(112, ht, s.lw[dl < 0 ? 0 : dl] + (dl < 0 ? 7 : 0), dir);
    f[k++] = Hash.f(113, dt, s.l(dr), dir);
    f[k++] = Hash.f(114, ht, dt, s.l(hl), dir);
    f[k++] = Hash.f(115, ht, s.w(hl), dir);
    f[k++] = Hash.f(116, ht, s.l(hr), dir);
    f[k++] = Hash.f(117, dt, s.t(d + 1));
    f[k++] = Hash.f(118, dt, s.t(d - 1 >= 1 ? d - 1 : -1));
    f[k++] = Hash.f(119, ht, s.t(h + 1), dir);
    f[k++] = Hash.f(120, ht, s.t(h - 1 >= 1 ? h - 1 : -1), dir);
    f[k++] = Hash.f(121, s.l(h), dt, dir);
    f[k++] = Hash.f(122, s.lw[d], ht, dir);
    f[k++] = Hash.f(123, s.lw[h], dt, dir);
    f[k++] = Hash.f(124, ht, dt, s.t(dl), dir);
    f[k++] = Hash.f(125, ht, dt, s.l(hr), s.l(hl));
    f[k++] = Hash.f(126, dt, s.t(dl), s.t(dr), dir);
    return k;
  }

  Parse parse(String[] words, int[] tags) {
    State s = new State(words, tags);
    long[] f = new long[TF];
    float[] scores = new float[Math.max(4, labels.length)];
    while (!s.terminal()) {
      int k = transitionFeatures(s, f);
      transitions.score(f, k, scores);
      int best = -1;
      for (int t = 0; t < 4; t++) {
        if (s.valid(t) && (best < 0 || scores[t] > scores[best])) {
          best = t;
        }
      }
      int lab = -1;
      if (best == LEFT || best == RIGHT) {
        int h = best == LEFT ? s.b : s.s0();
        int d = best == LEFT ? s.s0() : s.b;
        lab = h == 0 ? rootLabel : label(s, h, d, f, scores);
      }
      s.apply(best, lab);
    }
    return finish(s, f, scores);
  }

  private int label(State s, int h, int d, long[] f, float[] scores) {
    int k = labelFeatures(s, h, d, f);
    labeller.score(f, k, scores);
    int best = -1;
    for (int c = 0; c < labels.length; c++) {
      if (c != rootLabel && (best < 0 || scores[c] > scores[best])) {
        best = c;
      }
    }
    return best;
  }

  /** Words left without a head hang on the root word (the first headless word when there is none). */
  private Parse finish(State s, long[] f, float[] scores) {
    int root = -1;
    for (int i = 1; i <= s.n; i++) {
      if (s.head[i] == 0) {
        root = i;
        break;
      }
    }
    for (int i = 1; i <= s.n; i++) {
      if (s.head[i] < 0) {
        if (root < 0) {
          root = i;
          s.head[i] = 0;
          s.label[i] = rootLabel;
        } else {
          int lab = label(s, root, i, f, scores);
          s.head[i] = root;
          s.label[i] = lab;
        }
      }
    }
    int[] heads = new int[s.n];
    int[] labs = new int[s.n];
    for (int i = 1; i <= s.n; i++) {
      heads[i - 1] = s.head[i] - 1;
      labs[i - 1] = s.label[i];
    }
    return new Parse(heads, labs);
  }

  /**
   * The dynamic oracle (Goldberg and Nivre 2012): how many gold arcs still reachable become
   * unreachable if transition {@code t} is taken now. Zero for every transition that keeps the best
   * tree reachable, so training can follow the model's own mistakes and learn to recover.
   */
  private static int cost(State s, int[] gold, int t) {
    int s0 = s.s0();
    int b0 = s.b;
    int c = 0;
    switch (t) {
      case LEFT -> {
        for (int k = b0 + 1; k <= s.n; k++) {
          if (gold[k] == s0 || gold[s0] == k) {
            c++;
          }
        }
      }
      case RIGHT -> {
        for (int i = 0; i < s.sp - 1; i++) {
          int k = s.stack[i];
          if (gold[b0] == k || (k != 0 && gold[k] == b0 && s.head[k] < 0)) {
            c++;
          }
        }
        for (int k = b0 + 1; k <= s.n; k++) {
          if (gold[b0] == k) {
            c++;
          }
        }
      }
      case REDUCE -> {
        for (int k = b0; k <= s.n; k++) {
          if (gold[k] == s0) {
            c++;
          }
        }
      }
      case SHIFT -> {
        for (int i = 0; i < s.sp; i++) {
          int k = s.stack[i];
          if ((gold[b0] == k && (k != 0 || !s.rootTaken)) || (k != 0 && gold[k] == b0 && s.head[k] < 0)) {
            c++;
          }
        }
      }
      default -> throw new IllegalArgumentException("transition " + t);
    }
    return c;
  }

  /**
   * @param tags the tags the parser learns from, one array per tree: a tagger's predictions on
   *             text it was not trained on, so that the parser learns to live with tagging errors
   */
  static ArcEagerParser train(List<Treebank.Tree> trees, List<String[]> tags, Tagger tagger, int iterations,
      long seed, PrintStream log) {
    TreeSet<String> labelSet = new TreeSet<>();
    for (Treebank.Tree t : trees) {
      Collections.addAll(labelSet, t.labels());
    }
    String[] labels = labelSet.toArray(String[]::new);
    java.util.Map<String, Integer> labelIds = new java.util.HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      labelIds.put(labels[i], i);
    }
    int rootLabel = labelIds.get("root");
    List<Treebank.Tree> usable = new ArrayList<>();
    List<String[]> usableTags = new ArrayList<>();
    for (int i = 0; i < trees.size(); i++) {
      if (trees.get(i).projective()) {
        usable.add(trees.get(i));
        usableTags.add(tags.get(i));
      }
    }
    log.printf("  parser: %d of %d training sentences are projective and used%n", usable.size(), trees.size());
    List<int[]> tagIds = new ArrayList<>();
    List<String[]> words = new ArrayList<>();
    for (int i = 0; i < usable.size(); i++) {
      words.add(Tagger.normalized(usable.get(i).words()));
      String[] t = usableTags.get(i);
      int[] ids = new int[t.length];
      for (int j = 0; j < t.length; j++) {
        ids[j] = tagger.tagId(t[j]);
      }
      tagIds.add(ids);
    }
    Perceptron trans = new Perceptron(4);
    Perceptron lab = new Perceptron(labels.length);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < usable.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    long[] f = new long[TF];
    float[] scores = new float[Math.max(4, labels.length)];
    for (int it = 0; it < iterations; it++) {
      Collections.shuffle(order, random);
      int right = 0;
      int all = 0;
      int labRight = 0;
      int labAll = 0;
      for (int si : order) {
        Treebank.Tree t = usable.get(si);
        int n = t.size();
        int[] gold = new int[n + 1];
        int[] goldLab = new int[n + 1];
        for (int i = 0; i < n; i++) {
          gold[i + 1] = t.heads()[i] + 1;
          goldLab[i + 1] = labelIds.get(t.labels()[i]);
        }
        State s = new State(words.get(si), tagIds.get(si));
        while (!s.terminal()) {
          int k = transitionFeatures(s, f);
          java.util.Arrays.fill(scores, 0f);
          trans.score(f, k, scores);
          int guess = -1;
          for (int c = 0; c < 4; c++) {
            if (s.valid(c) && (guess < 0 || scores[c] > scores[guess])) {
              guess = c;
            }
          }
          // the best-scoring transition that loses nothing, and whether the guess loses anything
          int g = -1;
          int minCost = Integer.MAX_VALUE;
          int[] costs = new int[4];
          for (int c = 0; c < 4; c++) {
            costs[c] = s.valid(c) ? cost(s, gold, c) : Integer.MAX_VALUE;
            minCost = Math.min(minCost, costs[c]);
          }
          for (int c = 0; c < 4; c++) {
            if (costs[c] == minCost && (g < 0 || scores[c] > scores[g])) {
              g = c;
            }
          }
          boolean guessRight = costs[guess] == minCost;
          trans.tick();
          if (!guessRight) {
            trans.update(f, k, g, guess);
          }
          right += guessRight ? 1 : 0;
          all++;
          // after the first pass, follow the model's own mistakes nine times in ten
          int next = !guessRight && it > 0 && random.nextInt(10) < 9 ? guess : g;
          int l = -1;
          if (next == LEFT || next == RIGHT) {
            int h = next == LEFT ? s.b : s.s0();
            int d = next == LEFT ? s.s0() : s.b;
            if (h == 0) {
              l = rootLabel;
            } else {
              int lk = labelFeatures(s, h, d, f);
              java.util.Arrays.fill(scores, 0f);
              lab.score(f, lk, scores);
              int lg = -1;
              for (int c = 0; c < labels.length; c++) {
                if (c != rootLabel && (lg < 0 || scores[c] > scores[lg])) {
                  lg = c;
                }
              }
              l = lg;
              if (gold[d] == h) {
                l = goldLab[d];
                lab.tick();
                lab.update(f, lk, l, lg);
                labRight += l == lg ? 1 : 0;
                labAll++;
              }
            }
          }
          g = next;
          s.apply(g, l);
        }
      }
      log.printf("  parser iteration %d: %.2f%% transitions, %.2f%% labels right%n", it + 1,
          100.0 * right / all, 100.0 * labRight / labAll);
    }
    return new ArcEagerParser(labels, trans.average(1e-4), lab.average(1e-4));
  }

  int features() {
    return transitions.features() + labeller.features();
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(labels.length);
    for (String l : labels) {
      out.writeUTF(l);
    }
    transitions.write(out);
    labeller.write(out);
  }

  static ArcEagerParser read(DataInputStream in) throws IOException {
    String[] labels = new String[in.readInt()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = in.readUTF();
    }
    return new ArcEagerParser(labels, LinearModel.read(in), LinearModel.read(in));
  }
}
