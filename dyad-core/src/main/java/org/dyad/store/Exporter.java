package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.dyad.dict.TsvTable;
import org.dyad.events.PloverMap;

/**
 * Writes a dyad database's events in the layouts other tools read (see {@link ExportFormat} and
 * the README's export section for which fields are empty and why). Tabular formats are written by
 * DuckDB's COPY, so quoting and Parquet encoding are DuckDB's; rows are ordered by date and id.
 */
public final class Exporter {
  private final Connection conn;

  public Exporter(Connection conn) {
    this.conn = conn;
  }

  /** Writes the events that pass the filter; returns how many rows were written. */
  public long export(ExportFormat format, EventFilter filter, Path out) throws IOException, SQLException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    String where = filter.where();
    return switch (format) {
      case GDELT -> copy(gdeltEvents(where), out, "HEADER, DELIMITER '\\t'");
      case GDELT_MENTIONS -> copy(gdeltMentions(where), out, "HEADER, DELIMITER '\\t'");
      case ICEWS -> copy(icews(where), out, "HEADER, DELIMITER '\\t'");
      case CSV -> copy(ourEvents(where), out, "HEADER, DELIMITER ','");
      case PARQUET -> copy(ourEvents(where), out, "FORMAT parquet");
      case PLOVER -> plover(where, out);
    };
  }

  private long copy(String select, Path out, String options) throws SQLException {
    try (Statement st = conn.createStatement()) {
      return st.executeUpdate("COPY (" + select + ") TO '" + out.toAbsolutePath().toString().replace("'", "''")
          + "' (" + options + ")");
    }
  }

  static String ourEvents(String where) {
    return "SELECT e.* FROM events e WHERE " + where + " ORDER BY e.date NULLS LAST, e.event_id";
  }

  /** GDELT's actor block: code, name, country, known group, ethnic, 2 religions, 3 types. */
  private static String gdeltActor(String side, String n) {
    String c = "e." + side + "_country";
    String r = "e." + side + "_role";
    return String.join(", ",
        "e." + side + " AS Actor" + n + "Code",
        "e." + side + "_name AS Actor" + n + "Name",
        "CASE WHEN length(" + c + ") = 3 THEN " + c + " END AS Actor" + n + "CountryCode",
        "CASE WHEN " + c + " SIMILAR TO '(IGO|IMG|NGO).+' THEN substr(" + c + ", 4) END AS Actor" + n + "KnownGroupCode",
        "NULL AS Actor" + n + "EthnicCode",
        "NULL AS Actor" + n + "Religion1Code",
        "NULL AS Actor" + n + "Religion2Code",
        "nullif(substr(" + r + ", 1, 3), '') AS Actor" + n + "Type1Code",
        "nullif(substr(" + r + ", 4, 3), '') AS Actor" + n + "Type2Code",
        "nullif(substr(" + r + ", 7, 3), '') AS Actor" + n + "Type3Code");
  }

  /** GDELT's geo block; dyad places events, not actors, so only ActionGeo is filled. */
  private static String gdeltGeo(String prefix, boolean filled) {
    if (!filled) {
      StringJoiner j = new StringJoiner(", ");
      for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        j.add("NULL AS " + prefix + "_" + f);
      }
      return j.toString();
    }
    return String.join(", ",
        "CASE WHEN e.place IS NULL THEN NULL WHEN e.admin1 IS NULL THEN 1 ELSE 4 END AS " + prefix + "_Type",
        "e.place AS " + prefix + "_FullName",
        "geo.fips AS " + prefix + "_CountryCode",
        "CASE WHEN e.admin1 IS NOT NULL THEN coalesce(geo.fips, '') || e.admin1 END AS " + prefix + "_ADM1Code",
        "NULL AS " + prefix + "_ADM2Code",
        "e.lat AS " + prefix + "_Lat",
        "e.lon AS " + prefix + "_Long",
        "e.geonames_id AS " + prefix + "_FeatureID");
  }

  static String gdeltEvents(String where) {
    return "SELECT e.event_id AS GLOBALEVENTID, CAST(strftime(e.date, '%Y%m%d') AS INTEGER) AS SQLDATE, "
        + "CAST(strftime(e.date, '%Y%m') AS INTEGER) AS MonthYear, year(e.date) AS \"Year\", "
        + "round(year(e.date) + (dayofyear(e.date) - 1) / 365.0, 4) AS FractionDate, "
        + gdeltActor("source", "1") + ", " + gdeltActor("target", "2") + ", "
        + "CAST(e.is_root_event AS INTEGER) AS IsRootEvent, e.code AS EventCode, e.base_code AS EventBaseCode, "
        + "e.root AS EventRootCode, e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale, "
        + "e.num_mentions AS NumMentions, e.num_sources AS NumSources, e.num_articles AS NumArticles, NULL AS AvgTone, "
        + gdeltGeo("Actor1Geo", false) + ", " + gdeltGeo("Actor2Geo", false) + ", " + gdeltGeo("ActionGeo", true) + ", "
        + "CAST(strftime(e.first_seen, '%Y%m%d') || '000000' AS BIGINT) AS DATEADDED, e.source_url AS SOURCEURL "
        + "FROM events e LEFT JOIN (" + countries() + ") geo ON geo.code = e.place_country "
        + "WHERE " + where + " ORDER BY e.date NULLS LAST, e.event_id";
  }

  static String gdeltMentions(String where) {
    return "SELECT e.event_id AS GLOBALEVENTID, "
        + "CAST(strftime(e.date, '%Y%m%d') || '000000' AS BIGINT) AS EventTimeDate, "
        + "CAST(strftime(a.article_date, '%Y%m%d') || '000000' AS BIGINT) AS MentionTimeDate, "
        + "1 AS MentionType, coalesce(a.source, a.id) AS MentionSourceName, coalesce(a.url, a.id) AS MentionIdentifier, "
        + "m.sentence_index + 1 AS SentenceID, "
        + "CASE WHEN a.near_duplicate_of IS NULL THEN m.source_start ELSE -1 END AS Actor1CharOffset, "
        + "CASE WHEN a.near_duplicate_of IS NULL THEN m.target_start ELSE -1 END AS Actor2CharOffset, "
        + "CASE WHEN a.near_duplicate_of IS NULL THEN m.trigger_start ELSE -1 END AS ActionCharOffset, "
        + "CASE WHEN a.near_duplicate_of IS NULL THEN 1 ELSE 0 END AS InRawText, "
        + "CAST(round(m.confidence * 100) AS INTEGER) AS Confidence, a.doc_len AS MentionDocLen, "
        + "NULL AS MentionDocTone, NULL AS MentionDocTranslationInfo, NULL AS Extras "
        + "FROM mentions m JOIN events e ON e.event_id = m.event_id "
        + "JOIN articles a ON coalesce(a.near_duplicate_of, a.content_hash) = m.article_hash "
        + "WHERE " + where + " ORDER BY e.date NULLS LAST, e.event_id, m.mention_id, a.id";
  }

  static String icews(String where) {
    return "SELECT e.event_id AS \"Event ID\", e.date AS \"Event Date\", e.source_name AS \"Source Name\", "
        + "nullif(e.source_role, '') AS \"Source Sectors\", coalesce(sc.name, e.source_country) AS \"Source Country\", "
        + "cameo.name AS \"Event Text\", e.code AS \"CAMEO Code\", e.goldstein AS \"Intensity\", "
        + "e.target_name AS \"Target Name\", nullif(e.target_role, '') AS \"Target Sectors\", "
        + "coalesce(tc.name, e.target_country) AS \"Target Country\", fm.article_hash AS \"Story ID\", "
        + "fm.sentence_index + 1 AS \"Sentence Number\", "
        + "(SELECT min(coalesce(a.source, a.id)) FROM articles a WHERE a.content_hash = fm.article_hash) AS \"Publisher\", "
        + "CASE WHEN e.admin1 IS NOT NULL THEN e.place END AS \"City\", NULL AS \"District\", "
        + "e.admin1 AS \"Province\", pc.name AS \"Country\", e.lat AS \"Latitude\", e.lon AS \"Longitude\" "
        + "FROM events e JOIN mentions fm ON fm.mention_id = e.first_mention_id "
        + "LEFT JOIN (" + countries() + ") sc ON sc.code = e.source_country "
        + "LEFT JOIN (" + countries() + ") tc ON tc.code = e.target_country "
        + "LEFT JOIN (" + countries() + ") pc ON pc.code = e.place_country "
        + "LEFT JOIN (" + cameoNames() + ") cameo ON cameo.code = e.code "
        + "WHERE " + where + " ORDER BY e.date NULLS LAST, e.event_id";
  }

  /** countries.tsv as an inline table (code, fips, name): read-only databases cannot hold a temp table. */
  private static String countries() {
    StringJoiner v = new StringJoiner(", ", "SELECT * FROM (VALUES ", ") AS t(code, fips, name)");
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/actors/countries.tsv", "code", "fips", "names")) {
      String fips = r.get("fips");
      v.add("(" + lit(r.get("code")) + ", " + (fips == null || fips.isEmpty() ? "NULL" : lit(fips)) + ", "
          + lit(r.list("names").get(0)) + ")");
    }
    return v.toString();
  }

  private static String cameoNames() {
    StringJoiner v = new StringJoiner(", ", "SELECT * FROM (VALUES ", ") AS t(code, name)");
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/events/cameo.tsv", "code", "name")) {
      v.add("(" + lit(r.get("code")) + ", " + lit(r.get("name")) + ")");
    }
    return v.toString();
  }

  private static String lit(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private long plover(String where, Path out) throws IOException, SQLException {
    PloverMap plover = PloverMap.builtIn();
    ObjectMapper json = new ObjectMapper();
    long n = 0;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(ourEvents(where))) {
      while (rs.next()) {
        var type = plover.type(rs.getString("code"));
        if (type.isEmpty()) {
          continue; // PLOVER has no type for this CAMEO code (public statements)
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", rs.getLong("event_id"));
        o.put("date", rs.getString("date"));
        o.put("event_type", type.get());
        o.put("mode", plover.mode(rs.getString("code")).orElse(null));
        o.put("context", List.of());
        o.put("actor", rs.getString("source_name"));
        o.put("actor_code", rs.getString("source"));
        o.put("actor_country", rs.getString("source_country"));
        o.put("recipient", rs.getString("target_name"));
        o.put("recipient_code", rs.getString("target"));
        o.put("recipient_country", rs.getString("target_country"));
        o.put("cameo_code", rs.getString("code"));
        o.put("goldstein", rs.getDouble("goldstein"));
        o.put("num_mentions", rs.getInt("num_mentions"));
        o.put("num_sources", rs.getInt("num_sources"));
        o.put("num_articles", rs.getInt("num_articles"));
        o.put("place", rs.getString("place"));
        o.put("place_country", rs.getString("place_country"));
        o.put("source_url", rs.getString("source_url"));
        w.write(json.writeValueAsString(o));
        w.write('\n');
        n++;
      }
    }
    return n;
  }
}
