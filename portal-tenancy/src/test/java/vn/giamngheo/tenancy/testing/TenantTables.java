package vn.giamngheo.tenancy.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The tenant-owned tables of the schema: every table with a {@code unit_id} column. */
public final class TenantTables {
  private TenantTables() {}

  public static List<String> all(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows =
        connection
            .createStatement()
            .executeQuery(
                "SELECT c.table_name FROM information_schema.columns c"
                    + " JOIN information_schema.tables t USING (table_schema, table_name)"
                    + " WHERE c.table_schema = 'portal' AND c.column_name = 'unit_id'"
                    + " AND t.table_type = 'BASE TABLE' ORDER BY 1")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  /** Every tenant-owned table enables and forces row-level security. */
  public static void assertAllIsolated(Connection connection) throws SQLException {
    for (String table : all(connection)) {
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT relrowsecurity AND relforcerowsecurity FROM pg_class"
                  + " WHERE oid = ('portal.' || ?)::regclass")) {
        query.setString(1, table);
        ResultSet rls = query.executeQuery();
        rls.next();
        assertTrue(rls.getBoolean(1), table + " must enable and force row-level security");
      }
    }
  }
}
