package vn.giamngheo.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.tenancy.testing.SqlFixtures.assertRefusedByRowLevelSecurity;
import static vn.giamngheo.tenancy.testing.SqlFixtures.camThuy;
import static vn.giamngheo.tenancy.testing.SqlFixtures.inScope;
import static vn.giamngheo.tenancy.testing.SqlFixtures.rowsOf;
import static vn.giamngheo.tenancy.testing.SqlFixtures.scalar;
import static vn.giamngheo.tenancy.testing.SqlFixtures.unit;
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
 * A commune's review, its entries, complaints and applications are its own and its district's: no
 * other commune reads or writes them, and the district may write them (it recognises the review).
 */
class ReviewIsolationIT {
  private static final List<String> TABLES =
      List.of("household_review", "review_entry", "review_complaint", "household_application");

  private static TestDatabase db;
  private static CamThuy units;
  private static long review;
  private static long household;

  @BeforeAll
  static void aReviewOfCamChauWithEveryPart() throws SQLException {
    db = TestDatabase.create();
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      units = camThuy(owner);
      long camChau = units.camChau();
      long village = unit(owner, "15160-01", "Thôn 1", 4, camChau);
      long standard =
          scalar(
              owner,
              "INSERT INTO poverty_standard (unit_id, code, name, valid_from, rural_poverty_line,"
                  + " urban_poverty_line, rural_average_line, urban_average_line,"
                  + " poor_min_deprivations) VALUES (?, 'CN', 'Chuẩn nghèo', DATE '2022-01-01',"
                  + " 1500000, 2000000, 2250000, 3000000, 3) RETURNING id",
              units.province());
      household =
          scalar(
              owner,
              "INSERT INTO household (unit_id, village_id, code, head_name, area_type,"
                  + " registered_on) VALUES (?, ?, 'H1', 'Nguyễn Văn A', 'RURAL', DATE '2020-01-01')"
                  + " RETURNING id",
              camChau,
              village);
      review =
          scalar(
              owner,
              "INSERT INTO household_review (unit_id, year, standard_id, status, started_on,"
                  + " started_by) VALUES (?, 2025, ?, 'POSTED', DATE '2025-10-01', '15160/vhcs')"
                  + " RETURNING id",
              camChau,
              standard);
      update(
          owner,
          "INSERT INTO review_entry (unit_id, review_id, household_id, reason, status)"
              + " VALUES (?, ?, ?, 'ON_LIST', 'POOR')",
          camChau,
          review,
          household);
      update(
          owner,
          "INSERT INTO review_complaint (unit_id, review_id, household_id, received_on,"
              + " complainant, content) VALUES (?, ?, ?, DATE '2025-11-20', 'Bà B', 'Sai thu nhập')",
          camChau,
          review,
          household);
      update(
          owner,
          "INSERT INTO household_application (unit_id, household_id, applied_on, request)"
              + " VALUES (?, ?, DATE '2025-03-01', 'LEAVE_LIST')",
          camChau,
          household);
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void everyReviewTableIsTenantOwnedAndIsolated() throws SQLException {
    try (Connection owner = db.connectAsOwner()) {
      assertTrue(TenantTables.all(owner).containsAll(TABLES));
      TenantTables.assertAllIsolated(owner);
    }
  }

  @Test
  void anotherCommuneSeesAndChangesNothingOfTheReview() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.camTam())) {
      for (String table : TABLES) {
        assertEquals(0, rowsOf(app, table, units.camChau()), table + ": 15160's rows seen");
        assertEquals(
            0,
            update(
                app,
                "UPDATE " + table + " SET unit_id = unit_id WHERE unit_id = ?",
                units.camChau()),
            table);
        assertEquals(
            0, update(app, "DELETE FROM " + table + " WHERE unit_id = ?", units.camChau()), table);
      }
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO review_complaint (unit_id, review_id, household_id, received_on,"
              + " complainant, content) VALUES (?, ?, ?, DATE '2025-11-21', 'x', 'x')",
          units.camChau(),
          review,
          household);
      app.rollback();
    }
    try (Connection app = db.transactionInScopeOf(units.camTam())) {
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO household_application (unit_id, household_id, applied_on, request)"
              + " VALUES (?, ?, DATE '2025-03-01', 'ENTER_LIST')",
          units.camChau(),
          household);
      app.rollback();
    }
  }

  @Test
  void theDistrictReadsTheReviewAndRecognisesItTheCommuneSeesNoOtherCommunes() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.district())) {
      for (String table : TABLES) {
        assertEquals(1, rowsOf(app, table, units.camChau()), table);
      }
      assertEquals(
          1,
          update(
              app,
              "UPDATE household_review SET status = 'RECOGNISED', decision_no = '1/QĐ'"
                  + " WHERE id = ?",
              review));
      assertEquals(
          1,
          update(
              app,
              "INSERT INTO household_status (unit_id, household_id, year, status, source,"
                  + " recognised_on) VALUES (?, ?, 2025, 'POOR', 'ANNUAL_REVIEW', DATE '2025-12-20')",
              units.camChau(),
              household));
      app.rollback();
    }
    try (Connection app = db.transactionInScopeOf(units.camChau())) {
      for (String table : TABLES) {
        assertEquals(1, rowsOf(app, table, units.camChau()), table);
        assertEquals(0, rowsOf(app, table, units.camTam()), table);
      }
      app.rollback();
    }
  }
}
