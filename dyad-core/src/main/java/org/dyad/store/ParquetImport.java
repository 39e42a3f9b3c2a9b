package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.dedup.MergeRule;

/**
 * Loads the Parquet tables the Spark job writes ({@code DIR/articles}, {@code minhashes},
 * {@code mentions}, {@code events}, {@code settings}, each partitioned by date) into a new dyad
 * database, which {@code dyad query}, {@code export} and {@code serve} then read as any other. The
 * tables are copied column by column as the database names them, so the extra partition column is
 * left behind. The database keeps the job's merge rule; coding more articles into it with
 * {@code dyad code --db} adds to its events as usual.
 */
public final class ParquetImport {
  private ParquetImport() {}

  /** The tables the job writes, in the order they are loaded. */
  public static final List<String> TABLES = List.of("articles", "minhashes", "mentions", "events");

  /** Imports a job's output into a database that must not hold articles yet; returns rows per table. */
  public static Map<String, Long> into(Path db, Path dir) {
    if (!Files.isDirectory(dir.resolve("settings"))) {
      throw new StoreException(dir + ": not the output of dyad's Spark job (no settings table)");
    }
    Map<String, String> settings = settings(dir);
    String version = settings.get("schema_version");
    if (!StoreSchema.VERSION.equals(version)) {
      throw new StoreException(dir + ": written with store schema " + version + ", this dyad reads "
          + StoreSchema.VERSION + "; run the job again with this dyad");
    }
    String[] rule = settings.getOrDefault("merge_rule", "root/1").split("/");
    MergeRule mergeRule = new MergeRule(Integer.parseInt(rule[1]), MergeRule.Family.parse(rule[0]));
    Map<String, Long> counts = new LinkedHashMap<>();
    try (EventStore store = EventStore.open(db, mergeRule)) {
      Connection c = store.connection();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new StoreException(db + ": already holds articles; import into a new database");
        }
      }
      c.setAutoCommit(false);
      try {
        for (String table : TABLES) {
          counts.put(table, load(c, table, dir.resolve(table)));
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(db + ": cannot import " + dir + ": " + e.getMessage(), e);
    }
    return counts;
  }

  private static long load(Connection c, String table, Path dir) throws SQLException {
    if (!hasParquet(dir)) {
      return 0; // Spark writes no file for a table without rows
    }
    List<String> columns = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns "
        + "WHERE table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    String cols = String.join(", ", columns.stream().map(n -> '"' + n + '"').toList());
    try (Statement st = c.createStatement()) {
      return st.executeUpdate("INSERT INTO " + table + " (" + cols + ") SELECT " + cols + " FROM read_parquet("
          + glob(dir) + ", hive_partitioning = false)");
    }
  }

  private static Map<String, String> settings(Path dir) {
    Map<String, String> m = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT key, value FROM read_parquet(" + glob(dir.resolve("settings")) + ")")) {
      while (rs.next()) {
        m.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot read the settings table: " + e.getMessage(), e);
    }
    return m;
  }

  private static boolean hasParquet(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list", e);
    }
  }

  private static String glob(Path dir) {
    return "'" + dir.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet'";
  }
}
