package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every data table, sorted, as text: what "two databases are identical" compares. */
public final class StoreContents {
  private StoreContents() {}

  public static Map<String, List<String>> of(Connection conn) throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String t : StoreSchema.TABLES) {
      List<String> rows = new ArrayList<>();
      try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t + " ORDER BY ALL")) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder b = new StringBuilder();
          for (int i = 1; i <= n; i++) {
            Object v = rs.getObject(i);
            b.append(i > 1 ? "\t" : "").append(v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : v);
          }
          rows.add(b.toString());
        }
      }
      tables.put(t, rows);
    }
    return tables;
  }
}
