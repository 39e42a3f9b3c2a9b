package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.StoreFixtures.coded;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dyad.dedup.MergeRule;
import org.dyad.dict.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts the exports are made of: TSV fields, date bounds, the reference tables, the panel. */
class ExportPiecesTest {
  @TempDir
  Path dir;

  @Test
  void tsvFieldsHaveNoQuotingSoControlCharactersBecomeSpacesAndNumbersArePlain() {
    assertThat(TsvRows.field("Lavrov\tsaid\r\nit")).isEqualTo("Lavrov said  it");
    assertThat(TsvRows.field("bell\u0007 and\u2028line")).isEqualTo("bell  and line");
    assertThat(TsvRows.field(null)).isEmpty();
    assertThat(TsvRows.field("")).isEmpty();
    assertThat(TsvRows.field(33.340599060058594)).isEqualTo("33.340599");
    assertThat(TsvRows.decimal(33.340599060058594, 4)).isEqualTo("33.3406");
    assertThat(TsvRows.decimal(-2.0, 4)).isEqualTo("-2");
    assertThat(TsvRows.decimal(1e-7, 4)).isEqualTo("0");
    assertThat(TsvRows.decimal(12345678.9, 4)).isEqualTo("12345678.9"); // never 1.23456789E7
  }

  @Test
  void datesMayBeAYearAMonthOrADayAndAnUpperBoundRunsToTheEndOfIt() {
    assertThat(DateBound.first("--from", "2016")).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(DateBound.last("--to", "2016")).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(DateBound.first("--from", "2016-02")).isEqualTo(LocalDate.of(2016, 2, 1));
    assertThat(DateBound.last("--to", "2016-02")).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(DateBound.last("--to", "2016-02-14")).isEqualTo(LocalDate.of(2016, 2, 14));
    assertThatThrownBy(() -> DateBound.first("--from", "2016-13")).hasMessage(
        "--from '2016-13' is not a calendar date: months are 01 to 12");
    assertThatThrownBy(() -> DateBound.first("--from", "last week")).hasMessageStartingWith("--from 'last week' is not a date");
    assertThatThrownBy(() -> DateBound.day("--default-date", "2004")).hasMessageContaining("use YYYY-MM-DD");
    assertThat(new EventFilter(null, null, "rusgov").actor()).isEqualTo("RUSGOV"); // codes are upper-cased
  }

  @Test
  void everyCameoCodeButPublicStatementsHasAPloverTypeWithAQuadCode() {
    ExportTables t = ExportTables.get();
    for (TsvTable.Row r : TsvTable.fromResource("/org/dyad/events/cameo.tsv", "code")) {
      String code = r.get("code");
      if (code.startsWith("01")) {
        assertThat(t.plover(code)).as(code).isEmpty();
      } else {
        assertThat(t.plover(code)).as(code).isPresent();
      }
    }
    assertThat(t.plover("0231").orElseThrow().type()).isEqualTo("REQUEST"); // an appeal for aid
    assertThat(t.plover("112").orElseThrow().type()).isEqualTo("ACCUSE");
    assertThat(t.plover("193").orElseThrow()).isEqualTo(new ExportTables.Plover("ASSAULT", "firearms", List.of("military"), 4));
    assertThat(t.plover("0871").orElseThrow().quad()).isEqualTo(2);
    assertThat(t.sectors("MILGOV")).containsExactly("Military", "Government");
    assertThat(t.adm1("IRQ", "Baghdad")).contains("07");
    assertThat(t.tone()).containsEntry("peace", 1).containsEntry("killed", -1);
  }

  private static final StoreFixtures.Spec ACCUSE = new StoreFixtures.Spec(
      "Russia accused Turkey of shelling villages.", "RUS", "TUR", "112", -2.0, 3, "2019-06-04");
  private static final StoreFixtures.Spec ACCUSE_LATER = new StoreFixtures.Spec(
      "Russia accused Turkey of breaking the truce.", "RUS", "TUR", "112", -2.0, 3, "2019-08-20");
  private static final StoreFixtures.Spec CALL = new StoreFixtures.Spec(
      "Iran telephoned Turkey about the talks.", "IRN", "TUR", "041", 1.0, 1, "2019-07-04");
  private static final StoreFixtures.Spec UNDATED = new StoreFixtures.Spec(
      "Russia praised Turkey for the deal.", "RUS", "TUR", "051", 3.4, 1, null);

  @Test
  void thePanelZeroFillsEveryDyadAndPeriodAndCountsUndatedEventsApart() throws Exception {
    Path db = dir.resolve("p.duckdb");
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      store.write(List.of(coded("a.txt", null, "2019-06-05", ACCUSE, CALL), coded("b.txt", null, "2019-08-21", ACCUSE_LATER),
          coded("c.txt", null, null, UNDATED)));
    }
    try (Connection c = EventStore.openReadOnly(db)) {
      Panel.Spec all = new Panel.Spec(List.of(), false, Panel.Level.COUNTRY, Panel.Period.MONTH, EventFilter.ALL);
      StringWriter w = new StringWriter();
      Panel.Result r = new Panel(c).writeCsv(all, w);
      List<String> lines = Arrays.asList(w.toString().split("\n"));
      assertThat(lines.get(0)).startsWith("source,target,period,events,r01,").endsWith(",q4,goldstein_sum,goldstein_mean");
      // two dyads x three months (June to August), July empty for RUS-TUR and June, August for IRN-TUR
      assertThat(r.rows()).isEqualTo(6);
      assertThat(r.events()).isEqualTo(3);
      assertThat(r.undated()).isEqualTo(1);
      // an empty period: no events, zero per root and quad class, Goldstein sum 0 and mean null
      assertThat(lines).contains("IRN,TUR,2019-06-01,0," + "0,".repeat(24) + "0,");
      // r11 = 1, q3 = 1, sum and mean -2
      assertThat(lines).contains("RUS,TUR,2019-06-01,1," + "0,".repeat(10) + "1," + "0,".repeat(11) + "1,0,-2,-2");

      Panel.Spec one = new Panel.Spec(List.of(Panel.Dyad.parse("rus,tur"), Panel.Dyad.parse("TUR,RUS")), false,
          Panel.Level.CODE, Panel.Period.WEEK, new EventFilter(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30), null));
      StringWriter weeks = new StringWriter();
      Panel.Result rw = new Panel(c).writeCsv(one, weeks);
      assertThat(rw.rows()).isEqualTo(2 * 5); // ISO weeks starting 27 May, 3, 10, 17, 24 June; both dyads zero-filled
      assertThat(rw.events()).isEqualTo(1);
      assertThat(weeks.toString()).contains("RUS,TUR,2019-06-03,1,").contains("TUR,RUS,2019-05-27,0,");
    }
    assertThat(Panel.Dyad.parseAll("RUS,TUR;irn,syr")).containsExactly(new Panel.Dyad("RUS", "TUR"), new Panel.Dyad("IRN", "SYR"));
    assertThat(Panel.Dyad.parseAll("RUS,TUR,IRN,SYR")).hasSize(2);
    assertThatThrownBy(() -> Panel.Dyad.parse("RUS")).hasMessageContaining("--dyad 'RUS' is not SOURCE,TARGET");
    assertThatThrownBy(() -> Panel.Period.parse("fortnight")).hasMessageContaining("use day, week, month or year");
  }
}
