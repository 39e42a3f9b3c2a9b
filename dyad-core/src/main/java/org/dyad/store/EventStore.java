package org.dyad.store;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.dedup.MergeRule;
import org.dyad.dedup.NearDuplicateIndex;
import org.dyad.model.Event;
import org.dyad.model.Sentence;

/**
 * A dyad database in one DuckDB file. {@link #write} stores a batch of articles and re-merges the
 * events they touch in one transaction: a run killed at any moment leaves the database as it was
 * after the last whole batch, and the restarted run, which skips what is stored, ends where an
 * uninterrupted run would.
 *
 * <p>One writer at a time (DuckDB locks the file); not thread-safe.
 */
public final class EventStore implements AutoCloseable {
  private final Path file;
  private final Connection conn;
  private final MergeRule rule;
  private final EventMerger merger;

  private EventStore(Path file, Connection conn, MergeRule rule) {
    this.file = file;
    this.conn = conn;
    this.rule = rule;
    this.merger = new EventMerger(conn, rule);
  }

  /**
   * Opens (creating if needed) a database for writing. When it was built with another merge rule,
   * every event is re-merged under the new one first.
   */
  public static EventStore open(Path file, MergeRule rule) {
    Connection c = connect(file, false);
    EventStore s = new EventStore(file, c, rule);
    try {
      s.prepare();
    } catch (SQLException e) {
      s.close();
      throw new StoreException(file + ": cannot set up the dyad tables: " + e.getMessage(), e);
    }
    return s;
  }

