package vn.giamngheo.tenancy.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.tenancy.testing.SqlFixtures.*;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.tenancy.testing.SqlFixtures.CamThuy;
import vn.giamngheo.tenancy.testing.TenantTables;
import vn.giamngheo.tenancy.testing.TestDatabase;

/**
 * Row-level security as the runtime role sees it: a query that forgets its unit filter still sees
 * only the scope set for its transaction. Every tenant-owned table (every table with a {@code
 * unit_id}) is checked, so a new one is covered as soon as its migration exists.
 */
class TenantIsolationIT {
  private static TestDatabase db;
  private static long district;
  private static long camChau;
  private static long camTam;

  @BeforeAll
  static void createUnitsAndRowsInEveryTenantTable() throws SQLException {
    db = TestDatabase.create();
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      CamThuy units = camThuy(owner);
      district = units.district();
      camChau = units.camChau();
      camTam = units.camTam();
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
      List<String> tables = TenantTables.all(owner);
      assertTrue(tables.containsAll(List.of("user_account", "login_failure", "audit_event")));
      for (String table : tables) {
        assertTrue(rowsOf(owner, table, camChau) > 0, table + " needs a fixture row of 15160");
      }
      TenantTables.assertAllIsolated(owner);
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
    try (Connection app = db.transactionInScopeOf(camTam)) {
      for (String table : TenantTables.all(app)) {
        assertEquals(0, rowsOf(app, table, camChau), table + ": rows of 15160 seen from 15163");
        assertTrue(rowsOf(app, table, camTam) > 0, table + ": own rows of 15163 not seen");
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
    try (Connection app = db.transactionInScopeOf(camTam)) {
      for (String table : TenantTables.all(app)) {
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
    try (Connection app = db.transactionInScopeOf(district)) {
      for (String table : TenantTables.all(app)) {
        assertTrue(rowsOf(app, table, camChau) > 0, table + ": district cannot see 15160");
        assertTrue(rowsOf(app, table, camTam) > 0, table + ": district cannot see 15163");
      }
      app.rollback();
    }
  }

  @Test
  void withoutScopeNothingIsVisibleAndTheScopeEndsWithTheTransaction() throws SQLException {
    try (Connection app = appTransaction()) {
      for (String table : TenantTables.all(app)) {
        assertEquals(
            0, scalar(app, "SELECT count(*) FROM " + table), table + " visible without a scope");
      }
      inScope(app, pathOf(app, camChau));
      assertTrue(rowsOf(app, "user_account", camChau) > 0);
      app.commit();
      assertEquals(0, rowsOf(app, "user_account", camChau), "scope outlived its transaction");
      app.rollback();
    }
  }

  @Test
  void unitsArePublicButOnlyTheirScopeMayChangeThem() throws SQLException {
    try (Connection app = db.transactionInScopeOf(camTam)) {
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

  /** A connection as the runtime role, in a transaction the test rolls back. */
  private static Connection appTransaction() throws SQLException {
    Connection app = db.connectAsApp();
    app.setAutoCommit(false);
    return app;
  }
}
