package vn.giamngheo.domain.plan;

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

/** A commune's plan, its parts and its history are its own and its district's, nobody else's. */
class PlanIsolationIT {
  private static final List<String> PLAN_TABLES =
      List.of(
          "staff_position",
          "plan",
          "plan_section",
          "plan_component",
          "plan_funding_line",
          "plan_component_partner",
          "plan_event",
          "position_holder",
          "plan_task");

  private static TestDatabase db;
  private static long district;
  private static long camChau;
  private static long camTam;
  private static long plan;

  @BeforeAll
  static void aPlanOfCamChauWithEveryPart() throws SQLException {
    db = TestDatabase.create();
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      CamThuy units = camThuy(owner);
      long province = units.province();
      district = units.district();
      camChau = units.camChau();
      camTam = units.camTam();
      long program =
          scalar(
              owner,
              "INSERT INTO program (unit_id, code, version, name, period_from, period_to,"
                  + " legal_basis, status, published_at)"
                  + " VALUES (?, 'CT', 1, 'CT', 2021, 2025, 'QĐ 90', 'PUBLISHED', now()) RETURNING id",
              province);
      long position =
          scalar(
              owner,
              "INSERT INTO staff_position (unit_id, name, sort_order)"
                  + " VALUES (?, 'Công chức Văn hóa Chính sách', 1) RETURNING id",
              camChau);
      plan =
          scalar(
              owner,
              "INSERT INTO plan (unit_id, program_id, version, status, title)"
                  + " VALUES (?, ?, 1, 'DRAFT', 'Kế hoạch') RETURNING id",
              camChau,
              program);
      update(
          owner,
          "INSERT INTO plan_section (unit_id, plan_id, number, title, kind, sort_order)"
              + " VALUES (?, ?, 'I.', 'MỤC ĐÍCH', 'TEXT', 1)",
          camChau,
          plan);
      long component =
          scalar(
              owner,
              "INSERT INTO plan_component (unit_id, plan_id, component_code, number, title,"
                  + " lead_position_id, sort_order) VALUES (?, ?, 'DA2', '1.1', 'Dự án 2', ?, 1)"
                  + " RETURNING id",
              camChau,
              plan,
              position);
      update(
          owner,
          "INSERT INTO plan_funding_line (unit_id, plan_component_id, source, year, amount)"
              + " VALUES (?, ?, 'CENTRAL', 2022, 50000000)",
          camChau,
          component);
      update(
          owner,
          "INSERT INTO plan_component_partner (unit_id, plan_component_id, position_id, sort_order)"
              + " VALUES (?, ?, ?, 1)",
          camChau,
          component,
          position);
      long account =
          scalar(
              owner,
              "INSERT INTO user_account (unit_id, username, password_hash, full_name, role)"
                  + " VALUES (?, 'vhcs', 'x', 'Cán bộ', 'COMMUNE_STAFF') RETURNING id",
              camChau);
      update(
          owner,
          "INSERT INTO position_holder (unit_id, position_id, account_id) VALUES (?, ?, ?)",
          camChau,
          position,
          account);
      update(
          owner,
          "INSERT INTO plan_task (unit_id, plan_id, plan_component_id, position_id, year, title,"
              + " due_on, status) VALUES (?, ?, ?, ?, 2022, 'Dự án 2', DATE '2022-12-31', 'NOT_STARTED')",
          camChau,
          plan,
          component,
          position);
      update(
          owner,
          "INSERT INTO plan_event (unit_id, plan_id, occurred_at, actor, to_status)"
              + " VALUES (?, ?, now(), '15160/vhcs', 'DRAFT')",
          camChau,
          plan);
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  @Test
  void everyPlanTableIsTenantOwnedAndIsolated() throws SQLException {
    try (Connection owner = db.connectAsOwner()) {
      assertTrue(TenantTables.all(owner).containsAll(PLAN_TABLES));
      TenantTables.assertAllIsolated(owner);
    }
  }

  @Test
  void anotherCommuneSeesAndChangesNothingOfTheDraft() throws SQLException {
    try (Connection app = db.transactionInScopeOf(camTam)) {
      for (String table : PLAN_TABLES) {
        assertEquals(0, rowsOf(app, table, camChau), table + ": 15160's rows seen from 15163");
        assertEquals(
            0,
            update(app, "UPDATE " + table + " SET unit_id = unit_id WHERE unit_id = ?", camChau),
            table);
      }
      assertRefusedByRowLevelSecurity(
          app,
          "INSERT INTO plan_event (unit_id, plan_id, occurred_at, actor, to_status)"
              + " VALUES (?, ?, now(), 'x', 'ISSUED')",
          camChau,
          plan);
      app.rollback();
    }
  }

  @Test
  void theDistrictSeesItsCommunesPlanWithEveryPart() throws SQLException {
    try (Connection app = db.transactionInScopeOf(district)) {
      for (String table : PLAN_TABLES) {
        assertEquals(1, rowsOf(app, table, camChau), table);
      }
      app.rollback();
    }
  }
}