  /**
   * Opens an existing database for reading (export, query, check): it must be a dyad database of
   * the schema this dyad reads, or a {@link StoreException} says what it is instead.
   */
  public static Connection openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException(file + ": no such database; create one with dyad code PATH... --db " + file);
    }
    Connection c = connect(file, true);
    try {
      checkSchema(c, file);
      return c;
    } catch (RuntimeException e) {
      try {
        c.close();
      } catch (SQLException x) {
        e.addSuppressed(x);
      }
      throw e;
    }
  }

  /** Fails unless the connection's database holds dyad's tables at the schema version this dyad reads. */
  static void checkSchema(Connection c, Path file) {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()"
            + " AND table_name IN ('settings', 'articles', 'mentions', 'events')")) {
      rs.next();
      if (rs.getInt(1) < 4) {
        throw new StoreException(file + ": is a DuckDB file but not a dyad database (it lacks dyad's tables)");
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read the database: " + e.getMessage(), e);
    }
    String version;
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = 'schema_version'");
        ResultSet rs = ps.executeQuery()) {
      version = rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read the database: " + e.getMessage(), e);
    }
    if (!StoreSchema.VERSION.equals(version)) {
      throw new StoreException(file + ": written by another dyad version (schema " + version
          + ", this dyad reads " + StoreSchema.VERSION + ")");
    }
  }

  /**
   * Opens the file through an in-memory DuckDB that ATTACHes it, so the path is a SQL string
   * literal and no character of it (';', '=') is read as a connection option, as the JDBC URL
   * would. Extensions are never installed or loaded automatically: dyad does not touch the
   * network, and a file of another database format (SQLite) is refused rather than read by an
   * extension fetched on the fly.
   */
  private static Connection connect(Path file, boolean readOnly) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !readOnly) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new StoreException(file + ": cannot create its directory: " + e.getMessage(), e);
    }
    if (Files.isDirectory(file)) {
      throw new StoreException(file + ": is a directory, not a database file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new StoreException(file + ": is not a regular file (a FIFO, device or socket), not a database");
    }
    if (Files.isRegularFile(file) && !looksLikeDuckDb(file)) {
      throw new StoreException(file + ": is not a DuckDB database (it has another file's header);"
          + " give --db a new file name or a dyad database");
    }
    Connection c = null;
    try {
      java.util.Properties p = new java.util.Properties();
      p.setProperty("autoinstall_known_extensions", "false");
      p.setProperty("autoload_known_extensions", "false");
      p.setProperty("allow_community_extensions", "false");
      c = DriverManager.getConnection("jdbc:duckdb:", p);
      String path = sqlString(file.toAbsolutePath().toString());
      try (Statement st = c.createStatement()) {
        st.execute("SET temp_directory = " + sqlString(file.toAbsolutePath() + ".tmp"));
        st.execute("ATTACH " + path + " AS dyad (TYPE duckdb" + (readOnly ? ", READ_ONLY" : "") + ")");
        st.execute("USE dyad");
        st.execute("SET lock_configuration = true"); // nothing later turns extension loading back on
      }
      return c;
    } catch (SQLException e) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException x) {
          e.addSuppressed(x);
        }
      }
      throw new StoreException(file + ": cannot open the database: " + openFailure(e), e);
    }
  }

  /** What went wrong opening a database, in words that say what to do; never guesses a lock for a damaged file. */
  static String openFailure(SQLException e) {
    String m = String.valueOf(e.getMessage());
    String lower = m.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("could not set lock") || lower.contains("conflicting lock")) {
      return "another process (another dyad?) has it open for writing; wait for it or use another --db (" + firstLine(m)
          + ")";
    }
    if (lower.contains("checksum") || lower.contains("corrupt")) {
      return "the file is damaged (" + firstLine(m) + "); run dyad check --db FILE, restore a copy or code into a new --db";
    }
    if (lower.contains("not a valid duckdb") || lower.contains("extension")) {
      return "it is not a DuckDB database of a version this dyad reads (" + firstLine(m) + ")";
    }
    return firstLine(m);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  static String sqlString(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** DuckDB files carry "DUCK" at byte 8; an empty file is created fresh. */
  private static boolean looksLikeDuckDb(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(12);
      return head.length == 0 || (head.length == 12 && head[8] == 'D' && head[9] == 'U' && head[10] == 'C'
          && head[11] == 'K');
    } catch (java.io.IOException e) {
      throw new StoreException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private void prepare() throws SQLException {
    try (Statement st = conn.createStatement()) {
      for (String ddl : StoreSchema.DDL) {
        st.execute(ddl);
      }
    }
    String version = setting("schema_version");
    if (version != null && !version.equals(StoreSchema.VERSION)) {
      throw new StoreException(file + ": written by another dyad version (schema " + version
          + ", this dyad writes " + StoreSchema.VERSION + "); code into a new --db file");
    }
    String wanted = rule.family().name().toLowerCase(java.util.Locale.ROOT) + "/" + rule.windowDays();
    String stored = setting("merge_rule");
    if (wanted.equals(stored) && version != null) {
      return;
    }
    conn.setAutoCommit(false);
    try {
      putSetting("schema_version", StoreSchema.VERSION);
      putSetting("merge_rule", wanted);
      if (stored != null) {
        merger.remergeAll();
      }
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  private String setting(String key) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void putSetting(String key, String value) throws SQLException {
    try (PreparedStatement del = conn.prepareStatement("DELETE FROM settings WHERE key = ?");
        PreparedStatement ins = conn.prepareStatement("INSERT INTO settings VALUES (?, ?)")) {
      del.setString(1, key);
      del.executeUpdate();
      ins.setString(1, key);
      ins.setString(2, value);
      ins.executeUpdate();
    }
  }

  public Path file() {
    return file;
  }

  public MergeRule rule() {
    return rule;
  }

  /** The (content hash, id) keys of every stored article: reading one of these again adds nothing. */
  public Set<String> readKeys() {
    Set<String> keys = new HashSet<>();
    query("SELECT content_hash, id FROM articles", rs -> keys.add(ArticleRecord.readKey(rs.getString(1), rs.getString(2))));
    return keys;
  }

  /** For every stored content hash, the hash of the coded article it is (itself) or copies. */
  public Map<String, String> originals() {
    Map<String, String> m = new HashMap<>();
    query("SELECT content_hash, coalesce(near_duplicate_of, content_hash) FROM articles",
        rs -> m.put(rs.getString(1), rs.getString(2)));
    return m;
  }

  /** Adds every coded article's signature to the index, so new articles are compared with them. */
  public void loadSignatures(NearDuplicateIndex index) {
    query("SELECT content_hash, signature FROM minhashes ORDER BY content_hash", rs -> {
      ByteBuffer b = ByteBuffer.wrap(rs.getBytes(2));
      long[] sig = new long[b.remaining() / Long.BYTES];
      b.asLongBuffer().get(sig);
      index.add(rs.getString(1), sig);
    });
  }

  /** Stores a batch of articles and re-merges the events they touch, all in one transaction. */
  public void write(List<StoreItem> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      conn.setAutoCommit(false);
      Set<String> groups = new LinkedHashSet<>();
      Set<String> copied = new LinkedHashSet<>();
      try (BatchInserter rows = new BatchInserter(conn)) {
        for (StoreItem item : batch) {
          rows.article(item);
          if (item.coded() == null) {
            copied.add(item.article().nearDuplicateOf());
            continue;
          }
          String hash = item.article().contentHash();
          rows.signature(hash, item.signature());
          for (Sentence s : item.coded().sentences()) {
            rows.sentence(hash, s);
          }
          for (Event e : item.coded().events()) {
            String group = e.modality().countsAsEvent()
                ? rule.groupKey(e.source().actor().code(), e.target().actor().code(), e.code().code())
                : null;
            rows.mention(hash, item.coded().article().dateBasis(), group, e);
            if (group != null) {
              groups.add(group);
            }
          }
        }
      }
      merger.remerge(groups, copied);
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        conn.rollback();
      } catch (SQLException ignored) {
        e.addSuppressed(ignored);
      }
      throw new StoreException(file + ": cannot store a batch of " + batch.size() + " articles starting with "
          + batch.get(0).article().id() + ": " + e.getMessage(), e);
    } finally {
      try {
        conn.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is unusable; the next call reports it
      }
    }
  }

  /** The open connection, for readers that share the writer's session (tests, export after code). */
  public Connection connection() {
    return conn;
  }

  interface RowHandler {
    void row(ResultSet rs) throws SQLException;
  }

  private void query(String sql, RowHandler h) {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        h.row(rs);
      }
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot read the database: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot close the database: " + e.getMessage(), e);
    }
  }
}
