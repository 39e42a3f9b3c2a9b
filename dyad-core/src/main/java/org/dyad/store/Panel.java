package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The dyad × period table that event-data studies build from GDELT or ICEWS: for every dyad and
 * every day, week, month or year between its dyads' first and last event (or the requested
 * range), the number of merged events,
 * their count per CAMEO root ({@code r01}..{@code r20}) and per quad class ({@code q1}..{@code q4}),
 * and the sum and mean of their Goldstein scores. Periods without events are zero rows (mean
 * null), so a time series reads straight off it. Undated events belong to no period: they are
 * counted apart ({@link Result#undated()}).
 */
public final class Panel {
  /** How periods are cut; a period is named by its first day. Weeks start on Monday (ISO 8601). */
  public enum Period {
    DAY, WEEK, MONTH, YEAR;

    public static Period parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("--by '" + s + "' is not a period: use day, week, month or year");
      }
    }

    String sql() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What actors a dyad is made of when no dyads are given: the actors' countries (or groups), or their full codes. */
  public enum Level {
    COUNTRY, CODE;

    public static Level parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("--actors '" + s + "' is not a level: use country or code");
      }
    }
  }

  /** A requested dyad: codes or prefixes of the source and target ({@code RUS} covers {@code RUSGOV}). */
  public record Dyad(String source, String target) {
    public Dyad {
      source = new EventFilter(null, null, source).actor();
      target = new EventFilter(null, null, target).actor();
      if (source == null || target == null) {
        throw new IllegalArgumentException("a dyad needs a source and a target code, e.g. RUS,TUR");
      }
    }

    /**
     * The dyads of one option value: "RUS,TUR", "RUS-TUR", several separated by ';' or spaces
     * ("RUS,TUR;IRN,SYR"), or an even list of codes taken in pairs ("RUS,TUR,IRN,SYR").
     */
    public static List<Dyad> parseAll(String s) {
      List<Dyad> out = new java.util.ArrayList<>();
      for (String part : s.strip().split("[;\\s]+")) {
        String[] codes = part.split(",");
        if (codes.length > 2 && codes.length % 2 == 0) {
          for (int i = 0; i < codes.length; i += 2) {
            out.add(parse(codes[i] + "," + codes[i + 1]));
          }
        } else {
          out.add(parse(part));
        }
      }
      return out;
    }

    /** "RUS,TUR" (or "RUS-TUR"); an IllegalArgumentException naming the value otherwise. */
    public static Dyad parse(String s) {
      String[] p = s.split("[,:-]");
      if (p.length != 2 || p[0].isBlank() || p[1].isBlank()) {
        throw new IllegalArgumentException("--dyad '" + s + "' is not SOURCE,TARGET (e.g. RUS,TUR)");
      }
      try {
        return new Dyad(p[0], p[1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--dyad '" + s + "': " + e.getMessage());
      }
    }
  }

  /**
   * @param dyads          the dyads to report, zero-filled even without events; empty: every dyad that has events
   * @param bothDirections count a requested dyad's events in either direction
   * @param level          how dyads are formed when none are requested
   */
  public record Spec(List<Dyad> dyads, boolean bothDirections, Level level, Period by, EventFilter dates) {}

  /** The panel's size: rows, the events in them, and the events of its dyads left out for having no date. */
  public record Result(long rows, long events, long undated) {}

  private final Connection conn;

  public Panel(Connection conn) {
    this.conn = conn;
  }

  /** The panel's SELECT: source, target, period, events, r01..r20, q1..q4, goldstein_sum, goldstein_mean. */
  String select(Spec spec) {
    String p = spec.by().sql();
    String dates = spec.dates().where();
    String ev;
    String dy;
    if (spec.dyads().isEmpty()) {
      String s = spec.level() == Level.COUNTRY ? key("source") : "e.source";
      String t = spec.level() == Level.COUNTRY ? key("target") : "e.target";
      ev = "SELECT " + s + " AS source, " + t + " AS target, CAST(date_trunc('" + p + "', e.date) AS DATE) AS period, "
          + "e.root, e.quad_class, e.goldstein FROM events e WHERE e.date IS NOT NULL AND " + dates;
      dy = "SELECT DISTINCT source, target FROM ev";
    } else {
      ev = "SELECT d.source, d.target, CAST(date_trunc('" + p + "', e.date) AS DATE) AS period, e.root, e.quad_class, "
          + "e.goldstein FROM events e JOIN (" + dyadValues(spec.dyads()) + ") d ON " + dyadMatch(spec.bothDirections())
          + " WHERE e.date IS NOT NULL AND " + dates;
      dy = dyadValues(spec.dyads());
    }
    // from the first to the last period with an event of the panel's dyads, or the --from/--to range
    String lo = spec.dates().from() != null ? "DATE '" + spec.dates().from() + "'" : "(SELECT min(period) FROM ev)";
    String hi = spec.dates().to() != null ? "DATE '" + spec.dates().to() + "'" : "(SELECT max(period) FROM ev)";
    StringJoiner counts = new StringJoiner(", ");
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      counts.add("count(ev.root) FILTER (WHERE ev.root = '" + root + "') AS r" + root);
    }
    for (int q = 1; q <= 4; q++) {
      counts.add("count(ev.root) FILTER (WHERE ev.quad_class = " + q + ") AS q" + q);
    }
    return "WITH ev AS (" + ev + "), dy AS (" + dy + "), "
        + "per AS (SELECT CAST(range AS DATE) AS period FROM range(CAST(date_trunc('" + p + "', " + lo + ") AS TIMESTAMP), "
        + "CAST(date_trunc('" + p + "', " + hi + ") AS TIMESTAMP) + INTERVAL 1 " + p + ", INTERVAL 1 " + p + ")) "
        + "SELECT dy.source, dy.target, per.period, count(ev.root) AS events, " + counts + ", "
        + "coalesce(sum(ev.goldstein), 0) AS goldstein_sum, avg(ev.goldstein) AS goldstein_mean "
        + "FROM dy CROSS JOIN per LEFT JOIN ev ON ev.source = dy.source AND ev.target = dy.target "
        + "AND ev.period = per.period GROUP BY dy.source, dy.target, per.period "
        + "ORDER BY dy.source, dy.target, per.period";
  }

  /** An actor's country, or its group code (IGOUNO), or its code when it has neither (a role alone). */
  private static String key(String side) {
    String c = "e." + side + "_country";
    return "CASE WHEN " + c + " IS NULL OR " + c + " = '' OR starts_with(" + c + ", '---') THEN coalesce(e." + side
        + ", '') ELSE " + c + " END";
  }

  private static String dyadValues(List<Dyad> dyads) {
    StringJoiner v = new StringJoiner(", ", "SELECT * FROM (VALUES ", ") AS d(source, target)");
    for (Dyad d : dyads) {
      v.add("('" + d.source() + "', '" + d.target() + "')"); // validated codes: capitals and digits only
    }
    return v.toString();
  }

  private static String dyadMatch(boolean both) {
    String fwd = "(starts_with(e.source, d.source) AND starts_with(e.target, d.target))";
    return both ? "(" + fwd + " OR (starts_with(e.source, d.target) AND starts_with(e.target, d.source)))" : fwd;
  }

  /** Undated events the panel's dyads would count if they had a date. */
  public long undated(Spec spec) throws SQLException {
    String sql = spec.dyads().isEmpty()
        ? "SELECT count(*) FROM events e WHERE e.date IS NULL"
        : "SELECT count(*) FROM events e WHERE e.date IS NULL AND EXISTS (SELECT 1 FROM (" + dyadValues(spec.dyads())
            + ") d WHERE " + dyadMatch(spec.bothDirections()) + ")";
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Writes the panel as CSV (header, comma-separated, empty for null). */
  public Result writeCsv(Spec spec, Writer out) throws SQLException, IOException {
    long rows = 0;
    long events = 0;
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(select(spec))) {
      int n = rs.getMetaData().getColumnCount();
      StringJoiner h = new StringJoiner(",");
      for (int i = 1; i <= n; i++) {
        h.add(rs.getMetaData().getColumnLabel(i));
      }
      out.write(h + "\n");
      while (rs.next()) {
        StringJoiner line = new StringJoiner(",");
        for (int i = 1; i <= n; i++) {
          Object o = rs.getObject(i);
          line.add(o == null ? "" : o instanceof Double d ? TsvRows.decimal(d, 4) : csv(o.toString()));
        }
        out.write(line + "\n");
        rows++;
        events += rs.getLong("events");
      }
    }
    return new Result(rows, events, undated(spec));
  }

  private static String csv(String s) {
    return s.matches("[^,\"\\r\\n]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
  }

  /** Writes the panel as a Parquet file. */
  public Result writeParquet(Spec spec, Path out) throws SQLException {
    long rows;
    try (Statement st = conn.createStatement()) {
      rows = st.executeUpdate("COPY (" + select(spec) + ") TO '" + out.toAbsolutePath().toString().replace("'", "''")
          + "' (FORMAT parquet)");
    }
    long events;
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(sum(events), 0) FROM ("
        + select(spec) + ")")) {
      rs.next();
      events = rs.getLong(1);
    }
    return new Result(rows, events, undated(spec));
  }
}
