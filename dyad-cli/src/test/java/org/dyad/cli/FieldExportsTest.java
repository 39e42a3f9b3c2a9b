package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every export the way the field's own tools read it: GDELT files with GDELT's 61 column
 * names and types and no header (pandas' {@code header=None}; here DuckDB's read_csv with the same
 * column list, which fails on a row that does not fit), ICEWS with the column types of R's icews
 * package (integer ids), PLOVER JSON against the schema written from the PLOVER manual. The
 * articles are undated, as AG News items are, and are coded once as they are and once with
 * {@code --default-date}.
 */
class FieldExportsTest {
  @TempDir
  static Path dir;

  static Path undatedDb;
  static Path datedDb;
  static String undatedRun;

  /** GDELT 2.0 event columns and the types a GDELT loader gives them (codes are text: "042" keeps its zero). */
  static final Map<String, String> GDELT = new LinkedHashMap<>();
  /** GDELT 2.0 mention columns and types. */
  static final Map<String, String> MENTIONS = new LinkedHashMap<>();
  /** ICEWS columns and the types R's icews package reads them with. */
  static final Map<String, String> ICEWS = new LinkedHashMap<>();

  static {
    for (String c : "GLOBALEVENTID SQLDATE MonthYear Year".split(" ")) {
      GDELT.put(c, c.equals("GLOBALEVENTID") ? "BIGINT" : "INTEGER");
    }
    GDELT.put("FractionDate", "DOUBLE");
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f : "Code Name CountryCode KnownGroupCode EthnicCode Religion1Code Religion2Code Type1Code Type2Code Type3Code".split(" ")) {
        GDELT.put(a + f, "VARCHAR");
      }
    }
    GDELT.put("IsRootEvent", "INTEGER");
    GDELT.put("EventCode", "VARCHAR");
    GDELT.put("EventBaseCode", "VARCHAR");
    GDELT.put("EventRootCode", "VARCHAR");
    GDELT.put("QuadClass", "INTEGER");
    GDELT.put("GoldsteinScale", "DOUBLE");
    GDELT.put("NumMentions", "INTEGER");
    GDELT.put("NumSources", "INTEGER");
    GDELT.put("NumArticles", "INTEGER");
    GDELT.put("AvgTone", "DOUBLE");
    for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      GDELT.put(g + "_Type", "INTEGER");
      GDELT.put(g + "_FullName", "VARCHAR");
      GDELT.put(g + "_CountryCode", "VARCHAR");
      GDELT.put(g + "_ADM1Code", "VARCHAR");
      GDELT.put(g + "_ADM2Code", "VARCHAR");
      GDELT.put(g + "_Lat", "DOUBLE");
      GDELT.put(g + "_Long", "DOUBLE");
      GDELT.put(g + "_FeatureID", "VARCHAR");
    }
    GDELT.put("DATEADDED", "BIGINT");
    GDELT.put("SOURCEURL", "VARCHAR");

    MENTIONS.put("GLOBALEVENTID", "BIGINT");
    MENTIONS.put("EventTimeDate", "BIGINT");
    MENTIONS.put("MentionTimeDate", "BIGINT");
    MENTIONS.put("MentionType", "INTEGER");
    MENTIONS.put("MentionSourceName", "VARCHAR");
    MENTIONS.put("MentionIdentifier", "VARCHAR");
    for (String c : "SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen".split(" ")) {
      MENTIONS.put(c, "INTEGER");
    }
    MENTIONS.put("MentionDocTone", "DOUBLE");
    MENTIONS.put("MentionDocTranslationInfo", "VARCHAR");
    MENTIONS.put("Extras", "VARCHAR");

    ICEWS.put("Event ID", "INTEGER");
    ICEWS.put("Event Date", "DATE");
    for (String c : List.of("Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code")) {
      ICEWS.put(c, "VARCHAR");
    }
    ICEWS.put("Intensity", "DOUBLE");
    for (String c : List.of("Target Name", "Target Sectors", "Target Country")) {
      ICEWS.put(c, "VARCHAR");
    }
    ICEWS.put("Story ID", "INTEGER");
    ICEWS.put("Sentence Number", "INTEGER");
    for (String c : List.of("Publisher", "City", "District", "Province", "Country")) {
      ICEWS.put(c, "VARCHAR");
    }
    ICEWS.put("Latitude", "DOUBLE");
    ICEWS.put("Longitude", "DOUBLE");
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeAll
  static void codeTheArticles() throws Exception {
    Path corpus = dir.resolve("news.jsonl");
    // Short items without dates, as AG News has them; one carries a date field.
    Files.writeString(corpus, String.join("\n",
        "{\"id\": \"n1\", \"text\": \"Russia accused Turkey of shelling villages near Aleppo.\"}",
        "{\"id\": \"n2\", \"text\": \"Iran's foreign minister telephoned his Turkish counterpart on Tuesday to discuss the talks.\"}",
        "{\"id\": \"n3\", \"date\": \"2019-06-06\", \"text\": \"Russia accused Turkey of breaking the truce in Idlib.\"}",
        "{\"id\": \"n4\", \"text\": \"Egypt praised Saudi Arabia for its aid to Yemen.\"}",
        "{\"id\": \"n5\", \"text\": \"Iraqi police arrested protesters in Baghdad, the government said.\"}") + "\n");
    undatedDb = dir.resolve("undated.duckdb");
    datedDb = dir.resolve("dated.duckdb");
    CliRun a = run("code", corpus.toString(), "--db", undatedDb.toString(), "--threads", "2");
    assertThat(a.exit()).as(a.err()).isZero();
    undatedRun = a.err();
    CliRun b = run("code", corpus.toString(), "--db", datedDb.toString(), "--threads", "2", "--default-date", "2004-10-01");
    assertThat(b.exit()).as(b.err()).isZero();
  }

  static List<List<Object>> rows(String sql) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  static long count(String sql) throws Exception {
    return ((Number) rows(sql).get(0).get(0)).longValue();
  }

  /** Events in a dyad database that meet a condition ("" for all). */
  static long events(Path db, String where) throws Exception {
    java.util.Properties ro = new java.util.Properties();
    ro.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, ro); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM events " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** DuckDB's read_csv told the columns and types, no quoting, as a GDELT/ICEWS loader is. */
  static String read(Path file, Map<String, String> columns, boolean header) {
    StringJoiner cols = new StringJoiner(", ", "{", "}");
    columns.forEach((name, type) -> cols.add("'" + name + "': '" + type + "'"));
    return "read_csv('" + file + "', delim = '\\t', quote = '', escape = '', header = " + header + ", columns = " + cols
        + ", auto_detect = false)";
  }

  @Test
  void withoutADefaultDateUndatedEventsAreCountedEverywhereNeverDroppedSilently() throws Exception {
    assertThat(undatedRun).containsPattern("\\d+ of those events are undated");
    long undated = events(undatedDb, "WHERE date IS NULL");
    assertThat(undated).isPositive();

    CliRun q = run("query", "--db", undatedDb.toString(), "--dyad", "RUS,TUR");
    assertThat(q.exit()).as(q.err()).isZero();
    assertThat(q.out()).contains("undated: 1 event(s)");

    Path gdelt = dir.resolve("undated.gdelt.tsv");
    CliRun x = run("export", "--db", undatedDb.toString(), "--format", "gdelt", "--out", gdelt.toString());
    assertThat(x.err()).contains("left out " + undated + " undated event(s)");
    long total = events(undatedDb, "");
    assertThat(Files.readAllLines(gdelt)).hasSize((int) (total - undated));

    Path csv = dir.resolve("undated.csv");
    run("export", "--db", undatedDb.toString(), "--format", "csv", "--out", csv.toString());
    assertThat(count("SELECT count(*) FROM read_csv('" + csv + "')")).isEqualTo(total); // CSV keeps them, date null

    CliRun p = run("panel", "--db", undatedDb.toString(), "--out", dir.resolve("undated.panel.csv").toString());
    assertThat(p.err()).contains(undated + " undated event(s) are in no period");
    CliRun ranged = run("export", "--db", undatedDb.toString(), "--format", "csv", "--from", "2019", "--to", "2019-06",
        "--out", dir.resolve("ranged.csv").toString());
    assertThat(ranged.err()).contains("left out " + undated + " undated event(s)");
  }

  @Test
  void withADefaultDateNoEventIsUndatedAndQueryPanelAndExportAgree() throws Exception {
    assertThat(events(datedDb, "WHERE date IS NULL")).isZero();
    long total = events(datedDb, "");
    assertThat(total).isGreaterThanOrEqualTo(4);

    Path csv = dir.resolve("dated.csv");
    run("export", "--db", datedDb.toString(), "--format", "csv", "--out", csv.toString());
    Path gdelt = dir.resolve("dated.gdelt.tsv");
    CliRun g = run("export", "--db", datedDb.toString(), "--format", "gdelt", "--out", gdelt.toString());
    assertThat(g.err()).doesNotContain("left out");
    Path panel = dir.resolve("dated.panel.csv");
    run("panel", "--db", datedDb.toString(), "--by", "week", "--out", panel.toString());
    Path parquet = dir.resolve("dated.panel.parquet");
    run("panel", "--db", datedDb.toString(), "--by", "month", "--format", "parquet", "--out", parquet.toString());
    CliRun q = run("query", "--db", datedDb.toString(), "--dyad", "RUS,TUR", "--dyad", "IRN,TUR", "--format", "csv");
    Path queryCsv = Files.writeString(dir.resolve("query.csv"), q.out());

    assertThat(count("SELECT count(*) FROM read_csv('" + csv + "')")).isEqualTo(total);
    assertThat(count("SELECT count(*) FROM " + read(gdelt, GDELT, false))).isEqualTo(total);
    assertThat(count("SELECT sum(events) FROM read_csv('" + panel + "')")).isEqualTo(total);
    assertThat(count("SELECT sum(events) FROM read_parquet('" + parquet + "')")).isEqualTo(total);
    // the dyads' own counts: the query's CSV, the panel by code, the events table
    long dyads = events(datedDb, "WHERE (starts_with(source, 'RUS') AND "
        + "starts_with(target, 'TUR')) OR (starts_with(source, 'IRN') AND starts_with(target, 'TUR'))");
    assertThat(dyads).isPositive();
    assertThat(count("SELECT sum(events) FROM read_csv('" + queryCsv + "')")).isEqualTo(dyads);
    // zero-filled: every dyad has a row for every week between the first and the last event
    assertThat(count("SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM read_csv('" + panel
        + "') GROUP BY source, target)")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM read_csv('" + panel + "') WHERE events = 0 AND goldstein_mean IS NOT NULL"))
        .isZero();
    assertThat(count("SELECT count(*) FROM read_csv('" + panel + "') WHERE q1 + q2 + q3 + q4 <> events")).isZero();
  }

  @Test
  void gdeltEventsReadWithGdeltsColumnsAndNoHeader() throws Exception {
    Path gdelt = dir.resolve("events.gdelt.tsv");
    assertThat(run("export", "--db", datedDb.toString(), "--format", "gdelt", "--out", gdelt.toString()).exit()).isZero();
    List<String> lines = Files.readAllLines(gdelt);
    assertThat(lines).isNotEmpty().allSatisfy(l -> {
      assertThat(l.split("\t", -1)).hasSize(61);
      assertThat(l).doesNotContain("\"").doesNotContain("---");
    });
    assertThat(lines.get(0)).matches("^\\d+\t\\d{8}\t.*"); // no header row: the first field is an id
    String f = read(gdelt, GDELT, false);
    // every row parses with GDELT's types (read_csv fails otherwise), and the fields mean what GDELT means
    assertThat(count("SELECT count(*) FROM " + f + " WHERE SQLDATE // 100 <> MonthYear OR MonthYear // 100 <> Year"
        + " OR floor(FractionDate) <> Year OR DATEADDED // 1000000 < SQLDATE - 100")).isZero();
    assertThat(count("SELECT count(*) FROM " + f + " WHERE QuadClass NOT BETWEEN 1 AND 4 OR EventRootCode <> "
        + "substr(EventCode, 1, 2) OR length(EventCode) NOT BETWEEN 3 AND 4 OR GoldsteinScale NOT BETWEEN -10 AND 10")).isZero();
    // tone from output/tone-lexicon.tsv: every event has one, "accused ... shelling" reads negative
    assertThat(count("SELECT count(*) FROM " + f + " WHERE AvgTone IS NULL OR AvgTone NOT BETWEEN -100 AND 100")).isZero();
    assertThat(count("SELECT count(*) FROM " + f + " WHERE EventCode = '112' AND AvgTone < 0")).isPositive();
    assertThat(count("SELECT count(*) FROM " + f + " WHERE Actor1Geo_Type <> 0 OR Actor2Geo_Type <> 0 "
        + "OR ActionGeo_Type NOT BETWEEN 0 AND 5")).isZero();
    assertThat(count("SELECT count(*) FROM " + f + " WHERE Actor1CountryCode IS NOT NULL AND length(Actor1CountryCode) <> 3"))
        .isZero();
    // coordinates rounded; ADM1 codes are FIPS country + division code ("IZ07" Baghdad, "SY09" Aleppo)
    assertThat(count("SELECT count(*) FROM " + f + " WHERE round(ActionGeo_Lat, 4) <> ActionGeo_Lat")).isZero();
    assertThat(rows("SELECT DISTINCT ActionGeo_CountryCode, ActionGeo_ADM1Code, ActionGeo_Type FROM " + f
        + " WHERE ActionGeo_ADM1Code IN ('IZ07', 'SY09') ORDER BY 1")).isNotEmpty()
        .allSatisfy(r -> assertThat((Integer) r.get(2)).isIn(4, 5));
    assertThat(count("SELECT count(*) FROM " + f + " WHERE ActionGeo_Type > 0 AND NOT starts_with(ActionGeo_ADM1Code, "
        + "ActionGeo_CountryCode)")).isZero();

    Path headed = dir.resolve("events.header.tsv");
    run("export", "--db", datedDb.toString(), "--format", "gdelt", "--header", "--out", headed.toString());
    assertThat(Files.readAllLines(headed).get(0)).isEqualTo(String.join("\t", GDELT.keySet()));
  }

  @Test
  void gdeltMentionsReadWithGdeltsColumnsAndNoHeader() throws Exception {
    Path mentions = dir.resolve("mentions.tsv");
    assertThat(run("export", "--db", datedDb.toString(), "--format", "gdelt-mentions", "--out", mentions.toString())
        .exit()).isZero();
    String f = read(mentions, MENTIONS, false);
    assertThat(count("SELECT count(*) FROM " + f)).isPositive();
    assertThat(count("SELECT count(*) FROM " + f + " WHERE EventTimeDate < 19000101000000 OR MentionTimeDate "
        + "< 19000101000000 OR Confidence NOT BETWEEN 0 AND 100 OR SentenceID < 1 OR MentionType <> 1 "
        + "OR MentionDocTone IS NULL")).isZero();
  }

  @Test
  void icewsReadsWithTheIcewsPackagesTypes() throws Exception {
    Path icews = dir.resolve("icews.tsv");
    assertThat(run("export", "--db", datedDb.toString(), "--format", "icews", "--out", icews.toString()).exit()).isZero();
    assertThat(Files.readAllLines(icews).get(0)).isEqualTo(String.join("\t", ICEWS.keySet()));
    String f = read(icews, ICEWS, true);
    long total = events(datedDb, "");
    assertThat(count("SELECT count(DISTINCT \"Event ID\") FROM " + f)).isEqualTo(total);
    assertThat(count("SELECT count(*) FROM " + f + " WHERE \"Story ID\" IS NULL OR \"Sentence Number\" < 1")).isZero();
    // sectors are ICEWS's names, from output/icews-sectors.tsv, never dyad's role codes
    assertThat(count("SELECT count(*) FROM " + f + " WHERE regexp_matches(\"Source Sectors\", '^[A-Z]{3}$')")).isZero();
    assertThat(count("SELECT count(*) FROM " + f + " WHERE \"Source Sectors\" LIKE '%Government%' OR "
        + "\"Source Sectors\" LIKE '%Police%'")).isPositive();
  }

  @Test
  void ploverLinesValidateAgainstTheSchemaWrittenFromThePloverManual() throws Exception {
    Path plover = dir.resolve("plover.jsonl");
    CliRun r = run("export", "--db", datedDb.toString(), "--format", "plover", "--out", plover.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Schema schema;
    try (InputStream in = FieldExportsTest.class.getResourceAsStream("/org/dyad/output/plover-event.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    List<String> lines = Files.readAllLines(plover);
    assertThat(lines).isNotEmpty();
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      assertThat(schema.validate(line, InputFormat.JSON)).as(line).isEmpty();
      JsonNode e = json.readTree(line);
      assertThat(e.get("actor").isArray()).isTrue();
    }
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"event_type\":\"ACCUSE\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"event_mode\":[\"phone\"]"));
    // a schema that would accept anything proves nothing: a PLOVER 0.5 record fails it
    assertThat(schema.validate(lines.get(0).replaceFirst("\"event_type\":\"[A-Z]+\"", "\"event_type\":\"DISAPPROVE\""),
        InputFormat.JSON)).isNotEmpty();
    assertThat(schema.validate(lines.get(0).replaceFirst("\"actor\":\\[", "\"actor\":\"RUS\",\"x\":["),
        InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void csvAndParquetHoldRealNullsAndParquetPartitionsByYearAndMonth() throws Exception {
    Path csv = dir.resolve("nulls.csv");
    run("export", "--db", datedDb.toString(), "--format", "csv", "--out", csv.toString());
    assertThat(Files.readString(csv)).doesNotContain("\"\"");
    Path parts = dir.resolve("parts");
    CliRun r = run("export", "--db", datedDb.toString(), "--format", "parquet", "--partition", "--out", parts.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(parts.resolve("year=2004")).isDirectory();
    long total = events(datedDb, "");
    assertThat(count("SELECT count(*) FROM read_parquet('" + parts + "/**/*.parquet', hive_partitioning = true)"))
        .isEqualTo(total);
    assertThat(count("SELECT count(*) FROM read_parquet('" + parts + "/**/*.parquet', hive_partitioning = true) "
        + "WHERE source_role = ''")).isZero();
  }
}
