package org.dyad.serve;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.events.CameoCodebook;
import org.dyad.model.CameoCode;

/**
 * The API's reads of a dyad database (tables in {@link org.dyad.store.StoreSchema}): parameterised
 * SQL only, each statement under the read connections' time limit. Rows come back as ordered maps,
 * ready for JSON or CSV.
 */
public final class Queries {
  /** Most events one page may hold. */
  public static final int MAX_PAGE = 500;
  /** Most periods a series may span. */
  public static final int MAX_PERIODS = 5000;

  private static final CameoCodebook CODEBOOK = CameoCodebook.builtIn();
  private static final String EVENT_COLUMNS = "CAST(e.event_id AS VARCHAR) AS event_id, e.date, e.date_precision, e.source, e.source_country, "
      + "e.source_name, e.target, e.target_country, e.target_name, e.code, e.root, e.quad_class, e.goldstein, "
      + "e.num_mentions, e.num_sources, e.num_articles, e.place, e.place_country, e.lat, e.lon, e.source_url";

  private final ReadConnections db;

  public Queries(ReadConnections db) {
    this.db = db;
  }

  // ---- events

  public Map<String, Object> events(EventSelection sel, int limit, int offset, String order) {
    return db.read(c -> {
      List<Object> args = new ArrayList<>();
      String where = sel.where(args);
      List<Object> pageArgs = new ArrayList<>(args);
      pageArgs.add(limit);
      pageArgs.add(offset);
      String dir = order.equals("asc") ? "ASC" : "DESC";
      // One query: the page with the count of all matches (a window over the selection, taken
      // before the limit), then only the page's first mentions are joined.
      List<Map<String, Object>> rows = rows(c, "WITH page AS (SELECT " + EVENT_COLUMNS + ", e.first_mention_id, "
          + "count(*) OVER () AS total_matching FROM events e WHERE " + where + " ORDER BY e.date " + dir
          + " NULLS LAST, e.event_id LIMIT ? OFFSET ?) "
          + "SELECT page.* EXCLUDE (first_mention_id), m.sentence, m.trigger, m.plover, m.modality, m.rule FROM page "
          + "LEFT JOIN mentions m ON m.mention_id = page.first_mention_id "
          + "ORDER BY page.date " + dir + " NULLS LAST, CAST(page.event_id AS BIGINT)", pageArgs);
      long total = rows.isEmpty()
          ? ((Number) one(c, "SELECT count(*) FROM events e WHERE " + where, args)).longValue()
          : ((Number) rows.get(0).get("total_matching")).longValue();
      rows.forEach(r -> r.remove("total_matching"));
      rows.forEach(Queries::name);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("total", total);
      out.put("limit", limit);
      out.put("offset", offset);
      out.put("events", rows);
      return out;
    });
  }

  private static void name(Map<String, Object> row) {
    Object code = row.get("code");
    if (code != null) {
      row.put("code_name", CODEBOOK.lookup(code.toString()).map(CameoCode::name).orElse(null));
    }
  }

  /** One merged event with its mentions, or null. */
  public Map<String, Object> event(long id) {
    return db.read(c -> {
      List<Map<String, Object>> ev = rows(c, "SELECT " + EVENT_COLUMNS + ", e.base_code, e.is_root_event, e.first_seen, "
          + "e.last_seen, e.admin1, e.geonames_id FROM events e WHERE e.event_id = ?", List.of(id));
      if (ev.isEmpty()) {
        return null;
      }
      Map<String, Object> event = ev.get(0);
      name(event);
      List<Map<String, Object>> mentions = rows(c, """
          SELECT CAST(m.mention_id AS VARCHAR) AS mention_id, a.id AS article, m.article_hash, a.source AS outlet, a.url, a.title, m.article_date,
                 m.date, m.date_precision, m.sentence_index, m.sentence, m.sentence_start,
                 m.source, m.source_text, m.source_start, m.source_entry,
                 m.target, m.target_text, m.target_start, m.target_entry,
                 m.code, m.plover, m.plover_mode, m.modality, m.reported_by, m.reported_by_text,
                 m.trigger, m.trigger_start, m.rule, m.confidence, m.place, m.location_basis
          FROM mentions m LEFT JOIN articles a ON a.content_hash = m.article_hash
          WHERE m.event_id = ? ORDER BY m.article_date NULLS LAST, a.id, m.sentence_index, m.mention_id""", List.of(id));
      for (Map<String, Object> m : mentions) {
        m.put("highlights", highlights(m));
      }
      event.put("mentions", mentions);
      return event;
    });
  }

