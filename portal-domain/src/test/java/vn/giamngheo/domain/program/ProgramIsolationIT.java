package vn.giamngheo.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.giamngheo.tenancy.testing.SqlFixtures.assertRefusedByRowLevelSecurity;
import static vn.giamngheo.tenancy.testing.SqlFixtures.camThuy;
import static vn.giamngheo.tenancy.testing.SqlFixtures.inScope;
import static vn.giamngheo.tenancy.testing.SqlFixtures.rowsOf;
import static vn.giamngheo.tenancy.testing.SqlFixtures.scalar;
import static vn.giamngheo.tenancy.testing.SqlFixtures.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.tenancy.testing.SqlFixtures.CamThuy;
import vn.giamngheo.tenancy.testing.TenantTables;
import vn.giamngheo.tenancy.testing.TestDatabase;

/**
 * A program is published down: every unit below the province reads it, nobody below changes it, and
 * what a commune owns stays invisible to the commune next door.
 */
class ProgramIsolationIT {
  private static final List<String> PROGRAM_TABLES =
      List.of("program", "program_component", "indicator");

  private static TestDatabase db;
  private static long province;
  private static long district;
  private static long camChau;
  private static long camTam;

  @BeforeAll
  static void programsOfTheProvinceAndOfACommune() throws SQLException {
    db = TestDatabase.create();
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      CamThuy units = camThuy(owner);
      province = units.province();
      district = units.district();
      camChau = units.camChau();
      camTam = units.camTam();
      for (long owningUnit : new long[] {province, camChau}) {
        long program =
            scalar(
                owner,
                "INSERT INTO program (unit_id, code, version, name, period_from, period_to,"
                    + " legal_basis, status, published_at)"
                    + " VALUES (?, 'CT', 1, 'CT', 2021, 2025, 'QĐ 90', 'PUBLISHED', now())"
                    + " RETURNING id",
                owningUnit);
        long component =
            scalar(
                owner,
                "INSERT INTO program_component (unit_id, program_id, code, kind, number, name,"
                    + " sort_order) VALUES (?, ?, 'DA2', 'PROJECT', '2', 'Sinh kế', 1) RETURNING id",
                owningUnit,
                program);
        update(
            owner,
            "INSERT INTO indicator (unit_id, program_id, component_id, code, name, measure_unit,"
                + " value_type, aggregation, sort_order)"
                + " VALUES (?, ?, ?, 'MO_HINH', 'Mô hình', 'mô hình', 'COUNT', 'SUM', 1)",
            owningUnit,
            program,
            component);
      }
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void everyTenantOwnedTableOfTheWholeSchemaIsIsolated() throws SQLException {
    try (Connection owner = db.connectAsOwner()) {
      TenantTables.assertAllIsolated(owner);
      assertEquals(true, TenantTables.all(owner).containsAll(PROGRAM_TABLES));
    }
  }

  @Test
  void aCommuneReadsItsProvincesProgramButNotAnotherCommunes() throws SQLException {
    try (Connection app = db.transactionInScopeOf(camTam)) {
      for (String table : PROGRAM_TABLES) {
        assertEquals(1, rowsOf(app, table, province), table + ": the province's rows");
        assertEquals(0, rowsOf(app, table, camChau), table + ": 15160's rows seen from 15163");
      }
      app.rollback();
    }
  }

  @Test
  void nobodyBelowTheProvinceChangesItsProgram() throws SQLException {
    try (Connection app = db.transactionInScopeOf(camTam)) {
      for (String table : PROGRAM_TABLES) {
        assertEquals(
            0,
            update(app, "UPDATE " + table + " SET unit_id = unit_id WHERE unit_id = ?", province),
            table);
        assertEquals(
            0, update(app, "DELETE FROM " + table + " WHERE unit_id = ?", province), table);
      }
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO program (unit_id, code, version, name, period_from, period_to, legal_basis,"
              + " status) VALUES (?, 'CT', 2, 'CT', 2021, 2025, 'QĐ', 'DRAFT')",
          province);
      app.rollback();
    }
  }

  @Test
  void theDistrictReadsItsCommunesAndItsProvincesPrograms() throws SQLException {
    try (Connection app = db.transactionInScopeOf(district)) {
      for (String table : PROGRAM_TABLES) {
        assertEquals(1, rowsOf(app, table, province), table);
        assertEquals(1, rowsOf(app, table, camChau), table);
      }
      app.rollback();
    }
  }
}
