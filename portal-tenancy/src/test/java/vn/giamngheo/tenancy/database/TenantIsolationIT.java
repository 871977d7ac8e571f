package vn.giamngheo.tenancy.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.tenancy.testing.TestDatabase;

/**
 * Row-level security as the runtime role sees it: a query that forgets its unit filter still sees
 * only the scope set for its transaction. Every tenant-owned table (every table with a {@code
 * unit_id}) is checked, so a new one is covered as soon as its migration exists.
 */
class TenantIsolationIT {
  private static TestDatabase db;
  private static long camChau;
  private static long camTam;

  @BeforeAll
  static void createUnitsAndRowsInEveryTenantTable() throws SQLException {
    db = TestDatabase.create();
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      long province = unit(owner, "38", "Tỉnh Thanh Hóa", 1, null);
      long district = unit(owner, "390", "Huyện Cẩm Thủy", 2, province);
      camChau = unit(owner, "15160", "Xã Cẩm Châu", 3, district);
      camTam = unit(owner, "15163", "Xã Cẩm Tâm", 3, district);
      for (long commune : new long[] {camChau, camTam}) {
        execute(
            owner,
            "INSERT INTO user_account (unit_id, username, password_hash, full_name, role)"
                + " VALUES (?, 'vhcs', 'x', 'Công chức VH-XH', 'COMMUNE_STAFF')",
            commune);
        execute(owner, "INSERT INTO login_failure (unit_id, username) VALUES (?, 'vhcs')", commune);
        execute(
            owner,
            "INSERT INTO audit_event (unit_id, actor, action) VALUES (?, 'test', 'FIXTURE')",
            commune);
      }
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void everyTenantOwnedTableHasFixtureRowsAndForcedRowLevelSecurity() throws SQLException {
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      List<String> tables = tenantOwnedTables(owner);
      assertTrue(tables.containsAll(List.of("user_account", "login_failure", "audit_event")));
      for (String table : tables) {
        assertTrue(count(owner, table, camChau) > 0, table + " needs a fixture row of 15160");
        try (ResultSet rls =
            query(
                owner,
                "SELECT relrowsecurity AND relforcerowsecurity FROM pg_class"
                    + " WHERE oid = ('portal.' || ?)::regclass",
                table)) {
          rls.next();
          assertTrue(rls.getBoolean(1), table + " must enable and force row-level security");
        }
      }
    }
  }

  @Test
  void runtimeRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws SQLException {
    try (Connection app = db.connectAsApp();
        ResultSet role =
            query(
                app,
                "SELECT rolbypassrls, rolsuper,"
                    + " (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid)"
                    + " FROM pg_roles r WHERE rolname = current_user")) {
      role.next();
      assertFalse(role.getBoolean(1), "BYPASSRLS");
      assertFalse(role.getBoolean(2), "SUPERUSER");
      assertEquals(0, role.getLong(3), "relations owned by the runtime role");
    }
  }

  @Test
  void communeScopeSeesNoRowOfAnotherCommuneInAnyTable() throws SQLException {
    try (Connection app = appTransaction()) {
      inScope(app, pathOf(app, camTam));
      for (String table : tenantOwnedTables(app)) {
        assertEquals(0, count(app, table, camChau), table + ": rows of 15160 seen from 15163");
        assertTrue(count(app, table, camTam) > 0, table + ": own rows of 15163 not seen");
        assertEquals(
            0,
            scalar(app, "SELECT count(*) FROM " + table + " WHERE unit_id <> ?", camTam),
            table + ": a forgotten filter leaked rows");
      }
      app.rollback();
    }
  }

