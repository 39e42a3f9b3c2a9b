package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad option values end a command with exit code 2 and one line that names the option and the
 * value, before anything loads: no stack trace, no usage dump. (No test here loads a model: each
 * would fail long before, or the test would take seconds instead of milliseconds.)
 */
class CliValidationTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  static void oneLine(CliRun r, String... parts) {
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
    assertThat(r.err()).contains(parts).doesNotContain("Exception").doesNotContain("Usage:");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun r = run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: dyad").contains("Exit codes: 0 ok, 1 some inputs failed");
  }

  @Test
  void badValuesAreOneLineNamingTheOptionAndTheValue() {
    Path db = dir.resolve("none.duckdb");
    oneLine(run("query", "--db", db.toString(), "--dyad", "RUS,TUR", "--from", "2016-13"), "--from '2016-13'", "months are 01 to 12");
    oneLine(run("query", "--db", db.toString(), "--dyad", "RUS,TUR", "--to", "March"), "--to 'March'", "YYYY, YYYY-MM or YYYY-MM-DD");
    oneLine(run("query", "--db", db.toString(), "--dyad", "RUSTUR"), "--dyad 'RUSTUR'");
    oneLine(run("query", "--db", db.toString(), "--dyad", "RUS,TUR", "--by", "week"), "--by 'week'");
    oneLine(run("panel", "--db", db.toString(), "--by", "fortnight"), "--by 'fortnight'");
    oneLine(run("panel", "--db", db.toString(), "--format", "parquet"), "--out '-'", "Parquet");
    oneLine(run("export", "--db", db.toString(), "--format", "gdelt", "--out", "x", "--actor", "RUS'"), "--actor 'RUS''");
    oneLine(run("export", "--db", db.toString(), "--format", "csv", "--out", "x", "--header"), "--header");
    oneLine(run("export", "--db", db.toString(), "--format", "gdelt", "--out", "x", "--from", "2017", "--to", "2016"),
        "--from 2017-01-01 is after --to 2016-12-31");
    oneLine(run("code", "x.txt", "--default-date", "2004-10"), "--default-date '2004-10'", "YYYY-MM-DD");
    oneLine(run("code", "x.txt", "--default-date", "2004-02-30"), "--default-date '2004-02-30'");
    oneLine(run("code", "x.txt", "--language", "xx"), "--language 'xx'", "any");
    oneLine(run("code", "x.txt", "--format", "xml"), "--format 'xml'");
    oneLine(run("code", "x.txt", "--bogus"), "--bogus");
  }

  @Test
  void lowerCaseActorCodesAreUpperCased() {
    // validation passes (the missing database is the error), so the lower-case code was accepted
    CliRun r = run("query", "--db", dir.resolve("none.duckdb").toString(), "--dyad", "rus,tur");
    assertThat(r.err()).contains("no such database").doesNotContain("actor code");
  }
}
