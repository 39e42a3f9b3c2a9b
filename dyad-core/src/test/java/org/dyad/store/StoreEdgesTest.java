package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.StoreFixtures.coded;
import static org.dyad.store.StoreFixtures.copyOf;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.dyad.dedup.MergeRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, finding 5: the store's edges — odd paths, foreign files, damage — and {@code dyad check}. */
class StoreEdgesTest {
  private static final StoreFixtures.Spec ACCUSE = new StoreFixtures.Spec(
      "Russia accused Turkey of shelling villages.", "RUS", "TUR", "112", -2.0, 3, "2019-06-04");
  private static final StoreFixtures.Spec CALL = new StoreFixtures.Spec(
      "Iran telephoned Turkey about the talks.", "IRN", "TUR", "041", 1.0, 1, "2019-06-04");

  @TempDir
  Path dir;

  private Path filledStore(String name) {
    Path db = dir.resolve(name);
    try (EventStore store = EventStore.open(db, MergeRule.DEFAULT)) {
      StoreItem a = coded("a.txt", "outlet-a", "2019-06-05", ACCUSE, CALL);
      store.write(List.of(a));
      store.write(List.of(copyOf(a, "a-copy.txt", "outlet-b")));
    }
    return db;
  }

  @Test
  void aSemicolonInThePathIsPartOfTheFileName() throws Exception {
    Path db = dir.resolve("q.duckdb;threads=1;access_mode=read_only");
    EventStore.open(db, MergeRule.DEFAULT).close();
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly(db.getFileName().toString());
    }
    try (Connection c = EventStore.openReadOnly(db)) {
      assertThat(c.isValid(1)).isTrue();
    }
  }

  @Test
  void aFileOfAnotherDatabaseIsRefusedWithoutFetchingAnExtension() throws Exception {
    byte[] sqlite = new byte[4096];
    byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(magic, 0, sqlite, 0, magic.length);
    Path db = Files.write(dir.resolve("lite.db"), sqlite);
    assertThatThrownBy(() -> EventStore.open(db, MergeRule.DEFAULT)).isInstanceOf(StoreException.class)
        .hasMessageContaining("is not a DuckDB database").hasMessageNotContaining("INSTALL");
    assertThat(Files.readAllBytes(db)).isEqualTo(sqlite);
  }

  @Test
  void extensionsAreNeverInstalledOrLoadedAutomatically() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("x.duckdb"), MergeRule.DEFAULT);
        Statement st = store.connection().createStatement();
        var rs = st.executeQuery("SELECT current_setting('autoinstall_known_extensions'),"
            + " current_setting('autoload_known_extensions')")) {
      rs.next();
      assertThat(rs.getBoolean(1)).isFalse();
      assertThat(rs.getBoolean(2)).isFalse();
    }
  }

  @Test
  void aSoundStorePassesTheCheck() {
    StoreCheck.Report r = StoreCheck.check(filledStore("ok.duckdb"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).containsEntry("articles", 2L).containsEntry("events", 2L);
  }

  @Test
  void everyBrokenInvariantIsNamed() throws Exception {
    Path db = filledStore("bad.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
      st.execute("DELETE FROM events WHERE code = '041'");
      st.execute("UPDATE events SET num_mentions = 7");
      st.execute("UPDATE articles SET near_duplicate_of = 'nothing' WHERE id = 'a-copy.txt'");
    }
    assertThat(StoreCheck.check(db).problems()).containsExactly(
        db + ": 1 counted mention(s) without their event",
        db + ": 1 event(s) whose num_mentions is not their number of mentions",
        db + ": 1 copies pointing at an article that was not coded");
  }

  @Test
  void aDamagedFileIsReportedAsDamagedNotAsLocked() throws Exception {
    Path db = filledStore("damaged.duckdb");
    long size = Files.size(db);
    try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
      byte[] junk = new byte[(int) Math.min(64 * 1024, size - 12_288)];
      java.util.Arrays.fill(junk, (byte) 0x5a);
      f.seek(12_288); // past DuckDB's three header blocks: the first data block
      f.write(junk);
    }
    StoreCheck.Report r = StoreCheck.check(db);
    assertThat(r.ok()).isFalse();
    assertThat(String.join("\n", r.problems())).doesNotContain("another dyad").doesNotContain("writing to it");
    assertThatThrownBy(() -> EventStore.open(db, MergeRule.DEFAULT)).isInstanceOf(StoreException.class)
        .hasMessageNotContaining("is another dyad writing");
  }
}
