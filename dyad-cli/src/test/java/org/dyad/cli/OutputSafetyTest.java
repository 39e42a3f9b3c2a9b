package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dyad.dedup.MergeRule;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, findings 1 and 4: an output never destroys the database or an input, a failed write
 * leaves nothing under the target's name and has its own exit code, and numeric options are
 * checked before anything loads. None of these runs loads the models.
 */
class OutputSafetyTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path store(String name) {
    Path db = dir.resolve(name);
    EventStore.open(db, MergeRule.DEFAULT).close();
    return db;
  }

  @Test
  void exportRefusesToOverwriteItsOwnDatabase() throws Exception {
    Path db = store("x.duckdb");
    byte[] before = Files.readAllBytes(db);
    for (String format : List.of("csv", "plover")) {
      CliRun r = run("export", "--db", db.toString(), "--format", format, "--out", db.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("is the database");
      assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
  }

  @Test
  void codeRefusesToStreamOverADatabaseAnInputOrADirectory() throws Exception {
    Path in = Files.writeString(dir.resolve("in.txt"), "Peru accused Chile of spying.\n");
    Path db = store("dyad.duckdb");
    byte[] dbBefore = Files.readAllBytes(db);

    CliRun overDb = run("code", in.toString(), "--out", db.toString());
    assertThat(overDb.exit()).as(overDb.err()).isEqualTo(2);
    assertThat(overDb.err()).contains("is a DuckDB database");
    assertThat(Files.readAllBytes(db)).isEqualTo(dbBefore);

    CliRun overInput = run("code", in.toString(), "--out", in.toString());
    assertThat(overInput.exit()).as(overInput.err()).isEqualTo(2);
    assertThat(overInput.err()).contains("is one of the inputs");
    assertThat(Files.readString(in)).isEqualTo("Peru accused Chile of spying.\n");

    CliRun intoDir = run("code", in.toString(), "--out", dir.toString());
    assertThat(intoDir.exit()).as(intoDir.err()).isEqualTo(2);
    assertThat(intoDir.err()).contains("is a directory");
  }

  @Test
  void anExportThatCannotBeWrittenExitsWithItsOwnCode() {
    Path db = store("e.duckdb");
    CliRun r = run("export", "--db", db.toString(), "--format", "csv", "--out", "/dev/full");
    assertThat(r.exit()).as(r.err()).isEqualTo(OutputFile.WRITE_FAILED);
    assertThat(r.err()).contains("cannot write /dev/full");
  }

  @Test
  void anUncommittedOutputLeavesNoPartialFileAndKeepsTheOldOne() throws Exception {
    Path target = Files.writeString(dir.resolve("events.jsonl"), "the previous complete run\n");
    try (OutputFile f = OutputFile.create(target)) {
      Files.writeString(f.path(), "half of a ");
      assertThat(f.path()).isNotEqualTo(target);
      assertThat(f.path().getParent()).isEqualTo(target.toAbsolutePath().getParent());
      // no commit: the write failed
    }
    assertThat(Files.readString(target)).isEqualTo("the previous complete run\n");
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("events.jsonl");
    }
    try (OutputFile f = OutputFile.create(target)) {
      Files.writeString(f.path(), "new\n");
      f.commit();
    }
    assertThat(Files.readString(target)).isEqualTo("new\n");
    try (var listing = Files.list(dir)) {
      assertThat(listing.count()).isEqualTo(1);
    }
  }

  @Test
  void numericOptionsAreCheckedBeforeModelsLoad() throws Exception {
    Path in = Files.writeString(dir.resolve("in.txt"), "Peru accused Chile of spying.\n");
    Path out = dir.resolve("o.jsonl");
    CliRun threads = run("code", in.toString(), "--out", out.toString(), "--threads", "0");
    assertThat(threads.exit()).as(threads.err()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be between 1 and").doesNotContain("Exception");
    CliRun maxBytes = run("code", in.toString(), "--out", out.toString(), "--max-bytes", "9223372036854775807");
    assertThat(maxBytes.exit()).as(maxBytes.err()).isEqualTo(2);
    assertThat(maxBytes.err()).contains("--max-bytes must be at most");
    CliRun batch = run("code", in.toString(), "--db", dir.resolve("b.duckdb").toString(), "--batch-size", "-1");
    assertThat(batch.exit()).as(batch.err()).isEqualTo(2);
    assertThat(batch.err()).contains("--batch-size must be at least 1");
    for (CliRun r : List.of(threads, maxBytes, batch)) {
      assertThat(r.err()).doesNotContain("models and dictionaries loaded");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void exportAndQueryRefuseAStoreOfAnotherSchemaOrNoStoreAtAll() throws Exception {
    Path db = store("old.duckdb");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db); var st = c.createStatement()) {
      st.execute("UPDATE settings SET value = '999' WHERE key = 'schema_version'");
    }
    CliRun export = run("export", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("o.csv").toString());
    assertThat(export.exit()).as(export.err()).isEqualTo(2);
    assertThat(export.err()).contains("schema 999");
    assertThat(dir.resolve("o.csv")).doesNotExist();
    CliRun query = run("query", "--db", db.toString(), "--dyad", "RUS,TUR");
    assertThat(query.exit()).as(query.err()).isEqualTo(2);
    assertThat(query.err()).contains("schema 999");

    Path plain = dir.resolve("plain.duckdb");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + plain); var st = c.createStatement()) {
      st.execute("CREATE TABLE t (x INT)");
    }
    CliRun notDyad = run("export", "--db", plain.toString(), "--format", "gdelt", "--out", dir.resolve("g.tsv").toString());
    assertThat(notDyad.exit()).as(notDyad.err()).isEqualTo(2);
    assertThat(notDyad.err()).contains("not a dyad database").doesNotContain("Catalog Error");
  }

  @Test
  void checkedOutputNamesAreRefusedForTheRightReason() {
    Path db = dir.resolve("a.duckdb");
    assertThat(OutputFile.check(dir.resolve("x.jsonl"), Optional.of(db), List.of("in/"))).isEmpty();
    assertThat(OutputFile.check(dir.resolve("./a.duckdb"), Optional.of(db), List.of())).get().asString()
        .contains("is the database");
  }
}
