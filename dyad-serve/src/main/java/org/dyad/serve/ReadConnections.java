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
 * owns, each used for one request at a time inside a {@code READ ONLY} transaction, so a request
 * cannot write even if a statement tried to, and it sees one consistent snapshot while a batch of
 * newly coded articles is written on the owner's connection. Every statement has a time limit.
 */
public final class ReadConnections implements AutoCloseable {
  /** Work done with one read connection. */
  public interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  private final BlockingQueue<Connection> idle;
  private final int queryTimeoutSeconds;

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
      // Nothing the API runs reads or writes files; refuse it outright (read_csv, COPY, ATTACH...).
      st.execute("SET enable_external_access = false");
    }
    for (int i = 0; i < size; i++) {
      idle.add(duck.duplicate());
    }
  }

  public int queryTimeoutSeconds() {
    return queryTimeoutSeconds;
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
