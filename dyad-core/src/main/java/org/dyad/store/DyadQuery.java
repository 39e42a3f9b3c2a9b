package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Events between two actors over time: for each day, month or year, the number of merged events
 * per CAMEO root and the sum of their Goldstein scores.
 */
public final class DyadQuery {
  /** How periods are cut. */
  public enum Period {
    DAY("%Y-%m-%d"), MONTH("%Y-%m"), YEAR("%Y");

    private final String format;

    Period(String format) {
      this.format = format;
    }

    public static Period parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--by '" + s + "' is not a period: use day, month or year", e);
      }
    }
  }

  /** One period's figures. */
  public record Row(String period, Map<String, Long> byRoot, long events, double goldstein) {}

  /** The answer: rows by period and the roots that occur in any of them. */
  public record Result(List<Row> rows, List<String> roots) {
    /** A plain-text table, one line per period. */
    public String render() {
      List<String> header = new ArrayList<>(List.of("period"));
      roots.forEach(r -> header.add("r" + r));
      header.add("events");
      header.add("goldstein");
      List<List<String>> cells = new ArrayList<>();
      cells.add(header);
      long total = 0;
      double sum = 0;
      for (Row r : rows) {
        List<String> line = new ArrayList<>(List.of(r.period()));
        roots.forEach(root -> line.add(Long.toString(r.byRoot().getOrDefault(root, 0L))));
        line.add(Long.toString(r.events()));
        line.add(String.format(Locale.ROOT, "%.1f", r.goldstein()));
        cells.add(line);
        total += r.events();
        sum += r.goldstein();
      }
      List<String> last = new ArrayList<>(List.of("total"));
      roots.forEach(root -> last.add(Long.toString(rows.stream().mapToLong(x -> x.byRoot().getOrDefault(root, 0L)).sum())));
      last.add(Long.toString(total));
      last.add(String.format(Locale.ROOT, "%.1f", sum));
      cells.add(last);
      int[] width = new int[header.size()];
      for (List<String> line : cells) {
        for (int i = 0; i < line.size(); i++) {
          width[i] = Math.max(width[i], line.get(i).length());
        }
      }
      StringBuilder b = new StringBuilder();
      for (int n = 0; n < cells.size(); n++) {
        List<String> line = cells.get(n);
        for (int i = 0; i < line.size(); i++) {
          String c = line.get(i);
          b.append(i == 0 ? c + " ".repeat(width[i] - c.length()) : "  " + " ".repeat(width[i] - c.length()) + c);
        }
        b.append('\n');
        if (n == 0 || n == cells.size() - 2) {
          b.append("-".repeat(b.length() - b.lastIndexOf("\n", b.length() - 2) - 2)).append('\n');
        }
      }
      return b.toString();
    }
  }

  private final Connection conn;

  public DyadQuery(Connection conn) {
    this.conn = conn;
  }

  /** The dyad's events that have no date and so fall in no period. */
  public long undated(String source, String target, boolean bothWays) throws SQLException {
    source = new EventFilter(null, null, source).actor();
    target = new EventFilter(null, null, target).actor();
    String dyad = "(starts_with(e.source, '" + source + "') AND starts_with(e.target, '" + target + "'))";
    if (bothWays) {
      dyad = "(" + dyad + " OR (starts_with(e.source, '" + target + "') AND starts_with(e.target, '" + source + "')))";
    }
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM events e WHERE e.date IS NULL AND " + dyad)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * @param source     actor code or prefix of the acting side
   * @param target     actor code or prefix of the side acted upon
   * @param bothWays   also count events from target to source
   */
  public Result run(String source, String target, boolean bothWays, LocalDate from, LocalDate to, Period by)
      throws SQLException {
    source = new EventFilter(from, to, source).actor(); // validates (and upper-cases) the codes before they are inlined
    target = new EventFilter(null, null, target).actor();
    String dyad = "(starts_with(e.source, '" + source + "') AND starts_with(e.target, '" + target + "'))";
    if (bothWays) {
      dyad = "(" + dyad + " OR (starts_with(e.source, '" + target + "') AND starts_with(e.target, '" + source + "')))";
    }
    String where = new EventFilter(from, to, null).where() + " AND e.date IS NOT NULL AND " + dyad;
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    Map<String, Double> goldstein = new TreeMap<>();
    TreeSet<String> roots = new TreeSet<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT strftime(e.date, '" + by.format + "') AS period, e.root, count(*), sum(e.goldstein) FROM events e "
            + "WHERE " + where + " GROUP BY period, e.root ORDER BY period, e.root")) {
      while (rs.next()) {
        String p = rs.getString(1);
        counts.computeIfAbsent(p, k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
        goldstein.merge(p, rs.getDouble(4), Double::sum);
        roots.add(rs.getString(2));
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((p, m) -> rows.add(new Row(p, m, m.values().stream().mapToLong(Long::longValue).sum(),
        goldstein.get(p))));
    return new Result(rows, List.copyOf(roots));
  }
}
