package org.dyad.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Running counts for one group of records (a file, a category or a root). Matched gold events and
 * matched coded events are counted apart because per root they can fall in different groups.
 */
public final class Counts {
  int records;
  int recordsRight;
  int gold;
  int coded;
  int correctGold;
  int correctCoded;

  public int records() {
    return records;
  }

  public int recordsRight() {
    return recordsRight;
  }

  public int gold() {
    return gold;
  }

  public int coded() {
    return coded;
  }

  public int correct() {
    return correctGold;
  }

  /** Matched coded events over coded events; NaN when nothing was coded. */
  public double precision() {
    return ratio(correctCoded, coded);
  }

  /** Matched gold events over gold events; NaN when there are none. */
  public double recall() {
    return ratio(correctGold, gold);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Coded events beyond the gold (unmatched coded events) over gold events; NaN when there are none. */
  public double extraRate() {
    return ratio(coded - correctCoded, gold);
  }

  /** The figures as a JSON-ready map; undefined ratios are null. */
  public Map<String, Object> figures() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("records_total", records);
    m.put("records_right", recordsRight);
    m.put("gold_events", gold);
    m.put("coded_events", coded);
    m.put("correct_events", correctGold);
    if (correctCoded != correctGold) {
      m.put("correct_coded_events", correctCoded);
    }
    m.put("precision", json(precision()));
    m.put("recall", json(recall()));
    m.put("f1", json(f1()));
    m.put("extra_rate", json(extraRate()));
    return m;
  }

  private static Double json(double d) {
    return Double.isNaN(d) ? null : Math.round(d * 10000) / 10000.0;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
