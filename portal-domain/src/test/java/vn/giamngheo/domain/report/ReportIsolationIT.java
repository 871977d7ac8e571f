package vn.giamngheo.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * A commune's report, its values, narrative, history, targets and notices are its own and its
 * district's; the province's report template and holidays are read by every unit below.
 */
class ReportIsolationIT {
  private static final List<String> COMMUNE_TABLES =
      List.of("report", "report_value", "report_narrative", "report_event", "target", "notice");
  private static final List<String> PROVINCE_TABLES =
      List.of(
          "public_holiday",
          "report_template",
          "report_template_indicator",
          "report_template_section");

  private static TestDatabase db;
  private static CamThuy units;
  private static long report;

  @BeforeAll
  static void aReportOfCamChauWithEveryPart() throws SQLException {
    db = TestDatabase.create();
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      units = camThuy(owner);
      long province = units.province();
      long camChau = units.camChau();
      long program =
          scalar(
              owner,
              "INSERT INTO program (unit_id, code, version, name, period_from, period_to,"
                  + " legal_basis, status, published_at)"
                  + " VALUES (?, 'CT', 1, 'CT', 2021, 2025, 'QĐ 90', 'PUBLISHED', now()) RETURNING id",
              province);
      long indicator =
          scalar(
              owner,
              "INSERT INTO indicator (unit_id, program_id, code, name, measure_unit, value_type,"
                  + " aggregation, sort_order) VALUES (?, ?, 'HO_THOAT_NGHEO', 'Số hộ thoát nghèo',"
                  + " 'hộ', 'COUNT', 'SUM', 1) RETURNING id",
              province,
              program);
      long template =
          scalar(
              owner,
              "INSERT INTO report_template (unit_id, program_id, code, name, period_kinds,"
                  + " due_working_days, change_threshold, reminder_days_before)"
                  + " VALUES (?, ?, 'BC', 'Báo cáo', 'QUARTER', 15, 50, 3) RETURNING id",
              province,
              program);
      update(
          owner,
          "INSERT INTO report_template_indicator (unit_id, template_id, indicator_id, required,"
              + " sort_order) VALUES (?, ?, ?, true, 1)",
          province,
          template,
          indicator);
      update(
          owner,
          "INSERT INTO report_template_section (unit_id, template_id, key, title, sort_order)"
              + " VALUES (?, ?, 'RESULTS', 'Kết quả', 1)",
          province,
          template);
      update(
          owner,
          "INSERT INTO public_holiday (unit_id, day, name) VALUES (?, DATE '2022-09-02', 'Quốc khánh')",
          province);
      report =
          scalar(
              owner,
              "INSERT INTO report (unit_id, template_id, period, period_end, due_on, status)"
                  + " VALUES (?, ?, '2022-Q1', DATE '2022-03-31', DATE '2022-04-22', 'DRAFT')"
                  + " RETURNING id",
              camChau,
              template);
      update(
          owner,
          "INSERT INTO report_value (unit_id, report_id, indicator_id, value, source)"
              + " VALUES (?, ?, ?, 7, 'ENTERED')",
          camChau,
          report,
          indicator);
      update(
          owner,
          "INSERT INTO report_narrative (unit_id, report_id, section_key, body)"
              + " VALUES (?, ?, 'RESULTS', 'Đã hỗ trợ 7 hộ.')",
          camChau,
          report);
      update(
          owner,
          "INSERT INTO report_event (unit_id, report_id, actor, at, from_status, to_status)"
              + " VALUES (?, ?, '15160/vhcs', now(), 'NOT_STARTED', 'DRAFT')",
          camChau,
          report);
      update(
          owner,
          "INSERT INTO target (unit_id, indicator_id, year, value, status, set_by, published_at)"
              + " VALUES (?, ?, 2022, 30, 'PUBLISHED', '390/phonglaodong', now())",
          camChau,
          indicator);
      update(
          owner,
          "INSERT INTO notice (unit_id, kind, subject, created_at, dedupe_key)"
              + " VALUES (?, 'TARGET', 'Chỉ tiêu 2022', now(), 'target/1')",
          camChau);
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void everyReportTableIsTenantOwnedAndIsolated() throws SQLException {
    try (Connection owner = db.connectAsOwner()) {
      assertTrue(TenantTables.all(owner).containsAll(COMMUNE_TABLES));
      assertTrue(TenantTables.all(owner).containsAll(PROVINCE_TABLES));
      TenantTables.assertAllIsolated(owner);
    }
  }

  @Test
  void anotherCommuneSeesAndChangesNothingOfTheReport() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.camTam())) {
      for (String table : COMMUNE_TABLES) {
        assertEquals(0, rowsOf(app, table, units.camChau()), table + ": 15160's rows seen");
        assertEquals(
            0,
            update(
                app,
                "UPDATE " + table + " SET unit_id = unit_id WHERE unit_id = ?",
                units.camChau()),
            table);
      }
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO report_event (unit_id, report_id, actor, at, from_status, to_status)"
              + " VALUES (?, ?, 'x', now(), 'SUBMITTED', 'APPROVED')",
          units.camChau(),
          report);
      app.rollback();
    }
  }

  @Test
  void theDistrictSeesItsCommunesReportAndEveryoneReadsWhatTheProvinceSets() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.district())) {
      for (String table : COMMUNE_TABLES) {
        assertEquals(1, rowsOf(app, table, units.camChau()), table);
      }
      app.rollback();
    }
    try (Connection app = db.transactionInScopeOf(units.camTam())) {
      for (String table : PROVINCE_TABLES) {
        assertEquals(1, rowsOf(app, table, units.province()), table);
      }
      assertEquals(
          0,
          update(app, "UPDATE report_template SET name = 'x' WHERE unit_id = ?", units.province()),
          "a commune cannot change the province's template");
      app.rollback();
    }
  }
}
