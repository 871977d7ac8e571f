package vn.giamngheo.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.giamngheo.tenancy.testing.SqlFixtures.camThuy;
import static vn.giamngheo.tenancy.testing.SqlFixtures.inScope;
import static vn.giamngheo.tenancy.testing.SqlFixtures.query;
import static vn.giamngheo.tenancy.testing.SqlFixtures.scalar;
import static vn.giamngheo.tenancy.testing.SqlFixtures.update;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.testing.SqlFixtures.CamThuy;
import vn.giamngheo.tenancy.testing.TestDatabase;

/**
 * Sections written before they held formatting read the same after the migration to HTML, exactly
 * as the portal writes plain lines today, and what they took over from the plan above stays
 * comparable with it.
 */
class PlanTextMigrationIT {
  /** The last migration before section texts became HTML. */
  private static final MigrationVersion BEFORE = MigrationVersion.fromVersion("2026.12.01.14");

  private static final List<String> OLD_BODIES =
      List.of(
          "a) Kế hoạch nhằm cụ thể hóa các mục tiêu.\nb) Phân công nhiệm vụ cụ thể.",
          "Mở đầu & \"trích dẫn\" 'đơn' <b>không đậm</b> 5 > 3\n- Một\n- Hai\nGiữa\n- Ba",
          "",
          "-\n- \n  - Lùi vào\nTab\tgiữa\u00a0\u00a0hai khoảng\n\n\n\ufeffDòng sau dòng trống",
          Normalizer.normalize("Xã Cẩm Châu, huyện Cẩm Thủy", Normalizer.Form.NFD));

  @Test
  void oldSectionTextsBecomeTheHtmlThePortalWritesForTheSameLines() throws SQLException {
    try (TestDatabase db = TestDatabase.createUpTo(BEFORE)) {
      try (Connection owner = db.connectAsOwner()) {
        inScope(owner, "/");
        CamThuy units = camThuy(owner);
        long program =
            scalar(
                owner,
                "INSERT INTO program (unit_id, code, version, name, period_from, period_to,"
                    + " legal_basis, status, published_at)"
                    + " VALUES (?, 'CT', 1, 'CT', 2021, 2025, 'QĐ 90', 'PUBLISHED', now())"
                    + " RETURNING id",
                units.province());
        long plan =
            scalar(
                owner,
                "INSERT INTO plan (unit_id, program_id, version, status, title)"
                    + " VALUES (?, ?, 1, 'DRAFT', 'Kế hoạch') RETURNING id",
                units.camChau(),
                program);
        for (int i = 0; i < OLD_BODIES.size(); i++) {
          update(
              owner,
              "INSERT INTO plan_section (unit_id, plan_id, number, title, kind, sort_order, body,"
                  + " inherited_body) VALUES (?, ?, ?, 'Mục', 'TEXT', ?, ?, ?)",
              units.camChau(),
              plan,
              (i + 1) + ".",
              i,
              OLD_BODIES.get(i),
              i == 0 ? null : OLD_BODIES.get(i));
        }
      }
      db.migrate();
      try (Connection owner = db.connectAsOwner()) {
        inScope(owner, "/");
        ResultSet rows =
            query(owner, "SELECT body, inherited_body FROM plan_section ORDER BY sort_order");
        List<String> bodies = new ArrayList<>();
        while (rows.next()) {
          bodies.add(rows.getString("body"));
          if (bodies.size() == 1) {
            assertNull(rows.getString("inherited_body"), "nothing taken over stays so");
          } else {
            assertEquals(rows.getString("body"), rows.getString("inherited_body"));
          }
        }
        List<String> expected =
            OLD_BODIES.stream()
                .map(body -> RichText.ofLines(Arrays.asList(body.split("\n"))).getHtml())
                .toList();
        assertEquals(expected, bodies);
        assertEquals(
            "<p>Mở đầu &amp; \"trích dẫn\" 'đơn' &lt;b&gt;không đậm&lt;/b&gt; 5 &gt; 3</p>"
                + "<ul><li>Một</li><li>Hai</li></ul><p>Giữa</p><ul><li>Ba</li></ul>",
            bodies.get(1));
      }
    }
  }
}
