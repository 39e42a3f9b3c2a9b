package org.dyad.nlp.dyad;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a CoNLL-U treebank (UD English EWT) into the token and label conventions dyad's tokenizer
 * and patterns use, which follow CoreNLP 4.5's UD output:
 *
 * <ul>
 *   <li>syntactic words are kept (multi-word token lines such as "don't" are skipped: the words
 *       "do" and "n't" follow); empty nodes of enhanced graphs are skipped;
 *   <li>words joined by hyphens without spaces ("Turkish - backed") become one token, as dyad's
 *       tokenizer keeps them ("Turkish-backed"); it takes the tag, head and relation of the word
 *       the group hangs on, and a participle modifying a noun is tagged JJ as in the Penn Treebank;
 *   <li>relations added to UD after CoreNLP's model was trained are mapped to the ones it emits
 *       ({@link #LABELS}).
 * </ul>
 */
public final class Treebank {
  /** UD 2.13+ relations and the CoreNLP 4.5 relation standing for them. */
  static final Map<String, String> LABELS = Map.of(
      "obl:unmarked", "obl:tmod",
      "nmod:unmarked", "nmod:tmod",
      "nmod:desc", "nmod",
      "nsubj:outer", "nsubj",
      "csubj:outer", "csubj",
      "advcl:relcl", "advcl",
      "dislocated", "dep",
      "reparandum", "dep");

  /**
   * One sentence: words, Penn Treebank tags, lemmas, heads (index of the head word, -1 for the
   * root) and relations.
   */
  public record Tree(String[] words, String[] tags, String[] lemmas, int[] heads, String[] labels) {
    public int size() {
      return words.length;
    }

    /** No two arcs cross (the parser's transition system can build only such trees). */
    boolean projective() {
      int n = heads.length;
      for (int i = 0; i < n; i++) {
        int a = Math.min(i, heads[i] < 0 ? n : heads[i]);
        int b = Math.max(i, heads[i] < 0 ? n : heads[i]);
        for (int j = 0; j < n; j++) {
          int c = Math.min(j, heads[j] < 0 ? n : heads[j]);
          int d = Math.max(j, heads[j] < 0 ? n : heads[j]);
          if (a < c && c < b && b < d || c < a && a < d && d < b) {
            return false;
          }
        }
      }
      return true;
    }
  }

  private Treebank() {}

  public static List<Tree> read(Path file) {
    List<Tree> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String[]> rows = new ArrayList<>();
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          if (!rows.isEmpty()) {
            out.add(tree(rows));
            rows.clear();
          }
          continue;
        }
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 10) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": expected 10 tab-separated columns, found "
              + f.length);
        }
        if (f[0].contains("-") || f[0].contains(".")) {
          continue;
        }
        rows.add(f);
      }
      if (!rows.isEmpty()) {
        out.add(tree(rows));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read treebank " + file, e);
    }
    return out;
  }

  private static Tree tree(List<String[]> rows) {
    int n = rows.size();
    // group[i]: index of the merged token word i belongs to
    int[] group = new int[n];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      boolean hyphenJoins = i > 0 && i + 1 < n && isHyphen(rows.get(i)) && noSpaceAfter(rows.get(i - 1))
          && noSpaceAfter(rows.get(i)) && isWordy(rows.get(i - 1)) && isWordy(rows.get(i + 1));
      boolean afterJoinedHyphen = i > 1 && isHyphen(rows.get(i - 1)) && group[i - 1] == group[i - 2]
          && isWordy(rows.get(i));
      boolean joinsPrevious = hyphenJoins || afterJoinedHyphen;
      group[i] = joinsPrevious ? group[i - 1] : groups++;
    }
    String[] words = new String[groups];
    String[] tags = new String[groups];
    String[] lemmas = new String[groups];
    int[] heads = new int[groups];
    String[] labels = new String[groups];
    for (int g = 0, i = 0; g < groups; g++) {
      int from = i;
      while (i < n && group[i] == g) {
        i++;
      }
      // the word of the group whose head is outside it
      int top = from;
      for (int k = from; k < i; k++) {
        int h = Integer.parseInt(rows.get(k)[6]) - 1;
        if (h < from || h >= i) {
          top = k;
          break;
        }
      }
      StringBuilder w = new StringBuilder();
      for (int k = from; k < i; k++) {
        w.append(rows.get(k)[1]);
      }
      String[] t = rows.get(top);
      words[g] = w.toString();
      String label = t[7].equals("_") ? "dep" : LABELS.getOrDefault(t[7], t[7]);
      String tag = t[4];
      if (i - from > 1 && label.equals("amod") && (tag.equals("VBN") || tag.equals("VBG"))) {
        tag = "JJ";
      }
      tags[g] = tag;
      if (i - from > 1) {
        StringBuilder l = new StringBuilder();
        for (int k = from; k < i - 1; k++) {
          l.append(rows.get(k)[1]);
        }
        l.append(rows.get(i - 1)[2]);
        lemmas[g] = tag.startsWith("NNP") ? l.toString() : l.toString().toLowerCase(java.util.Locale.ROOT);
      } else {
        lemmas[g] = t[2];
      }
      int h = Integer.parseInt(t[6]) - 1;
      heads[g] = h < 0 ? -1 : group[h];
      labels[g] = h < 0 ? "root" : label;
    }
    return new Tree(words, tags, lemmas, heads, labels);
  }

  private static boolean noSpaceAfter(String[] row) {
    return row[9].contains("SpaceAfter=No");
  }

  private static boolean isHyphen(String[] row) {
    return row[1].equals("-") && row[4].equals("HYPH");
  }

  private static boolean isWordy(String[] row) {
    return Character.isLetterOrDigit(row[1].codePointAt(0));
  }
}
