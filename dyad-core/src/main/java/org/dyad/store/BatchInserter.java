package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Sentence;

/**
 * Collects the rows of one batch and inserts them table by table when closed, many rows per
 * INSERT statement: DuckDB's cost is per statement, not per row.
 */
final class BatchInserter implements AutoCloseable {
  private static final int ROWS_PER_STATEMENT = 256;

  private final Connection conn;
  private final Rows articles = new Rows("articles", 12);
  private final Rows minhashes = new Rows("minhashes", 2);
  private final Rows sentences = new Rows("sentences", 5);
  private final Rows mentions = new Rows("mentions", 43);

  /** The pending rows of one table. */
  private static final class Rows {
    final String table;
    final int columns;
    final List<Object[]> rows = new ArrayList<>();

    Rows(String table, int columns) {
      this.table = table;
      this.columns = columns;
    }

    void add(Object... values) {
      if (values.length != columns) {
        throw new IllegalStateException(table + ": " + values.length + " values for " + columns + " columns");
      }
      rows.add(values);
    }
  }

  BatchInserter(Connection conn) {
    this.conn = conn;
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  void article(StoreItem item) throws SQLException {
    articles.add(StoreRows.article(item));
  }

  void signature(String hash, long[] sig) throws SQLException {
    minhashes.add(hash, StoreRows.signature(sig));
  }

  void sentence(String hash, Sentence s) throws SQLException {
    sentences.add(hash, s.index(), s.start(), s.text(), s.isParsed());
  }

  void mention(String hash, String dateBasis, String group, Event e) throws SQLException {
    mentions.add(StoreRows.mention(hash, dateBasis, group, e));
  }

  /** Binds one row's values from parameter {@code first} on. */
  static void set(PreparedStatement ps, int first, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        ps.setNull(first + i, Types.NULL);
      } else {
        ps.setObject(first + i, v);
      }
    }
  }


  @Override
  public void close() throws SQLException {
    for (Rows r : List.of(articles, minhashes, sentences, mentions)) {
      insert(conn, r.table, r.columns, r.rows);
    }
  }

  /** Inserts rows into a table, {@value #ROWS_PER_STATEMENT} rows per statement. */
  static void insert(Connection conn, String table, int columns, List<Object[]> rows) throws SQLException {
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
      String row = "(" + marks(columns) + ")";
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + table + " VALUES "
          + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)))) {
        for (int k = 0; k < chunk.size(); k++) {
          set(ps, 1 + k * columns, chunk.get(k));
        }
        ps.executeUpdate();
      }
    }
  }
}
