package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dyad serve refuses what it cannot serve with a message and exit code 2, before opening anything. */
class ServeCommandTest {
  @TempDir
  Path dir;

  record Run(int exit, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Dyad.commandLine().execute(args);
      return new Run(exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void aMissingDatabaseIsNamedWithHowToMakeOne() {
    Run r = run("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("none.duckdb: no such database").contains("dyad code");
    assertThat(Files.exists(dir.resolve("none.duckdb"))).isFalse();
  }

  @Test
  void aWatchFolderMustBeAFolder() {
    Run r = run("serve", "--db", dir.resolve("x.duckdb").toString(), "--watch", dir.resolve("nowhere").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--watch").contains("not a directory");
  }

  @Test
  void badLimitsAreRefused() {
    Run r = run("serve", "--connections", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--connections");
  }
}
