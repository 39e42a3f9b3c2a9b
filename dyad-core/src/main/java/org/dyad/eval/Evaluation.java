package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results of one gold file, added record by record in file order: totals, per-category and
 * per-root counts, the confusion table of roots (PLOVER types at PLOVER level) and the records that
 * were not fully right.
 */
public final class Evaluation {
  /** The confusion table's name for "no event on this side". */
  public static final String NONE = "none";

  private final GoldFile file;
  private final Scorer scorer;
  private final Counts total = new Counts();
  private final Map<String, Counts> perCategory = new TreeMap<>();
  private final Map<String, Counts> perRoot = new TreeMap<>();
  private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  private final List<RecordResult> failures = new ArrayList<>();
  private final List<RecordResult> unscored = new ArrayList<>();
  private int errorRecords;
  private int unannotatedRecords;
  private int unannotatedCoded;
  private int crashed;

  public Evaluation(GoldFile file, Scorer scorer) {
    this.file = file;
    this.scorer = scorer;
  }

  public void add(RecordResult r) {
    GoldRecord g = r.record();
    if (r.error() != null) {
      crashed++;
    }
    if (g.expectedError() != null) {
      errorRecords++; // tests an error path: coded, never scored
      return;
    }
    if (!g.annotated()) {
      unannotatedRecords++;
      unannotatedCoded += r.counted().size();
      if (!r.counted().isEmpty() || r.error() != null) {
        unscored.add(r);
      }
      return;
    }
    int correct = r.correct();
    boolean right = r.right();
    for (Counts c : List.of(total, group(perCategory, g.category() == null ? "(none)" : g.category()))) {
      c.records++;
      c.recordsRight += right ? 1 : 0;
      c.gold += g.expected().size();
      c.coded += r.counted().size();
      c.correctGold += correct;
      c.correctCoded += correct;
    }
    for (int i = 0; i < g.expected().size(); i++) {
      Counts c = group(perRoot, scorer.label(g.expected().get(i), r.level()));
      c.gold++;
      c.correctGold += r.goldTo()[i] >= 0 ? 1 : 0;
    }
    for (int j = 0; j < r.counted().size(); j++) {
      Counts c = group(perRoot, scorer.label(r.counted().get(j), r.level()));
      c.coded++;
      c.correctCoded += r.codedTo()[j] >= 0 ? 1 : 0;
    }
    confuse(r);
    if (!right) {
      failures.add(r);
    }
  }

  /**
   * Pairs gold and coded classes: matched events; else, when a record has one of each, those two;
   * else an unmatched coded event with the same actors. What is left pairs with "none".
   */
  private void confuse(RecordResult r) {
    List<GoldEvent> gold = r.record().expected();
    boolean[] used = new boolean[r.counted().size()];
    for (int i = 0; i < gold.size(); i++) {
      int j = r.goldTo()[i];
      if (j < 0 && gold.size() == 1 && r.counted().size() == 1) {
        j = 0;
      }
      if (j < 0) {
        for (int k = 0; k < used.length; k++) {
          if (!used[k] && r.codedTo()[k] < 0 && scorer.actorsMatch(gold.get(i), r.counted().get(k))) {
            j = k;
            break;
          }
        }
      }
      String coded = NONE;
      if (j >= 0 && !used[j]) {
        used[j] = true;
        coded = scorer.label(r.counted().get(j), r.level());
      }
      count(scorer.label(gold.get(i), r.level()), coded);
    }
    for (int k = 0; k < used.length; k++) {
      if (!used[k]) {
        count(NONE, scorer.label(r.counted().get(k), r.level()));
      }
    }
  }

  private void count(String gold, String coded) {
    confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(coded, 1, Integer::sum);
  }

  private static Counts group(Map<String, Counts> groups, String key) {
    return groups.computeIfAbsent(key, k -> new Counts());
  }

  public GoldFile file() {
    return file;
  }

  public Scorer scorer() {
    return scorer;
  }

  public Counts total() {
    return total;
  }

  public Map<String, Counts> perCategory() {
    return perCategory;
  }

  public Map<String, Counts> perRoot() {
    return perRoot;
  }

  /** Gold class → coded class → count. */
  public Map<String, Map<String, Integer>> confusion() {
    return confusion;
  }

  /** Scored records that were not fully right, in file order. */
  public List<RecordResult> failures() {
    return failures;
  }

  /** Records without annotation that produced events or failed, in file order. */
  public List<RecordResult> unscored() {
    return unscored;
  }

  /** Records that test an error path (not scored). */
  public int errorRecords() {
    return errorRecords;
  }

  public int unannotatedRecords() {
    return unannotatedRecords;
  }

  public int unannotatedCoded() {
    return unannotatedCoded;
  }

  /** Records whose coding threw; they count as having coded nothing. */
  public int crashed() {
    return crashed;
  }
}
