package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  private record Run(int exit, String stderr) {}

  private Run run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Dyad.commandLine().setErr(new java.io.PrintWriter(err, true)).execute(args);
      return new Run(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
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
      Run r = run("export", "--db", db.toString(), "--format", format, "--out", db.toString());
      assertThat(r.exit()).as(r.stderr()).isEqualTo(2);
      assertThat(r.stderr()).contains("is the database");
      assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
  }

  @Test
  void codeRefusesToStreamOverADatabaseAnInputOrADirectory() throws Exception {
    Path in = Files.writeString(dir.resolve("in.txt"), "Peru accused Chile of spying.\n");
    Path db = store("dyad.duckdb");
    byte[] dbBefore = Files.readAllBytes(db);

    Run overDb = run("code", in.toString(), "--out", db.toString());
    assertThat(overDb.exit()).as(overDb.stderr()).isEqualTo(2);
    assertThat(overDb.stderr()).contains("is a DuckDB database");
    assertThat(Files.readAllBytes(db)).isEqualTo(dbBefore);

    Run overInput = run("code", in.toString(), "--out", in.toString());
    assertThat(overInput.exit()).as(overInput.stderr()).isEqualTo(2);
    assertThat(overInput.stderr()).contains("is one of the inputs");
    assertThat(Files.readString(in)).isEqualTo("Peru accused Chile of spying.\n");

    Run intoDir = run("code", in.toString(), "--out", dir.toString());
    assertThat(intoDir.exit()).as(intoDir.stderr()).isEqualTo(2);
    assertThat(intoDir.stderr()).contains("is a directory");
  }

  @Test
  void anExportThatCannotBeWrittenExitsWithItsOwnCode() {
    Path db = store("e.duckdb");
    Run r = run("export", "--db", db.toString(), "--format", "csv", "--out", "/dev/full");
    assertThat(r.exit()).as(r.stderr()).isEqualTo(OutputFile.WRITE_FAILED);
    assertThat(r.stderr()).contains("cannot write /dev/full");
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
    Run threads = run("code", in.toString(), "--out", out.toString(), "--threads", "0");
    assertThat(threads.exit()).as(threads.stderr()).isEqualTo(2);
    assertThat(threads.stderr()).contains("--threads must be between 1 and").doesNotContain("Exception");
    Run maxBytes = run("code", in.toString(), "--out", out.toString(), "--max-bytes", "9223372036854775807");
    assertThat(maxBytes.exit()).as(maxBytes.stderr()).isEqualTo(2);
    assertThat(maxBytes.stderr()).contains("--max-bytes must be at most");
    Run batch = run("code", in.toString(), "--db", dir.resolve("b.duckdb").toString(), "--batch-size", "-1");
    assertThat(batch.exit()).as(batch.stderr()).isEqualTo(2);
    assertThat(batch.stderr()).contains("--batch-size must be at least 1");
    for (Run r : List.of(threads, maxBytes, batch)) {
      assertThat(r.stderr()).doesNotContain("models and dictionaries loaded");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void exportAndQueryRefuseAStoreOfAnotherSchemaOrNoStoreAtAll() throws Exception {
    Path db = store("old.duckdb");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db); var st = c.createStatement()) {
      st.execute("UPDATE settings SET value = '999' WHERE key = 'schema_version'");
    }
    Run export = run("export", "--db", db.toString(), "--format", "csv", "--out", dir.resolve("o.csv").toString());
    assertThat(export.exit()).as(export.stderr()).isEqualTo(2);
    assertThat(export.stderr()).contains("schema 999");
    assertThat(dir.resolve("o.csv")).doesNotExist();
    Run query = run("query", "--db", db.toString(), "--dyad", "RUS,TUR");
    assertThat(query.exit()).as(query.stderr()).isEqualTo(2);
    assertThat(query.stderr()).contains("schema 999");

    Path plain = dir.resolve("plain.duckdb");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + plain); var st = c.createStatement()) {
      st.execute("CREATE TABLE t (x INT)");
    }
    Run notDyad = run("export", "--db", plain.toString(), "--format", "gdelt", "--out", dir.resolve("g.tsv").toString());
    assertThat(notDyad.exit()).as(notDyad.stderr()).isEqualTo(2);
    assertThat(notDyad.stderr()).contains("not a dyad database").doesNotContain("Catalog Error");
  }

  @Test
  void checkedOutputNamesAreRefusedForTheRightReason() {
    Path db = dir.resolve("a.duckdb");
    assertThat(OutputFile.check(dir.resolve("x.jsonl"), Optional.of(db), List.of("in/"))).isEmpty();
    assertThat(OutputFile.check(dir.resolve("./a.duckdb"), Optional.of(db), List.of())).get().asString()
        .contains("is the database");
  }
}