  /**
   * Where the source, target and trigger are in the mention's sentence, as offsets into the
   * sentence text (the store keeps offsets into the article): what the dashboard marks.
   */
  static List<Map<String, Object>> highlights(Map<String, Object> m) {
    List<Map<String, Object>> out = new ArrayList<>();
    String sentence = (String) m.get("sentence");
    if (sentence == null) {
      return out;
    }
    int base = m.get("sentence_start") instanceof Number n ? n.intValue() : 0;
    for (String role : List.of("source", "target", "trigger")) {
      String text = (String) m.get(role.equals("trigger") ? "trigger" : role + "_text");
      Object start = m.get(role + "_start");
      if (text == null || text.isEmpty() || !(start instanceof Number s)) {
        continue;
      }
      int at = s.intValue() - base;
      if (at < 0 || !sentence.startsWith(text, at)) {
        at = sentence.indexOf(text); // an offset the sentence does not confirm: the first occurrence
      }
      if (at >= 0) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("role", role);
        h.put("start", at);
        h.put("end", at + text.length());
        h.put("text", text);
        out.add(h);
      }
    }
    return out;
  }

  // ---- series

  /** A period start for a date. */
  static LocalDate periodStart(LocalDate d, String by) {
    return switch (by) {
      case "day" -> d;
      case "week" -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> d.withDayOfMonth(1);
      default -> d.withDayOfYear(1);
    };
  }

  static String label(LocalDate start, String by) {
    return switch (by) {
      case "day", "week" -> start.toString();
      case "month" -> start.toString().substring(0, 7);
      default -> start.toString().substring(0, 4);
    };
  }

  static LocalDate next(LocalDate start, String by) {
    return switch (by) {
      case "day" -> start.plusDays(1);
      case "week" -> start.plusWeeks(1);
      case "month" -> start.plusMonths(1);
      default -> start.plusYears(1);
    };
  }

  /** A named part of a series request: one dyad, one actor, or everything selected. */
  public record Part(String name, EventSelection selection) {}

  public Map<String, Object> series(List<Part> parts, String by, LocalDate from, LocalDate to) {
    return db.read(c -> {
      record Cell(LocalDate period, int quad, String root, long n, double g) {}
      List<List<Cell>> cells = new ArrayList<>();
      List<Map<String, Object>> undated = new ArrayList<>();
      LocalDate lo = from == null ? null : periodStart(from, by);
      LocalDate hi = to == null ? null : periodStart(to, by);
      LocalDate seenLo = null;
      LocalDate seenHi = null;
      for (Part part : parts) {
        List<Object> args = new ArrayList<>();
        // Undated events are counted whatever the date range: nothing says they fall outside it.
        String where = part.selection().allDates().where(args);
        List<Cell> got = new ArrayList<>();
        Map<String, Object> und = new LinkedHashMap<>();
        Map<String, Long> undQuad = new LinkedHashMap<>();
        long undN = 0;
        double undG = 0;
        PreparedStatement ps = prepare(c, "SELECT e.date, e.quad_class, e.root, count(*), sum(e.goldstein) "
            + "FROM events e WHERE " + where + " GROUP BY ALL ORDER BY ALL", args);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            java.sql.Date d = rs.getDate(1);
            int quad = rs.getInt(2);
            long n = rs.getLong(4);
            double g = rs.getDouble(5);
            if (d == null) {
              undN += n;
              undG += g;
              undQuad.merge(Integer.toString(quad), n, Long::sum);
              continue;
            }
            LocalDate p = periodStart(d.toLocalDate(), by);
            got.add(new Cell(p, quad, rs.getString(3), n, g));
            seenLo = seenLo == null || p.isBefore(seenLo) ? p : seenLo;
            seenHi = seenHi == null || p.isAfter(seenHi) ? p : seenHi;
          }
        }
        cells.add(got);
        und.put("events", undN);
        und.put("goldstein_sum", round(undG));
        und.put("quad", undQuad);
        undated.add(und);
      }
      LocalDate start = lo != null ? lo : seenLo;
      LocalDate end = hi != null ? hi : seenHi;
      List<LocalDate> periods = new ArrayList<>();
      if (start != null && end != null) {
        long span = switch (by) {
          case "day" -> ChronoUnit.DAYS.between(start, end);
          case "week" -> ChronoUnit.WEEKS.between(start, end);
          case "month" -> ChronoUnit.MONTHS.between(start, end);
          default -> ChronoUnit.YEARS.between(start, end);
        };
        if (span + 1 > MAX_PERIODS) {
          throw ApiException.badParameter("by", by, (span + 1) + " periods from " + start + " to " + end
              + "; at most " + MAX_PERIODS + ": use a longer period or a shorter date range");
        }
        for (LocalDate p = start; !p.isAfter(end); p = next(p, by)) {
          periods.add(p);
        }
      }
      Map<LocalDate, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < periods.size(); i++) {
        index.put(periods.get(i), i);
      }
      List<Map<String, Object>> series = new ArrayList<>();
      for (int k = 0; k < parts.size(); k++) {
        int n = periods.size();
        long[] events = new long[n];
        double[] gsum = new double[n];
        Map<String, long[]> quad = new LinkedHashMap<>();
        for (int q = 1; q <= 4; q++) {
          quad.put(Integer.toString(q), new long[n]);
        }
        Map<String, long[]> roots = new java.util.TreeMap<>();
        for (Cell cell : cells.get(k)) {
          Integer i = index.get(cell.period());
          if (i == null) {
            continue;
          }
          events[i] += cell.n();
          gsum[i] += cell.g();
          quad.computeIfAbsent(Integer.toString(cell.quad()), x -> new long[n])[i] += cell.n();
          if (cell.root() != null) {
            roots.computeIfAbsent(cell.root(), x -> new long[n])[i] += cell.n();
          }
        }
        List<Double> gs = new ArrayList<>();
        List<Double> gm = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          gs.add(round(gsum[i]));
          gm.add(events[i] == 0 ? null : round(gsum[i] / events[i]));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", parts.get(k).name());
        s.put("events", events);
        s.put("quad", quad);
        s.put("root", roots);
        s.put("goldstein_sum", gs);
        s.put("goldstein_mean", gm);
        s.put("undated", undated.get(k));
        series.add(s);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("by", by);
      out.put("periods", periods.stream().map(p -> label(p, by)).toList());
      out.put("series", series);
      return out;
    });
  }

  static Double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  // ---- network, actors, articles, stats

  public Map<String, Object> network(EventSelection sel, boolean byCountry, int limit) {
    return db.read(c -> {
      List<Object> args = new ArrayList<>();
      String s = byCountry ? "e.source_country" : "e.source";
      String t = byCountry ? "e.target_country" : "e.target";
      String where = sel.where(args) + " AND " + s + " <> '' AND " + t + " <> ''";
      args.add(limit);
      List<Map<String, Object>> edges = rows(c, "SELECT " + s + " AS source, " + t + " AS target, count(*) AS events, "
          + "round(avg(e.goldstein), 3) AS goldstein_mean, "
          + "count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation, "
          + "count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict "
          + "FROM events e WHERE " + where + " GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?", args);
      Map<String, Long> nodes = new java.util.TreeMap<>();
      for (Map<String, Object> e : edges) {
        long n = ((Number) e.get("events")).longValue();
        nodes.merge((String) e.get("source"), n, Long::sum);
        nodes.merge((String) e.get("target"), n, Long::sum);
      }
      List<Map<String, Object>> nodeList = new ArrayList<>();
      nodes.forEach((id, n) -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("events", n);
        nodeList.add(m);
      });
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("nodes", nodeList);
      out.put("edges", edges);
      return out;
    });
  }

  public List<Map<String, Object>> actors(String prefix, int limit) {
    return db.read(c -> {
      List<Object> args = new ArrayList<>();
      String where = "actor <> ''";
      if (prefix != null) {
        where += " AND starts_with(actor, ?)";
        args.add(prefix);
      }
      args.add(limit);
      return rows(c, "SELECT actor, any_value(country) AS country, sum(mentions) AS mentions, "
          + "min(first_date) AS first_date, max(last_date) AS last_date, "
          + "string_agg(DISTINCT name, ' | ' ORDER BY name) AS names FROM actors_seen WHERE " + where
          + " GROUP BY actor ORDER BY mentions DESC, actor LIMIT ?", args);
    });
  }

  /** An article by its content hash, with its sentences and the mentions coded in it; or null. */
  public Map<String, Object> article(String hash) {
    return db.read(c -> {
      List<Map<String, Object>> a = rows(c, "SELECT content_hash, id, source, url, title, article_date, date_basis, "
          + "near_duplicate_of, similarity, doc_len, num_sentences, num_events FROM articles WHERE content_hash = ?",
          List.of(hash));
      if (a.isEmpty()) {
        return null;
      }
      Map<String, Object> art = a.get(0);
      String coded = art.get("near_duplicate_of") != null ? (String) art.get("near_duplicate_of") : hash;
      art.put("sentences", rows(c, "SELECT sentence_index, start, text FROM sentences WHERE article_hash = ? "
          + "ORDER BY sentence_index", List.of(coded)));
      art.put("mentions", rows(c, "SELECT CAST(mention_id AS VARCHAR) AS mention_id, CAST(event_id AS VARCHAR) AS event_id, sentence_index, source, target, code, root, quad_class, "
          + "goldstein, modality, date, trigger, rule FROM mentions WHERE article_hash = ? ORDER BY sentence_index, mention_id",
          List.of(coded)));
      return art;
    });
  }

  public Map<String, Object> stats() {
    return db.read(c -> {
      Map<String, Object> out = rows(c, """
          SELECT (SELECT count(*) FROM articles) AS articles,
                 (SELECT count(*) FROM articles WHERE near_duplicate_of IS NOT NULL) AS copies,
                 (SELECT count(*) FROM sentences) AS sentences,
                 (SELECT count(*) FROM mentions) AS mentions,
                 (SELECT count(*) FROM mentions WHERE counted) AS counted_mentions,
                 (SELECT count(*) FROM events) AS events,
                 (SELECT count(*) FROM events WHERE date IS NULL) AS undated_events,
                 (SELECT min(date) FROM events) AS first_date,
                 (SELECT max(date) FROM events) AS last_date,
                 (SELECT count(DISTINCT actor) FROM actors_seen) AS actors""", List.of()).get(0);
      Map<String, Object> quads = new LinkedHashMap<>();
      for (Map<String, Object> r : rows(c, "SELECT quad_class, count(*) AS n FROM events GROUP BY 1 ORDER BY 1", List.of())) {
        quads.put(String.valueOf(r.get("quad_class")), r.get("n"));
      }
      out.put("events_by_quad", quads);
      Map<String, Object> settings = new LinkedHashMap<>();
      for (Map<String, Object> r : rows(c, "SELECT key, value FROM settings ORDER BY key", List.of())) {
        settings.put((String) r.get("key"), r.get("value"));
      }
      out.put("settings", settings);
      return out;
    });
  }

  public long eventCount() {
    return db.read(c -> ((Number) one(c, "SELECT count(*) FROM events", List.of())).longValue());
  }

  // ---- plumbing

  /** The connection's prepared statement for the SQL (kept for the next request), with the values bound. */
  private PreparedStatement prepare(Connection c, String sql, List<?> args) throws SQLException {
    PreparedStatement ps = db.prepared(c, sql);
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
    return ps;
  }

  private Object one(Connection c, String sql, List<?> args) throws SQLException {
    PreparedStatement ps = prepare(c, sql, args);
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return value(rs.getObject(1));
    }
  }

  private List<Map<String, Object>> rows(Connection c, String sql, List<?> args) throws SQLException {
    PreparedStatement ps = prepare(c, sql, args);
    try (ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> out = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnLabel(i), value(rs.getObject(i)));
        }
        out.add(row);
      }
      return out;
    }
  }

  /** JDBC values as JSON-friendly ones: dates as ISO strings, big numbers as longs or doubles. */
  static Object value(Object o) {
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (o instanceof LocalDate d) {
      return d.toString();
    }
    if (o instanceof BigInteger b) {
      return b.longValue();
    }
    if (o instanceof BigDecimal b) {
      return b.doubleValue();
    }
    if (o instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return null;
    }
    return o;
  }
}