  @Test
  void communeScopeCannotChangeAnotherCommunesRows() throws SQLException {
    try (Connection app = appTransaction()) {
      inScope(app, pathOf(app, camTam));
      for (String table : tenantOwnedTables(app)) {
        assertEquals(
            0,
            update(app, "UPDATE " + table + " SET unit_id = unit_id WHERE unit_id = ?", camChau),
            table + ": updated rows of 15160");
        assertEquals(
            0,
            update(app, "DELETE FROM " + table + " WHERE unit_id = ?", camChau),
            table + ": deleted rows of 15160");
      }
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO audit_event (unit_id, actor, action) VALUES (?, 'x', 'FORGED')",
          camChau);
      app.rollback();
      // moving one's own row into another commune is refused too
      inScope(app, pathOf(app, camTam));
      assertRefusedByRowLevelSecurity(
          app, "UPDATE user_account SET unit_id = " + camChau + " WHERE unit_id = ?", camTam);
      app.rollback();
    }
  }

  @Test
  void districtScopeSeesBothOfItsCommunes() throws SQLException {
    try (Connection app = appTransaction()) {
      long district = parentOf(app, camChau);
      inScope(app, pathOf(app, district));
      for (String table : tenantOwnedTables(app)) {
        assertTrue(count(app, table, camChau) > 0, table + ": district cannot see 15160");
        assertTrue(count(app, table, camTam) > 0, table + ": district cannot see 15163");
      }
      app.rollback();
    }
  }

  @Test
  void withoutScopeNothingIsVisibleAndTheScopeEndsWithTheTransaction() throws SQLException {
    try (Connection app = appTransaction()) {
      for (String table : tenantOwnedTables(app)) {
        assertEquals(
            0, scalar(app, "SELECT count(*) FROM " + table), table + " visible without a scope");
      }
      inScope(app, pathOf(app, camChau));
      assertTrue(count(app, "user_account", camChau) > 0);
      app.commit();
      assertEquals(0, count(app, "user_account", camChau), "scope outlived its transaction");
      app.rollback();
    }
  }

  @Test
  void unitsArePublicButOnlyTheirScopeMayChangeThem() throws SQLException {
    try (Connection app = appTransaction()) {
      inScope(app, pathOf(app, camTam));
      assertEquals(
          4, scalar(app, "SELECT count(*) FROM admin_unit"), "sign-in pages must name every unit");
      assertEquals(
          0,
          update(app, "UPDATE admin_unit SET name = 'X' WHERE id = ?", camChau),
          "15163 renamed 15160");
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO admin_unit (code, name, level_id, parent_id, valid_from)"
              + " VALUES ('15160-99', 'Thôn giả', 4, ?, DATE '2022-01-01')",
          camChau);
      app.rollback();
    }
  }

  private static List<String> tenantOwnedTables(Connection connection) throws SQLException {
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

  private static void inScope(Connection connection, String path) throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement(
            "SELECT set_config('portal.read_path', ?, true), set_config('portal.write_path', ?, true)")) {
      set.setString(1, path);
      set.setString(2, path);
      set.executeQuery();
    }
    if (connection.getAutoCommit()) {
      // fixtures on an auto-commit connection: keep the scope for the session
      try (PreparedStatement set =
          connection.prepareStatement(
              "SELECT set_config('portal.read_path', ?, false), set_config('portal.write_path', ?, false)")) {
        set.setString(1, path);
        set.setString(2, path);
        set.executeQuery();
      }
    }
  }

  private static long unit(Connection c, String code, String name, int level, Long parent)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO admin_unit (code, name, level_id, parent_id, valid_from)"
                + " VALUES (?, ?, ?, ?, DATE '2021-01-01') RETURNING id")) {
      insert.setString(1, code);
      insert.setString(2, name);
      insert.setInt(3, level);
      insert.setObject(4, parent);
      ResultSet id = insert.executeQuery();
      id.next();
      return id.getLong(1);
    }
  }

  private static String pathOf(Connection c, long unit) throws SQLException {
    try (ResultSet path = query(c, "SELECT path FROM admin_unit WHERE id = ?", unit)) {
      path.next();
      return path.getString(1);
    }
  }

  private static long parentOf(Connection c, long unit) throws SQLException {
    try (ResultSet parent = query(c, "SELECT parent_id FROM admin_unit WHERE id = ?", unit)) {
      parent.next();
      return parent.getLong(1);
    }
  }

  private static long count(Connection c, String table, long unit) throws SQLException {
    return scalar(c, "SELECT count(*) FROM " + table + " WHERE unit_id = ?", unit);
  }

  private static long scalar(Connection c, String sql, Object... parameters) throws SQLException {
    try (ResultSet result = query(c, sql, parameters)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** A connection as the runtime role, in a transaction the test rolls back. */
  private static Connection appTransaction() throws SQLException {
    Connection app = db.connectAsApp();
    app.setAutoCommit(false);
    return app;
  }

  private static ResultSet query(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    statement.closeOnCompletion();
    return statement.executeQuery();
  }

  private static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
    update(c, sql, parameters);
  }

  /** The statement fails as a row-level security violation; the transaction must roll back. */
  private static void assertRefusedByRowLevelSecurity(
      Connection c, String sql, Object... parameters) {
    SQLException refused = assertThrows(SQLException.class, () -> update(c, sql, parameters));
    assertEquals("42501", refused.getSQLState(), "row-level security violation: " + sql);
  }
}
