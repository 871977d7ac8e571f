package vn.giamngheo.domain.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.tenancy.testing.SqlFixtures.assertRefusedByRowLevelSecurity;
import static vn.giamngheo.tenancy.testing.SqlFixtures.camThuy;
import static vn.giamngheo.tenancy.testing.SqlFixtures.inScope;
import static vn.giamngheo.tenancy.testing.SqlFixtures.query;
import static vn.giamngheo.tenancy.testing.SqlFixtures.rowsOf;
import static vn.giamngheo.tenancy.testing.SqlFixtures.scalar;
import static vn.giamngheo.tenancy.testing.SqlFixtures.unit;
import static vn.giamngheo.tenancy.testing.SqlFixtures.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.testing.SqlFixtures.CamThuy;
import vn.giamngheo.tenancy.testing.TenantTables;
import vn.giamngheo.tenancy.testing.TestDatabase;

/**
 * A commune's household register — names and citizen ID numbers — is its own: no other commune sees
 * any of it, the district and the province read it and cannot change it. The register's search (the
 * SQL the service runs) finds households by a member's or head's name without diacritics and
 * narrows by village, status, ethnicity and deprivation.
 */
class HouseholdIsolationIT {
  private static final List<String> TABLES =
      List.of("household", "household_member", "household_status");

  private static TestDatabase db;
  private static CamThuy units;
  private static long village1;
  private static long village2;
  private static long nguyenVanAn;

