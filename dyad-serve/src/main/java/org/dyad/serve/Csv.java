package org.dyad.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rows as RFC 4180 CSV with a header; cells that could start a spreadsheet formula are quoted with a leading '. */
final class Csv {
  private Csv() {}

  static String of(List<Map<String, Object>> rows) {
    Set<String> columns = new LinkedHashSet<>();
    for (Map<String, Object> r : rows) {
      r.forEach((k, v) -> {
        if (!(v instanceof Map || v instanceof List)) {
          columns.add(k);
        }
      });
    }
    StringBuilder b = new StringBuilder();
    b.append(String.join(",", columns.stream().map(Csv::cell).toList())).append("\r\n");
    for (Map<String, Object> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String c : columns) {
        Object v = r.get(c);
        cells.add(v == null ? "" : cell(v.toString()));
      }
      b.append(String.join(",", cells)).append("\r\n");
    }
    return b.toString();
  }

  static String cell(String s) {
    String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+(E-?[0-9]+)?") ? "'" + s : s;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
