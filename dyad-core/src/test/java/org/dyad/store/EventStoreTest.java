package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.StoreFixtures.coded;
import static org.dyad.store.StoreFixtures.copyOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.dedup.MergeRule;
import org.dyad.output.EventFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir
  Path dir;

  private static final StoreFixtures.Spec ACCUSE = new StoreFixtures.Spec(
      "Russia accused Turkey of shelling villages.", "RUS", "TUR", "112", -2.0, 3, "2019-06-04");
  private static final StoreFixtures.Spec CRITICISE_NEXT_DAY = new StoreFixtures.Spec(
      "Russia criticised Turkey over the shelling.", "RUS", "TUR", "111", -2.0, 3, "2019-06-05");
  private static final StoreFixtures.Spec CALL = new StoreFixtures.Spec(
      "Iran telephoned Turkey about the talks.", "IRN", "TUR", "041", 1.0, 1, "2019-06-04");
  private static final StoreFixtures.Spec ACCUSE_LATER = new StoreFixtures.Spec(
      "Russia accused Turkey of breaking the truce.", "RUS", "TUR", "112", -2.0, 3, "2019-06-20");

  private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
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

  @Test
  void mentionsOfOneEventInTwoArticlesMergeAndACopyAddsAnArticleAndASource() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("t.duckdb"), MergeRule.DEFAULT)) {
      StoreItem a = coded("a.txt", "outlet-a", "2019-06-05", ACCUSE, CALL);
      StoreItem b = coded("b.txt", "outlet-b", "2019-06-06", CRITICISE_NEXT_DAY, ACCUSE_LATER);
      store.write(List.of(a));
      store.write(List.of(b));
      Connection c = store.connection();
      assertThat(rows(c, "SELECT source, target, code, date, num_mentions, num_articles, num_sources, first_seen, last_seen"
          + " FROM events ORDER BY date, source")).containsExactly(
          List.of("IRN", "TUR", "041", LocalDate.parse("2019-06-04"), 1, 1, 1, LocalDate.parse("2019-06-05"),
              LocalDate.parse("2019-06-05")),
          // 112 and 111 (same root 11) one day apart: one event; the tie between codes goes to the lower one
          List.of("RUS", "TUR", "111", LocalDate.parse("2019-06-04"), 2, 2, 2, LocalDate.parse("2019-06-05"),
              LocalDate.parse("2019-06-06")),
          List.of("RUS", "TUR", "112", LocalDate.parse("2019-06-20"), 1, 1, 1, LocalDate.parse("2019-06-06"),
              LocalDate.parse("2019-06-06")));
      assertThat(rows(c, "SELECT count(*) FROM mentions m LEFT JOIN events e USING (event_id) WHERE e.event_id IS NULL"))
          .containsExactly(List.of(0L));

      // a syndicated copy of a, under another outlet: not coded, but its events now have two articles and sources
      store.write(List.of(copyOf(a, "a-copy.html", "outlet-c")));
      assertThat(rows(c, "SELECT code, num_mentions, num_articles, num_sources FROM events ORDER BY date, source"))
          .containsExactly(List.of("041", 1, 2, 2), List.of("111", 2, 3, 3), List.of("112", 1, 1, 1));
      assertThat(rows(c, "SELECT count(*) FROM mentions")).containsExactly(List.of(4L));
      assertThat(rows(c, "SELECT name, mentions FROM actors_seen WHERE actor = 'TUR'")).containsExactly(List.of("Turkey", 4L));
    }
  }

  @Test
  void eventIdsAndRowsDoNotDependOnHowArticlesWereBatched() throws Exception {
    StoreItem a = coded("a.txt", null, "2019-06-05", ACCUSE, CALL);
    StoreItem b = coded("b.txt", null, "2019-06-06", CRITICISE_NEXT_DAY, ACCUSE_LATER);
    StoreItem c = copyOf(b, "b2.txt", "outlet-c");
    var oneBatch = contents("one", List.of(List.of(a, b, c)));
    var threeBatches = contents("three", List.of(List.of(b), List.of(c), List.of(a)));
    assertThat(threeBatches).isEqualTo(oneBatch);
    assertThat(oneBatch.get("events")).hasSize(3);
  }

  private java.util.Map<String, List<String>> contents(String name, List<List<StoreItem>> batches) throws SQLException {
    try (EventStore store = EventStore.open(dir.resolve(name + ".duckdb"), MergeRule.DEFAULT)) {
      batches.forEach(store::write);
      return StoreContents.of(store.connection());
    }
  }

  @Test
  void reopeningWithAnotherMergeWindowRemergesEveryEvent() throws Exception {
    Path db = dir.resolve("w.duckdb");
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      store.write(List.of(coded("a.txt", null, "2019-06-05", ACCUSE), coded("b.txt", null, "2019-06-20", ACCUSE_LATER)));
      assertThat(rows(store.connection(), "SELECT count(*) FROM events")).containsExactly(List.of(2L));
    }
    try (EventStore store = EventStore.open(db, new MergeRule(30, MergeRule.Family.ROOT))) {
      assertThat(rows(store.connection(), "SELECT count(*), max(num_mentions) FROM events"))
          .containsExactly(List.of(1L, 2));
      assertThat(store.readKeys()).hasSize(2);
    }
  }

  @Test
  void everyEventFieldHasAMentionsColumn() throws Exception {
    StoreItem a = coded("a.txt", null, "2019-06-05", ACCUSE);
    try (EventStore store = EventStore.open(dir.resolve("f.duckdb"), MergeRule.DEFAULT)) {
      store.write(List.of(a));
      List<Object> columns = rows(store.connection(),
          "SELECT column_name FROM information_schema.columns WHERE table_name = 'mentions'").stream()
          .map(r -> r.get(0)).toList();
      assertThat(columns).containsAll(EventFields.of(a.coded().events().get(0)).keySet());
    }
  }

  @Test
  void exportsReadBackInDuckDbWithTheDocumentedLayouts() throws Exception {
    Path db = dir.resolve("x.duckdb");
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      StoreItem a = coded("a.txt", "outlet-a", "2019-06-05", ACCUSE, CALL);
      store.write(List.of(a, coded("b.txt", "outlet-b", "2019-06-06", CRITICISE_NEXT_DAY, ACCUSE_LATER)));
      store.write(List.of(copyOf(a, "a-copy.html", "outlet-c")));
    }
    try (Connection c = EventStore.openReadOnly(db)) {
      Exporter x = new Exporter(c);
      Path gdelt = dir.resolve("out/events.gdelt.tsv");
      assertThat(x.export(ExportFormat.GDELT, EventFilter.ALL, gdelt, new Exporter.Options(true, false)).rows()).isEqualTo(3);
      List<String> lines = Files.readAllLines(gdelt);
      assertThat(lines).hasSize(4);
      for (String line : lines) {
        assertThat(line.split("\t", -1)).hasSize(61);
      }
      assertThat(lines.get(0)).startsWith("GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\tActor1Code\t")
          .endsWith("\tActionGeo_FeatureID\tDATEADDED\tSOURCEURL");
      assertThat(rows(c, "SELECT SQLDATE, Actor1Code, Actor2CountryCode, EventCode, EventRootCode, NumArticles, NumSources "
          + "FROM read_csv('" + gdelt + "', delim = '\\t', header = true) ORDER BY SQLDATE, EventCode")).containsExactly(
          List.of(20190604L, "IRN", "TUR", "041", "04", 2L, 2L),
          List.of(20190604L, "RUS", "TUR", "111", "11", 3L, 3L),
          List.of(20190620L, "RUS", "TUR", "112", "11", 1L, 1L));

      Path parquet = dir.resolve("events.parquet");
      x.export(ExportFormat.PARQUET, new EventFilter(LocalDate.parse("2019-06-01"), LocalDate.parse("2019-06-10"), "RUS"),
          parquet);
      assertThat(rows(c, "SELECT code, num_mentions FROM read_parquet('" + parquet + "')"))
          .containsExactly(List.of("111", 2));

      Path mentions = dir.resolve("mentions.tsv");
      assertThat(x.export(ExportFormat.GDELT_MENTIONS, EventFilter.ALL, mentions, new Exporter.Options(true, false)).rows())
          .isEqualTo(6); // 4 + 2 in the copy
      assertThat(rows(c, "SELECT count(*) FILTER (WHERE InRawText = 0), count(DISTINCT GLOBALEVENTID) FROM read_csv('"
          + mentions + "', delim = '\\t', header = true)")).containsExactly(List.of(2L, 3L));

      Path icews = dir.resolve("icews.tsv");
      x.export(ExportFormat.ICEWS, EventFilter.ALL, icews);
      assertThat(Files.readAllLines(icews)).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(20));
      assertThat(Files.readString(icews)).contains("\tRussia\t").contains("Accuse");

      Path plover = dir.resolve("plover.jsonl");
      assertThat(x.export(ExportFormat.PLOVER, EventFilter.ALL, plover)).isEqualTo(3);
      assertThat(Files.readString(plover)).contains("\"event_type\":\"ACCUSE\"")
          .contains("\"event_type\":\"CONSULT\",\"event_mode\":[\"phone\"]"); // 041: a telephone call
    }
  }

  @Test
  void theDyadQueryCountsByRootAndSumsGoldsteinPerPeriod() throws Exception {
    Path db = dir.resolve("q.duckdb");
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      store.write(List.of(coded("a.txt", null, "2019-06-05", ACCUSE, CALL), coded("b.txt", null, "2019-06-21", ACCUSE_LATER)));
    }
    try (Connection c = EventStore.openReadOnly(db)) {
      DyadQuery.Result r = new DyadQuery(c).run("RUS", "TUR", false, null, null, DyadQuery.Period.DAY);
      assertThat(r.roots()).containsExactly("11");
      assertThat(r.rows()).extracting(DyadQuery.Row::period).containsExactly("2019-06-04", "2019-06-20");
      assertThat(r.render()).contains("total").containsPattern("total\\s+2\\s+2\\s+-4\\.0");
      assertThat(new DyadQuery(c).run("TUR", "RUS", false, null, null, DyadQuery.Period.MONTH).rows()).isEmpty();
      assertThat(new DyadQuery(c).run("TUR", "RUS", true, null, null, DyadQuery.Period.MONTH).rows()).hasSize(1);
      assertThatThrownBy(() -> new DyadQuery(c).run("rus'", "TUR", false, null, null, DyadQuery.Period.DAY))
          .hasMessageContaining("not an actor code");
    }
    assertThatThrownBy(() -> EventStore.openReadOnly(dir.resolve("none.duckdb"))).hasMessageContaining("no such database");
  }
}