  @BeforeAll
  static void camChausRegister() throws SQLException {
    db = TestDatabase.create();
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      units = camThuy(owner);
      village1 = unit(owner, "15160-01", "Thôn 1", 4, units.camChau());
      village2 = unit(owner, "15160-02", "Thôn Tân Sơn", 4, units.camChau());
      nguyenVanAn = household(owner, village1, "HO-001", "Nguyễn Văn An", "Kinh");
      member(owner, nguyenVanAn, "Nguyễn Văn An", "038090001234", 1);
      member(owner, nguyenVanAn, "Lê Thị Hồng", "038190005678", 2);
      status(owner, nguyenVanAn, 2023, "POOR", "BHYT,NHA_O");
      status(owner, nguyenVanAn, 2024, "NEAR_POOR", "BHYT");
      long loThiNguyet = household(owner, village2, "HO-002", "Lò Thị Nguyệt", "Thái");
      member(owner, loThiNguyet, "Lò Thị Nguyệt", "038185009999", 1);
      member(owner, loThiNguyet, "Phạm Nguyên Vũ", null, 2);
      status(owner, loThiNguyet, 2024, "POOR", "NUOC_SACH,NHA_O,VIEC_LAM");
      long traMy = household(owner, village2, "HO-003", "Đỗ Trà My", "Kinh");
      member(owner, traMy, "Đỗ Trà My", null, 1);
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void everyRegisterTableIsTenantOwnedAndIsolated() throws SQLException {
    try (Connection owner = db.connectAsOwner()) {
      assertTrue(TenantTables.all(owner).containsAll(TABLES));
      TenantTables.assertAllIsolated(owner);
    }
  }

  @Test
  void anotherCommuneSeesNoneOfTheRegisterAndChangesNothing() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.camTam())) {
      for (String table : TABLES) {
        assertEquals(0, rowsOf(app, table, units.camChau()), table + ": 15160's rows seen");
        assertEquals(0, scalar(app, "SELECT count(*) FROM " + table), table);
      }
      assertEquals(
          0,
          scalar(
              app,
              "SELECT count(*) FROM household_member WHERE id_number = '038090001234'"
                  + " OR search_name LIKE 'nguyen%'"));
      assertEquals(0, search(app, HouseholdFilter.NONE).size(), "the search finds nothing");
      assertEquals(0, update(app, "UPDATE household SET head_name = 'x'"));
      assertEquals(0, update(app, "UPDATE household_member SET id_number = NULL"));
      assertEquals(0, update(app, "DELETE FROM household_member"));
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO household (unit_id, village_id, code, head_name, area_type, registered_on)"
              + " VALUES (?, ?, 'HO-999', 'Kẻ Lạ', 'RURAL', DATE '2024-01-01')",
          units.camChau(),
          village1);
      app.rollback();
    }
  }

  @Test
  void anotherCommuneLearnsOnlyWhichOfItsNumbersAreRegisteredElsewhere() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.camTam())) {
      try (ResultSet numbers =
          query(
              app,
              "SELECT * FROM id_numbers_registered_elsewhere(ARRAY['038090001234', '038000000001'],"
                  + " ?)",
              units.camTam())) {
        assertTrue(numbers.next());
        assertEquals("038090001234", numbers.getString(1));
        assertTrue(!numbers.next());
      }
      assertEquals(0, scalar(app, "SELECT count(*) FROM household_member"), "and no more");
      assertEquals(
          pathOfCamTam(app), currentReadPath(app), "the caller's scope is back after the check");
      app.rollback();
    }
  }

  private static String pathOfCamTam(Connection app) throws SQLException {
    return vn.giamngheo.tenancy.testing.SqlFixtures.pathOf(app, units.camTam());
  }

  private static String currentReadPath(Connection app) throws SQLException {
    try (ResultSet path = query(app, "SELECT current_setting('portal.read_path')")) {
      path.next();
      return path.getString(1);
    }
  }

  @Test
  void theDistrictReadsTheRegisterButCannotInsertUpdateOrDelete() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.district())) {
      assertEquals(3, rowsOf(app, "household", units.camChau()));
      assertEquals(5, rowsOf(app, "household_member", units.camChau()));
      assertEquals(3, rowsOf(app, "household_status", units.camChau()));
      assertEquals(
          List.of("HO-001", "HO-002", "HO-003"), search(app, HouseholdFilter.NONE), "it lists");
      assertEquals(
          0,
          update(app, "UPDATE household SET head_name = 'x' WHERE unit_id = ?", units.camChau()));
      assertEquals(0, update(app, "UPDATE household_member SET full_name = 'x'"));
      assertEquals(0, update(app, "DELETE FROM household WHERE id = ?", nguyenVanAn));
      assertEquals(0, update(app, "DELETE FROM household_member"));
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO household (unit_id, village_id, code, head_name, area_type, registered_on)"
              + " VALUES (?, ?, 'HO-998', 'Huyện Thêm', 'RURAL', DATE '2024-01-01')",
          units.camChau(),
          village1);
      app.rollback();
    }
    try (Connection app = db.transactionInScopeOf(units.district())) {
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO household_member (unit_id, household_id, full_name, sex, sort_order)"
              + " VALUES (?, ?, 'Huyện Thêm', 'MALE', 9)",
          units.camChau(),
          nguyenVanAn);
      app.rollback();
    }
    try (Connection app = db.transactionInScopeOf(units.camChau())) {
      assertEquals(
          1,
          update(app, "UPDATE household SET address = 'Xóm Bến' WHERE id = ?", nguyenVanAn),
          "the owning commune writes its register");
      app.rollback();
    }
  }

  @Test
  void nameSearchIgnoresDiacriticsAndCaseAndMatchesHeadsAndMembersByWord() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.camChau())) {
      assertEquals(List.of("HO-001"), search(app, named("nguyen van")));
      assertEquals(List.of("HO-001"), search(app, named("  NGUYỄN   văn ")));
      assertEquals(List.of("HO-001"), search(app, named("hong")), "a member's given name");
      assertEquals(
          List.of("HO-001", "HO-002"),
          search(app, named("nguyen")),
          "Nguyễn the head, Nguyên a member; not Nguyệt");
      assertEquals(List.of("HO-003"), search(app, named("do tra")), "Đ folds to d");
      assertEquals(List.of(), search(app, named("guyen")), "words match from their start");
      assertEquals(List.of(), search(app, named("%")), "wildcards are literal");
      app.rollback();
    }
  }

  @Test
  void filtersNarrowByVillageStatusOfTheYearEthnicityAndDeprivation() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.camChau())) {
      assertEquals(
          List.of("HO-002", "HO-003"), search(app, filter(village2, null, null, null, null)));
      assertEquals(
          List.of("HO-002"), search(app, filter(null, 2024, PovertyStatus.POOR, null, null)));
      assertEquals(
          List.of("HO-001"), search(app, filter(null, 2023, PovertyStatus.POOR, null, null)));
      assertEquals(
          List.of("HO-003"),
          search(app, filter(null, 2024, PovertyStatus.NONE, null, null)),
          "no row that year: on no list");
      assertEquals(List.of("HO-002"), search(app, filter(null, 2024, null, "thai", null)));
      assertEquals(
          List.of("HO-002"),
          search(app, filter(null, 2024, null, null, "NHA_O")),
          "deprived on housing in 2024");
      assertEquals(
          List.of("HO-001"),
          search(app, filter(null, 2023, null, null, "NHA_O")),
          "the status of the year asked");
      assertEquals(List.of("HO-001"), search(app, filter(null, 2024, null, null, "BHYT")));
      assertEquals(
          List.of(), search(app, filter(null, 2024, null, null, "NHA")), "whole codes only");
      app.rollback();
    }
  }

  private static HouseholdFilter named(String name) {
    return new HouseholdFilter(null, 2024, null, null, null, name);
  }

  private static HouseholdFilter filter(
      Long village, Integer year, PovertyStatus status, String ethnicity, String deprivation) {
    return new HouseholdFilter(village, year, status, ethnicity, deprivation, null);
  }

  /** The codes the register's search finds, in its order. */
  private static List<String> search(Connection app, HouseholdFilter filter) throws SQLException {
    Households.Where where = Households.where(units.camChau(), filter);
    List<String> codes = new ArrayList<>();
    try (ResultSet rows =
        query(
            app,
            "SELECT h.code " + where.jdbcSql() + " ORDER BY h.code",
            where.jdbcParameters().toArray())) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    return codes;
  }

  private static long household(
      Connection owner, long village, String code, String head, String ethnicity)
      throws SQLException {
    return scalar(
        owner,
        "INSERT INTO household (unit_id, village_id, code, head_name, area_type, ethnicity,"
            + " registered_on) VALUES (?, ?, ?, ?, 'RURAL', ?, DATE '2022-01-01') RETURNING id",
        units.camChau(),
        village,
        code,
        head,
        ethnicity);
  }

  private static void member(
      Connection owner, long household, String name, String idNumber, int order)
      throws SQLException {
    try (PreparedStatement insert =
        owner.prepareStatement(
            "INSERT INTO household_member (unit_id, household_id, full_name, sex, id_number,"
                + " sort_order) VALUES (?, ?, ?, 'FEMALE', ?, ?)")) {
      insert.setLong(1, units.camChau());
      insert.setLong(2, household);
      insert.setString(3, name);
      insert.setString(4, idNumber);
      insert.setInt(5, order);
      insert.executeUpdate();
    }
  }

  private static void status(
      Connection owner, long household, int year, String status, String deprivations)
      throws SQLException {
    update(
        owner,
        "INSERT INTO household_status (unit_id, household_id, year, status, deprivations, source,"
            + " recognised_on) VALUES (?, ?, ?, ?, ?, 'IMPORT', DATE '2024-12-31')",
        units.camChau(),
        household,
        year,
        status,
        deprivations);
  }
}
