package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Writes a dyad database's events in the layouts other tools read (see {@link ExportFormat} and
 * the README's export section for what each field holds). GDELT, ICEWS and PLOVER rows are built
 * here, field by field, so that they are what the loaders of those data sets expect; CSV and
 * Parquet are the events table written by DuckDB with empty strings as real nulls. Rows are
 * ordered by date and id.
 *
 * <p>Nothing is dropped without a count: formats that need a date (GDELT, ICEWS, PLOVER) leave
 * out undated events and say how many ({@link Result#undated()}), as does any export with a date
 * range; PLOVER leaves out events whose CAMEO code has no PLOVER type ({@link Result#untyped()}).
 */
public final class Exporter {
  /**
   * @param header    write a header row in GDELT and GDELT-mentions files (GDELT's own have none)
   * @param partition write Parquet as a directory partitioned by year and month of the event date
   */
  public record Options(boolean header, boolean partition) {
    public static final Options DEFAULT = new Options(false, false);
  }

  /**
   * @param rows    rows written
   * @param undated events that passed the actor filter but were left out for having no date
   * @param untyped events left out of a PLOVER export because their code has no PLOVER type
   */
  public record Result(long rows, long undated, long untyped) {}

  /** GDELT 2.0's 61 event columns, in order (GDELT 2.0 Event Codebook). */
  public static final List<String> GDELT_COLUMNS = gdeltColumns();
  /** GDELT 2.0's 16 mention columns, in order. */
  public static final List<String> GDELT_MENTION_COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate",
      "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
      "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
      "MentionDocTranslationInfo", "Extras");
  /** ICEWS's 20 columns, in order. */
  public static final List<String> ICEWS_COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
      "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");

  private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

  private final Connection conn;
  private final ExportTables tables = ExportTables.get();

  public Exporter(Connection conn) {
    this.conn = conn;
  }

  /** Writes the events that pass the filter with the default options; returns how many rows were written. */
  public long export(ExportFormat format, EventFilter filter, Path out) throws IOException, SQLException {
    return export(format, filter, out, Options.DEFAULT).rows();
  }

  public Result export(ExportFormat format, EventFilter filter, Path out, Options options)
      throws IOException, SQLException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    boolean needsDate = format != ExportFormat.CSV && format != ExportFormat.PARQUET;
    String where = filter.where() + (needsDate ? " AND e.date IS NOT NULL" : "");
    long undated = needsDate || filter.hasDateRange() ? count("e.date IS NULL AND " + filter.actorWhere()) : 0;
    return switch (format) {
      case GDELT -> new Result(gdelt(where, out, options.header()), undated, 0);
      case GDELT_MENTIONS -> new Result(gdeltMentions(where, out, options.header()), undated, 0);
      case ICEWS -> new Result(icews(where, out), undated, 0);
      case PLOVER -> plover(where, out, undated);
      case CSV -> new Result(copy(ourEvents(where, false), out, "HEADER, DELIMITER ','"), undated, 0);
      case PARQUET -> new Result(options.partition()
          ? copy(ourEvents(where, true), out, "FORMAT parquet, PARTITION_BY (year, month)")
          : copy(ourEvents(where, false), out, "FORMAT parquet"), undated, 0);
    };
  }

  private long count(String where) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM events e WHERE " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private long copy(String select, Path out, String options) throws SQLException {
    try (Statement st = conn.createStatement()) {
      return st.executeUpdate("COPY (" + select + ") TO '" + out.toAbsolutePath().toString().replace("'", "''")
          + "' (" + options + ")");
    }
  }

  /** The events table, every empty text a real null; with {@code partitionColumns} also year and month. */
  private String ourEvents(String where, boolean partitionColumns) throws SQLException {
    StringJoiner cols = new StringJoiner(", ");
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'events' "
            + "ORDER BY ordinal_position")) {
      while (rs.next()) {
        String c = '"' + rs.getString(1) + '"';
        String name = rs.getString(1);
        if (rs.getString(2).equals("VARCHAR")) {
          cols.add("nullif(e." + c + ", '') AS " + c);
        } else if (name.equals("lat") || name.equals("lon")) {
          cols.add("round(e." + c + ", 4) AS " + c); // stored from floats: 4 decimals (about 10 m) are what they hold
        } else {
          cols.add("e." + c);
        }
      }
    }
    if (partitionColumns) {
      cols.add("year(e.date) AS year").add("month(e.date) AS month");
    }
    return "SELECT " + cols + " FROM events e WHERE " + where + " ORDER BY e.date NULLS LAST, e.event_id";
  }

  private static List<String> gdeltColumns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        c.add(a + f);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        c.add(g + "_" + f);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }

  private Writer open(Path out) throws IOException {
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }

  private static String text(ResultSet rs, String column) throws SQLException {
    String s = rs.getString(column);
    return s == null || s.isBlank() ? null : s;
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Object number(ResultSet rs, String column) throws SQLException {
    Object o = rs.getObject(column);
    return o instanceof Number n && !(o instanceof Double) ? n : (o == null ? null : TsvRows.decimal(((Number) o).doubleValue(), 4));
  }

  /**
   * Tone per article, GDELT's way: 100 x (positive - negative words) / words, with the words of
   * {@code output/tone-lexicon.tsv}, over the article's stored sentences (copies share their
   * original's). A CTE named {@code tone(article_hash, tone)}.
   */
  private String toneCte() {
    StringJoiner lex = new StringJoiner(", ", "lex(word, polarity) AS (VALUES ", ")");
    tables.tone().forEach((word, polarity) -> lex.add("('" + word + "', " + polarity + ")")); // words are [a-z]+
    return lex + ", words AS (SELECT s.article_hash, unnest(regexp_split_to_array(lower(s.text), '[^a-z]+')) AS word "
        + "FROM sentences s), tone AS (SELECT w.article_hash, 100.0 * coalesce(sum(lex.polarity), 0) / count(*) AS tone "
        + "FROM words w LEFT JOIN lex ON lex.word = w.word WHERE w.word <> '' GROUP BY w.article_hash)";
  }

  private long gdelt(String where, Path out, boolean header) throws IOException, SQLException {
    long n = 0;
    try (Writer w = open(out); Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
        "WITH " + toneCte() + ", event_tone AS (SELECT m.event_id, avg(t.tone) AS avg_tone FROM "
            + "(SELECT DISTINCT event_id, article_hash FROM mentions) m JOIN tone t ON t.article_hash = m.article_hash "
            + "GROUP BY m.event_id) SELECT e.*, et.avg_tone FROM events e LEFT JOIN event_tone et "
            + "ON et.event_id = e.event_id WHERE " + where + " ORDER BY e.date, e.event_id")) {
      TsvRows tsv = new TsvRows(w);
      if (header) {
        tsv.row(GDELT_COLUMNS);
      }
      while (rs.next()) {
        tsv.row(gdeltRow(rs));
        n++;
      }
    }
    return n;
  }

  private List<Object> gdeltRow(ResultSet rs) throws SQLException {
    LocalDate d = date(rs, "date");
    List<Object> row = new ArrayList<>(61);
    row.add(rs.getLong("event_id"));
    row.add(d.format(YMD));
    row.add(d.getYear() * 100 + d.getMonthValue());
    row.add(d.getYear());
    row.add(TsvRows.decimal(d.getYear() + (d.getDayOfYear() - 1) / 365.0, 4));
    gdeltActor(rs, "source", row);
    gdeltActor(rs, "target", row);
    row.add(rs.getBoolean("is_root_event") ? 1 : 0);
    row.add(text(rs, "code"));
    row.add(text(rs, "base_code"));
    row.add(text(rs, "root"));
    row.add(rs.getObject("quad_class"));
    row.add(number(rs, "goldstein"));
    row.add(rs.getObject("num_mentions"));
    row.add(rs.getObject("num_sources"));
    row.add(rs.getObject("num_articles"));
    row.add(number(rs, "avg_tone")); // the mean tone of the articles that mention it (tone-lexicon.tsv)
    gdeltNoGeo(row); // Actor1Geo: dyad places events, not actors
    gdeltNoGeo(row); // Actor2Geo
    gdeltActionGeo(rs, row);
    LocalDate added = Optional.ofNullable(date(rs, "first_seen")).orElse(d);
    row.add(added.format(YMD) + "000000");
    row.add(text(rs, "source_url"));
    return row;
  }

  /** GDELT's actor block: code, name, country, known group, ethnic, 2 religions, 3 types. */
  private void gdeltActor(ResultSet rs, String side, List<Object> row) throws SQLException {
    String code = text(rs, side);
    String country = text(rs, side + "_country");
    String role = Optional.ofNullable(text(rs, side + "_role")).orElse("");
    if (code != null && code.startsWith("---")) {
      code = code.length() > 3 ? code.substring(3) : null; // a role without a country: GDELT writes the role alone
    }
    if (country != null && (country.startsWith("---") || country.isBlank())) {
      country = null;
    }
    row.add(code);
    row.add(text(rs, side + "_name"));
    row.add(country != null && country.length() == 3 && !isGroup(country) ? country : null);
    row.add(country != null && isGroup(country) ? country.substring(3) : null);
    row.add(null);
    row.add(null);
    row.add(null);
    for (int i = 0; i < 9; i += 3) {
      row.add(role.length() >= i + 3 ? role.substring(i, i + 3) : null);
    }
  }

  private static boolean isGroup(String country) {
    return country.length() > 3 && (country.startsWith("IGO") || country.startsWith("IMG") || country.startsWith("NGO"));
  }

  /** A geo block with no location: GDELT writes type 0 and leaves the rest empty. */
  private static void gdeltNoGeo(List<Object> row) {
    row.add(0);
    for (int i = 0; i < 7; i++) {
      row.add(null);
    }
  }

  /**
   * ActionGeo as GDELT defines it: type 1 country, 2 US state, 3 US city, 4 world city, 5 world
   * state; country as FIPS 10-4; ADM1 as FIPS country + division code (GeoNames' admin1 code,
   * FIPS-based for nearly every country, "IZ07" for Baghdad), or the country alone where the
   * gazetteer has no code for the division; coordinates to 4 decimals; the feature id is the
   * GeoNames id for towns, else the ADM1 or country code.
   */
  private void gdeltActionGeo(ResultSet rs, List<Object> row) throws SQLException {
    String place = text(rs, "place");
    String country = text(rs, "place_country");
    if (place == null || country == null) {
      gdeltNoGeo(row);
      return;
    }
    Optional<ExportTables.Country> c = tables.country(country);
    String fips = c.map(ExportTables.Country::fips).orElse(null);
    String countryName = c.map(ExportTables.Country::name).orElse(null);
    String id = text(rs, "geonames_id");
    String admin1 = text(rs, "admin1");
    boolean us = "USA".equals(country);
    int type;
    String adm1Code;
    String fullName;
    String feature;
    if (id == null || id.startsWith("C")) {
      type = 1;
      adm1Code = fips;
      fullName = countryName != null ? countryName : place;
      feature = fips;
    } else {
      boolean state = id.startsWith("A") || id.startsWith("dyad:");
      String code = id.startsWith("A") ? ExportTables.adm1Code(id) : tables.adm1(country, admin1).orElse(null);
      adm1Code = fips == null ? null : code == null ? fips : fips + code;
      type = state ? (us ? 2 : 5) : (us ? 3 : 4);
      StringJoiner name = new StringJoiner(", ");
      name.add(place);
      if (admin1 != null && !admin1.equals(place)) {
        name.add(admin1);
      }
      if (countryName != null) {
        name.add(countryName);
      }
      fullName = name.toString();
      feature = state ? adm1Code : id;
    }
    row.add(type);
    row.add(fullName);
    row.add(fips);
    row.add(adm1Code);
    row.add(null);
    row.add(number(rs, "lat"));
    row.add(number(rs, "lon"));
    row.add(feature);
  }

  private long gdeltMentions(String where, Path out, boolean header) throws IOException, SQLException {
    String sql = "WITH " + toneCte() + " SELECT e.event_id, e.date, coalesce(a.article_date, e.first_seen, e.date) AS mention_date, t.tone, "
        + "coalesce(a.source, a.id) AS source_name, coalesce(a.url, a.id) AS identifier, m.sentence_index, "
        + "a.near_duplicate_of IS NOT NULL AS copy, m.source_start, m.target_start, m.trigger_start, m.confidence, "
        + "a.doc_len FROM mentions m JOIN events e ON e.event_id = m.event_id "
        + "JOIN articles a ON coalesce(a.near_duplicate_of, a.content_hash) = m.article_hash "
        + "LEFT JOIN tone t ON t.article_hash = m.article_hash "
        + "WHERE " + where + " ORDER BY e.date, e.event_id, m.mention_id, a.id";
    long n = 0;
    try (Writer w = open(out); Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      TsvRows tsv = new TsvRows(w);
      if (header) {
        tsv.row(GDELT_MENTION_COLUMNS);
      }
      while (rs.next()) {
        boolean copy = rs.getBoolean("copy");
        tsv.row(Arrays.asList(rs.getLong("event_id"), date(rs, "date").format(YMD) + "000000",
            date(rs, "mention_date").format(YMD) + "000000", 1, text(rs, "source_name"), text(rs, "identifier"),
            rs.getInt("sentence_index") + 1, copy ? -1 : offset(rs, "source_start"), copy ? -1 : offset(rs, "target_start"),
            copy ? -1 : offset(rs, "trigger_start"), copy ? 0 : 1, (int) Math.round(rs.getDouble("confidence") * 100),
            rs.getObject("doc_len"), number(rs, "tone"), null, null));
        n++;
      }
    }
    return n;
  }

  /** A character offset, or GDELT's -1 when the actor was not found in the text. */
  private static int offset(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? -1 : v;
  }

  /**
   * ICEWS rows. ICEWS ids are integers (R's icews package reads them as such), so Event ID is the
   * event's rank among all events of the database by dyad's 63-bit id and Story ID the article's
   * rank by content hash: stable for a database, renumbered when articles are added (csv and
   * parquet keep dyad's own ids).
   */
  private long icews(String where, Path out) throws IOException, SQLException {
    String sql = "SELECT e.*, ids.icews_id, st.story_id, fm.sentence_index AS first_sentence, "
        + "(SELECT min(coalesce(a.source, a.id)) FROM articles a WHERE a.content_hash = fm.article_hash) AS publisher "
        + "FROM events e JOIN (SELECT event_id, row_number() OVER (ORDER BY event_id) AS icews_id FROM events) ids "
        + "ON ids.event_id = e.event_id JOIN mentions fm ON fm.mention_id = e.first_mention_id "
        + "LEFT JOIN (SELECT content_hash, row_number() OVER (ORDER BY content_hash) AS story_id "
        + "FROM (SELECT DISTINCT content_hash FROM articles)) st ON st.content_hash = fm.article_hash "
        + "WHERE " + where + " ORDER BY e.date, e.event_id";
    Map<String, String> cameoNames = cameoNames();
    long n = 0;
    try (Writer w = open(out); Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      TsvRows tsv = new TsvRows(w);
      tsv.row(ICEWS_COLUMNS);
      while (rs.next()) {
        String admin1 = text(rs, "admin1");
        String id = text(rs, "geonames_id");
        boolean town = id != null && !id.startsWith("A") && !id.startsWith("C") && !id.startsWith("dyad:");
        tsv.row(Arrays.asList(rs.getLong("icews_id"), date(rs, "date").toString(), text(rs, "source_name"),
            String.join(",", tables.sectors(text(rs, "source_role"))), icewsCountry(text(rs, "source_country")),
            cameoNames.get(text(rs, "code")), text(rs, "code"), number(rs, "goldstein"), text(rs, "target_name"),
            String.join(",", tables.sectors(text(rs, "target_role"))), icewsCountry(text(rs, "target_country")),
            rs.getObject("story_id"), rs.getInt("first_sentence") + 1, text(rs, "publisher"),
            town ? text(rs, "place") : null, null, admin1, icewsCountry(text(rs, "place_country")),
            number(rs, "lat"), number(rs, "lon")));
        n++;
      }
    }
    return n;
  }

  private String icewsCountry(String code) {
    return tables.country(code).map(ExportTables.Country::name).orElse(null);
  }

  private static Map<String, String> cameoNames() {
    Map<String, String> m = new java.util.HashMap<>();
    for (org.dyad.dict.TsvTable.Row r : org.dyad.dict.TsvTable.fromResource("/org/dyad/events/cameo.tsv", "code", "name")) {
      m.put(r.get("code"), r.get("name"));
    }
    return m;
  }

  /**
   * PLOVER 2021 / POLECAT records as JSON Lines (schema: {@code docs/plover-event.schema.json}):
   * type, mode and contexts from {@code output/cameo-plover2021.tsv}, actor and recipient as
   * lists of actor objects, the location as a list of places, the quad code and the text span.
   */
  private Result plover(String where, Path out, long undated) throws IOException, SQLException {
    ObjectMapper json = new ObjectMapper();
    String sql = "SELECT e.*, fm.sentence, fm.sentence_start, fm.trigger, fm.trigger_start, fm.article_hash, "
        + "fm.article_date, (SELECT min(coalesce(a.source, a.id)) FROM articles a WHERE a.content_hash = fm.article_hash)"
        + " AS publisher FROM events e JOIN mentions fm ON fm.mention_id = e.first_mention_id "
        + "WHERE " + where + " ORDER BY e.date, e.event_id";
    long n = 0;
    long untyped = 0;
    try (Writer w = open(out); Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        Optional<ExportTables.Plover> p = tables.plover(text(rs, "code"));
        if (p.isEmpty()) {
          untyped++;
          continue;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", Long.toString(rs.getLong("event_id")));
        o.put("date", date(rs, "date").toString());
        o.put("date_precision", text(rs, "date_precision"));
        o.put("event_type", p.get().type());
        o.put("event_mode", p.get().mode() == null ? List.of() : List.of(p.get().mode()));
        o.put("contexts", p.get().contexts());
        o.put("quad_code", p.get().quad());
        o.put("actor", ploverActors(rs, "source"));
        o.put("recipient", ploverActors(rs, "target"));
        o.put("location", ploverLocation(rs));
        Map<String, Object> span = new LinkedHashMap<>();
        String sentence = text(rs, "sentence");
        int start = rs.getInt("sentence_start");
        span.put("start", start);
        span.put("end", start + (sentence == null ? 0 : sentence.length()));
        span.put("trigger", text(rs, "trigger"));
        Object trigger = rs.getObject("trigger_start");
        span.put("trigger_start", trigger);
        o.put("event_text", sentence);
        o.put("text_span", span);
        o.put("cameo_code", text(rs, "code"));
        o.put("goldstein", rs.getDouble("goldstein"));
        o.put("num_mentions", rs.getInt("num_mentions"));
        o.put("num_sources", rs.getInt("num_sources"));
        o.put("num_articles", rs.getInt("num_articles"));
        o.put("story_id", text(rs, "article_hash"));
        o.put("story_date", Optional.ofNullable(date(rs, "article_date")).map(LocalDate::toString).orElse(null));
        o.put("publisher", text(rs, "publisher"));
        o.put("source_url", text(rs, "source_url"));
        w.write(json.writeValueAsString(o));
        w.write('\n');
        n++;
      }
    }
    return new Result(n, undated, untyped);
  }

  /** One actor as a list of one PLOVER actor object (PLOVER allows several actors per event). */
  private List<Map<String, Object>> ploverActors(ResultSet rs, String side) throws SQLException {
    String code = text(rs, side);
    if (code == null) {
      return List.of();
    }
    String country = text(rs, side + "_country");
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("name", text(rs, side + "_name"));
    a.put("code", code);
    a.put("country", country != null && country.length() == 3 && !country.startsWith("---") ? country : null);
    List<String> sectors = tables.sectors(text(rs, side + "_role"));
    a.put("sector", sectors.isEmpty() ? null : sectors.get(0));
    a.put("sectors", sectors);
    return List.of(a);
  }

  private List<Map<String, Object>> ploverLocation(ResultSet rs) throws SQLException {
    String place = text(rs, "place");
    if (place == null) {
      return List.of();
    }
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("name", place);
    l.put("country", text(rs, "place_country"));
    l.put("admin1", text(rs, "admin1"));
    double lat = rs.getDouble("lat");
    l.put("lat", rs.wasNull() ? null : Double.valueOf(TsvRows.decimal(lat, 4)));
    double lon = rs.getDouble("lon");
    l.put("lon", rs.wasNull() ? null : Double.valueOf(TsvRows.decimal(lon, 4)));
    l.put("geonames_id", text(rs, "geonames_id"));
    return List.of(l);
  }
}
