package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dyad serve refuses what it cannot serve with a message and exit code 2, before opening anything. */
class ServeCommandTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void aMissingDatabaseIsNamedWithHowToMakeOne() {
    CliRun r = run("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("none.duckdb: no such database").contains("dyad code");
    assertThat(Files.exists(dir.resolve("none.duckdb"))).isFalse();
  }

  @Test
  void aWatchFolderMustBeAFolder() {
    CliRun r = run("serve", "--db", dir.resolve("x.duckdb").toString(), "--watch", dir.resolve("nowhere").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--watch").contains("not a directory");
  }

  @Test
  void badLimitsAreRefused() {
    CliRun r = run("serve", "--connections", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--connections");
  }
}
