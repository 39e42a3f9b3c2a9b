package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies a dyad database ({@code dyad check}): that DuckDB can read every block of every table
 * (each block carries a checksum, verified as it is read), that the schema is one this dyad
 * knows, and dyad's own invariants: every counted mention belongs to a stored event and no other
 * mention does, each event's {@code num_mentions} is its number of mentions, event ids are
 * unique, every mention and sentence belongs to a coded article, and every copy points at a coded
 * article.
 */
public final class StoreCheck {
  /**
   * What a check found.
   *
   * @param rows     rows per table read in full
   * @param problems one line per broken invariant or unreadable table; empty when the store is sound
   */
  public record Report(Map<String, Long> rows, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Each invariant: what it means when violated, and the query counting the rows that violate it. */
  private static final List<String[]> INVARIANTS = List.of(
      new String[] {"counted mention(s) without their event",
          "SELECT count(*) FROM mentions WHERE counted AND (event_id IS NULL"
              + " OR event_id NOT IN (SELECT event_id FROM events))"},
      new String[] {"uncounted mention(s) (negated, hypothetical…) linked to an event",
          "SELECT count(*) FROM mentions WHERE NOT coalesce(counted, false) AND event_id IS NOT NULL"},
      new String[] {"event(s) whose num_mentions is not their number of mentions",
          "SELECT count(*) FROM events e WHERE e.num_mentions IS DISTINCT FROM"
              + " (SELECT count(*) FROM mentions m WHERE m.event_id = e.event_id)"},
      new String[] {"event id(s) used by more than one event",
          "SELECT count(*) FROM (SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1)"},
      new String[] {"article(s) stored twice under the same text and id",
          "SELECT count(*) FROM (SELECT content_hash, id FROM articles GROUP BY ALL HAVING count(*) > 1)"},
      new String[] {"copies pointing at an article that was not coded",
          "SELECT count(*) FROM articles WHERE near_duplicate_of IS NOT NULL AND near_duplicate_of NOT IN"
              + " (SELECT content_hash FROM articles WHERE near_duplicate_of IS NULL)"},
      new String[] {"mention(s) of an article that was not coded",
          "SELECT count(*) FROM mentions WHERE article_hash NOT IN"
              + " (SELECT content_hash FROM articles WHERE near_duplicate_of IS NULL)"},
      new String[] {"sentence(s) of an article that was not coded",
          "SELECT count(*) FROM sentences WHERE article_hash NOT IN"
              + " (SELECT content_hash FROM articles WHERE near_duplicate_of IS NULL)"});

  private StoreCheck() {}

  /** Checks the database; never throws for a damaged or foreign file: that is a problem in the report. */
  public static Report check(Path file) {
    Map<String, Long> rows = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Connection c;
    try {
      c = EventStore.openReadOnly(file);
    } catch (StoreException e) {
      problems.add(e.getMessage());
      return new Report(rows, problems);
    }
    try (c) {
      for (String table : StoreSchema.TABLES) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          int n = rs.getMetaData().getColumnCount();
          long count = 0;
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              rs.getObject(i); // every column's blocks are read, so every checksum is verified
            }
            count++;
          }
          rows.put(table, count);
        } catch (SQLException e) {
          problems.add(file + ": table " + table + " cannot be read: " + EventStore.openFailure(e));
        }
      }
      if (!problems.isEmpty()) {
        return new Report(rows, problems); // invariants mean little over unreadable tables
      }
      for (String[] inv : INVARIANTS) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(inv[1])) {
          rs.next();
          long bad = rs.getLong(1);
          if (bad > 0) {
            problems.add(file + ": " + bad + " " + inv[0]);
          }
        } catch (SQLException e) {
          problems.add(file + ": cannot check for " + inv[0] + ": " + EventStore.openFailure(e));
        }
      }
    } catch (SQLException e) {
      problems.add(file + ": " + EventStore.openFailure(e));
    }
    return new Report(rows, problems);
  }
}
