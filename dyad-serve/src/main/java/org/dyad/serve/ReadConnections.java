package org.dyad.serve;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * The API's way into the database: a few connections to the database instance the server process
 * owns, each used for one request at a time. When the file is open for writing (--watch), every
 * request runs inside a {@code READ ONLY} transaction, so it cannot write even if a statement tried
 * to, and it sees one consistent snapshot while a batch of newly coded articles is written on the
 * owner's connection; otherwise the file itself is open read-only. Every statement has a time limit.
 */
public final class ReadConnections implements AutoCloseable {
  /** Work done with one read connection. */
  public interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  private final BlockingQueue<Connection> idle;
  private final java.util.Map<Connection, java.util.Map<String, java.sql.PreparedStatement>> prepared =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final int queryTimeoutSeconds;
  /** Whether the database instance is open for writing (a --watch server): then each request is a READ ONLY transaction. */
  private final boolean writable;

  /**
   * @param owner               the connection that opened the database (read-only, or the writer's)
   * @param size                connections, the number of requests answered at once
   * @param queryTimeoutSeconds a statement running longer is cancelled and answered with 503
   */
  public ReadConnections(Connection owner, int size, int queryTimeoutSeconds) throws SQLException {
    this.queryTimeoutSeconds = queryTimeoutSeconds;
    this.idle = new ArrayBlockingQueue<>(size);
    DuckDBConnection duck = owner.unwrap(DuckDBConnection.class);
    try (Statement st = owner.createStatement()) {
      // Nothing the API runs reads or writes files: the database must have been opened with file
      // access refused (EventStore.ExternalAccess.REFUSED: no read_csv, COPY or ATTACH).
      try (java.sql.ResultSet rs = st.executeQuery("SELECT current_setting('enable_external_access')")) {
        rs.next();
        if (rs.getBoolean(1)) {
          throw new IllegalArgumentException("the API's database must be opened with external access refused"
              + " (EventStore.ExternalAccess.REFUSED)");
        }
      }
      // The file is ATTACHed (EventStore), so whether it is writable is the attached database's flag.
      try (java.sql.ResultSet rs = st.executeQuery(
          "SELECT NOT readonly FROM duckdb_databases() WHERE database_name = current_database()")) {
        writable = !rs.next() || rs.getBoolean(1);
      }
    }
    String database;
    try (Statement st = owner.createStatement(); java.sql.ResultSet rs = st.executeQuery("SELECT current_database()")) {
      rs.next();
      database = rs.getString(1);
    }
    for (int i = 0; i < size; i++) {
      Connection c = duck.duplicate();
      try (Statement st = c.createStatement()) {
        // a duplicate starts in the instance's default catalog; the owner uses the attached file
        st.execute("USE \"" + database.replace("\"", "\"\"") + "\"");
      }
      idle.add(c);
    }
  }

  public int queryTimeoutSeconds() {
    return queryTimeoutSeconds;
  }

  /**
   * A prepared statement of this connection for the SQL, made once and kept (a connection serves
   * one request at a time), with the time limit set and no values bound.
   */
  public java.sql.PreparedStatement prepared(Connection c, String sql) throws SQLException {
    java.util.Map<String, java.sql.PreparedStatement> mine = prepared.computeIfAbsent(c, k -> new java.util.HashMap<>());
    java.sql.PreparedStatement ps = mine.get(sql);
    if (ps == null || ps.isClosed()) {
      if (mine.size() >= 256) {
        for (java.sql.PreparedStatement old : mine.values()) {
          old.close();
        }
        mine.clear();
      }
      ps = c.prepareStatement(sql);
      ps.setQueryTimeout(queryTimeoutSeconds);
      mine.put(sql, ps);
    }
    ps.clearParameters();
    return ps;
  }

  /** Runs {@code read} in a read-only transaction on an idle connection. */
  public <T> T read(Read<T> read) {
    Connection c;
    try {
      c = idle.poll(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is shutting down");
    }
    if (c == null) {
      throw new ApiException(503, "the server is busy; try again");
    }
    try {
      if (!writable) {
        return read.apply(c); // the file is open read-only: nothing can write, nothing changes under a request
      }
      try (Statement st = c.createStatement()) {
        st.execute("BEGIN TRANSACTION READ ONLY");
      }
      try {
        return read.apply(c);
      } finally {
        try (Statement st = c.createStatement()) {
          st.execute("ROLLBACK");
        }
      }
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("INTERRUPT")) {
        throw new ApiException(503, "the query took longer than " + queryTimeoutSeconds + " s; narrow the filters");
      }
      throw new IllegalStateException("database error: " + m, e);
    } finally {
      idle.add(c);
    }
  }

  @Override
  public void close() {
    for (Connection c : idle) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
    idle.clear();
  }
}
