package vn.giamngheo.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.tenancy.testing.SqlFixtures.assertRefusedByRowLevelSecurity;
import static vn.giamngheo.tenancy.testing.SqlFixtures.camThuy;
import static vn.giamngheo.tenancy.testing.SqlFixtures.inScope;
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
 * The province's plan template is published down: every unit below reads its published versions,
 * none reads its drafts, nobody below changes it, and a published version is frozen for everyone.
 */
class PlanTemplateIsolationIT {
  private static final List<String> TEMPLATE_TABLES =
      List.of("plan_template", "plan_template_section");

  private static TestDatabase db;
  private static long province;
  private static long district;
  private static long camTam;
  private static long published;
  private static long draft;

  @BeforeAll
  static void aPublishedVersionAndADraftOfTheProvince() throws SQLException {
    db = TestDatabase.create();
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      CamThuy units = camThuy(owner);
      province = units.province();
      district = units.district();
      camTam = units.camTam();
      long program =
          scalar(
              owner,
              "INSERT INTO program (unit_id, code, version, name, period_from, period_to,"
                  + " legal_basis, status, published_at)"
                  + " VALUES (?, 'CT', 1, 'CT', 2021, 2025, 'QĐ 90', 'PUBLISHED', now()) RETURNING id",
              province);
      draft = template(owner, program, 2, "DRAFT");
      published = template(owner, program, 1, "DRAFT");
      update(
          owner,
          "UPDATE plan_template SET status = 'PUBLISHED', published_at = now() WHERE id = ?",
          published);
    }
  }

  private static long template(Connection owner, long program, int version, String status)
      throws SQLException {
    long template =
        scalar(
            owner,
            "INSERT INTO plan_template (unit_id, program_id, version, status, title)"
                + " VALUES (?, ?, ?, ?, 'Kế hoạch {unit}') RETURNING id",
            province,
            program,
            version,
            status);
    long parent =
        scalar(
            owner,
            "INSERT INTO plan_template_section (unit_id, template_id, title, kind, sort_order)"
                + " VALUES (?, ?, 'NHIỆM VỤ', 'TEXT', 1) RETURNING id",
            province,
            template);
    update(
        owner,
        "INSERT INTO plan_template_section (unit_id, template_id, parent_id, title, kind,"
            + " required, sort_order) VALUES (?, ?, ?, 'Dự án', 'COMPONENTS', true, 2)",
        province,
        template,
        parent);
    return template;
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  private static long visible(Connection app, String table, long template) throws SQLException {
    String key = table.equals("plan_template") ? "id" : "template_id";
    return scalar(app, "SELECT count(*) FROM " + table + " WHERE " + key + " = ?", template);
  }

  @Test
  void everyTemplateTableIsIsolated() throws SQLException {
    try (Connection owner = db.connectAsOwner()) {
      TenantTables.assertAllIsolated(owner);
      assertTrue(TenantTables.all(owner).containsAll(TEMPLATE_TABLES));
    }
  }

  @Test
  void aCommuneAndItsDistrictReadThePublishedVersionButNeverTheDraft() throws SQLException {
    for (long unit : new long[] {camTam, district}) {
      try (Connection app = db.transactionInScopeOf(unit)) {
        assertEquals(1, visible(app, "plan_template", published));
        assertEquals(2, visible(app, "plan_template_section", published));
        assertEquals(0, visible(app, "plan_template", draft), "the draft stays with the province");
        assertEquals(0, visible(app, "plan_template_section", draft));
        app.rollback();
      }
    }
  }

  @Test
  void theProvinceReadsItsDraftsToo() throws SQLException {
    try (Connection app = db.transactionInScopeOf(province)) {
      assertEquals(1, visible(app, "plan_template", draft));
      assertEquals(2, visible(app, "plan_template_section", draft));
      app.rollback();
    }
  }

  @Test
  void nobodyBelowTheProvinceWritesItsTemplates() throws SQLException {
    for (long unit : new long[] {camTam, district}) {
      try (Connection app = db.transactionInScopeOf(unit)) {
        for (String table : TEMPLATE_TABLES) {
          assertEquals(
              0,
              update(
                  app, "UPDATE " + table + " SET unit_id = unit_id WHERE unit_id = ?", province));
          assertEquals(0, update(app, "DELETE FROM " + table + " WHERE unit_id = ?", province));
        }
        assertRefusedByRowLevelSecurity(
            app,
            "INSERT INTO plan_template_section (unit_id, template_id, title, kind, sort_order)"
                + " VALUES (?, ?, 'Mục thêm', 'TEXT', 3)",
            province,
            draft);
        app.rollback();
      }
    }
  }

  @Test
  void aPublishedVersionIsFrozenEvenForTheProvince() throws SQLException {
    try (Connection app = db.transactionInScopeOf(province)) {
      SQLException frozen =
          assertThrows(
              SQLException.class,
              () ->
                  update(
                      app,
                      "UPDATE plan_template_section SET title = 'Đổi' WHERE template_id = ?",
                      published));
      assertTrue(frozen.getMessage().contains("published"), frozen.getMessage());
      app.rollback();
    }
    try (Connection app = db.transactionInScopeOf(province)) {
      assertThrows(
          SQLException.class,
          () -> update(app, "UPDATE plan_template SET title = 'Đổi' WHERE id = ?", published));
      app.rollback();
    }
    try (Connection app = db.transactionInScopeOf(province)) {
      assertEquals(
          1,
          update(
              app,
              "UPDATE plan_template_section SET title = 'Đổi' WHERE template_id = ? AND kind = 'TEXT'",
              draft));
      app.rollback();
    }
  }
}
