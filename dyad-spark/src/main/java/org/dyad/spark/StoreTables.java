package org.dyad.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.StoreSchema;

/**
 * The Spark schemas of the store's tables, read from the store's own DDL ({@link StoreSchema#DDL})
 * run in an in-memory DuckDB: the Parquet tables have the database's columns, names, order and
 * types by construction, and a column added to the store appears here without a second list.
 */
public final class StoreTables {
  private StoreTables() {}

  /** The column the Parquet tables are partitioned by (a date as YYYY-MM-DD, or {@value #UNDATED}); not a store column. */
  public static final String PARTITION = "part_date";
  public static final String UNDATED = "undated";

  public static StructType schema(String table) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement st = c.createStatement()) {
        for (String ddl : StoreSchema.DDL) {
          st.execute(ddl);
        }
      }
      List<StructField> fields = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type, is_nullable "
          + "FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
        ps.setString(1, table);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            fields.add(DataTypes.createStructField(rs.getString(1), type(table, rs.getString(1), rs.getString(2)),
                "YES".equals(rs.getString(3))));
          }
        }
      }
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("the store has no table " + table);
      }
      return DataTypes.createStructType(fields);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store's schema: " + e.getMessage(), e);
    }
  }

  private static DataType type(String table, String column, String duckdb) {
    return switch (duckdb) {
      case "VARCHAR" -> DataTypes.StringType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "BIGINT" -> DataTypes.LongType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "BOOLEAN" -> DataTypes.BooleanType;
      case "DATE" -> DataTypes.DateType;
      case "BLOB" -> DataTypes.BinaryType;
      default -> throw new IllegalStateException(table + "." + column + ": no Parquet type for DuckDB's " + duckdb);
    };
  }

  /** A table's schema with the partition column last. */
  public static StructType partitioned(String table) {
    return schema(table).add(PARTITION, DataTypes.StringType, false);
  }
}
