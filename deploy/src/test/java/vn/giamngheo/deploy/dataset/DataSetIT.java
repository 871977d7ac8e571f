package vn.giamngheo.deploy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.tenancy.testing.SqlFixtures.scalar;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.testing.TestDatabase;

/**
 * The generator at a small size (one district with three communes, two years) makes consistent
 * data, and the benchmark's portal side and SQL side agree on it, so the tools work without the
 * full province.
 */
class DataSetIT {
  private static final int HOUSEHOLDS = 400;
  private static final DataSetSize SMALL = new DataSetSize(1, 3, 2024, 2025, HOUSEHOLDS);
  private static final int UNITS = 1 + 1 + 3;
  private static final int PERIODS_A_YEAR = 7;

  private static TestDatabase db;
  private static DataSetDatabase dataSet;
  private static Map<String, Long> counts;

  @BeforeAll
  static void generate() throws SQLException {
    db = TestDatabase.create();
    String url = db.url();
    int slash = url.lastIndexOf('/');
    dataSet =
        new DataSetDatabase(
            url.substring(0, slash + 1),
            url.substring(slash + 1),
            "postgres",
            "",
            TestDatabase.ROLES);
    counts = new DataSetGenerator(dataSet, SMALL).fill();
  }

  @AfterAll
  static void drop() throws SQLException {
    db.close();
  }

  @Test
  void theUnitsReportsAndTargetsOfTheSizeAskedFor() {
    assertEquals(1, counts.get("units province"));
    assertEquals(1, counts.get("units district"));
    assertEquals(3, counts.get("units commune"));
    assertEquals(ProgramIndicators.COUNT, counts.get("indicators"));
    assertEquals(UNITS * PERIODS_A_YEAR * 2, counts.get("reports"));
    // counts, rates and money are allocated; yes/no is not
    assertEquals(UNITS * 36 * 2, counts.get("targets"));
  }

  @Test
  void everyWrittenReportHasAValueForEveryIndicatorThatItsTypeAllows() throws SQLException {
    try (Connection sql = dataSet.connectAsSuperuser()) {
      assertEquals(
          0,
          scalar(
              sql,
              "SELECT count(*) FROM report r WHERE (r.status <> 'NOT_STARTED')"
                  + " <> ((SELECT count(*) FROM report_value v WHERE v.report_id = r.id"
                  + "  AND v.value IS NOT NULL AND v.unit_id = r.unit_id) = ?)",
              ProgramIndicators.COUNT),
          "written reports have every value, others none");
      assertEquals(
          counts.get("report values"),
          ProgramIndicators.COUNT
              * scalar(sql, "SELECT count(*) FROM report WHERE status <> 'NOT_STARTED'"));
      assertEquals(
          0,
          scalar(
              sql,
              "SELECT count(*) FROM report_value v JOIN indicator i ON i.id = v.indicator_id"
                  + " WHERE v.value < 0"
                  + " OR (i.value_type = 'PERCENTAGE' AND v.value > 100)"
                  + " OR (i.value_type = 'YES_NO' AND v.value NOT IN (0, 1))"
                  + " OR (i.value_type IN ('COUNT', 'MONEY') AND v.value <> trunc(v.value))"),
          "values keep their indicator's type");
      assertTrue(
          scalar(
                  sql,
                  "SELECT count(*) FROM report r JOIN admin_unit u ON u.id = r.unit_id"
                      + " WHERE u.level_id = 3 AND r.period = '2024-Q2' AND r.status = 'APPROVED'")
              > 0,
          "approved commune reports to consolidate");
    }
  }

  @Test
  void thePortalSideSeesOnlyItsScope() throws SQLException {
    try (Connection sql = dataSet.connectAsSuperuser();
        PortalServices portal = new PortalServices(dataSet, Clock.systemUTC())) {
      String province =
          pathOf(sql, "code = '" + DataSetGenerator.PROVINCE_CODE + "' AND valid_to IS NULL");
      String commune = pathOf(sql, "level_id = 3 ORDER BY code LIMIT 1");
      assertEquals(UNITS * PERIODS_A_YEAR * 2, reportsSeen(portal, province, Role.PROVINCE_ADMIN));
      assertEquals(PERIODS_A_YEAR * 2, reportsSeen(portal, commune, Role.COMMUNE_STAFF));
    }
  }

  @Test
  void theBenchmarksPortalAndSqlAgree() throws SQLException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<Benchmark.Result> results =
        Benchmark.run(
            dataSet,
            new Benchmark.Settings(0, 1, Period.parse("2024-Q2").orElseThrow(), 2024, 2025),
            new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals(4, results.size());
    results.forEach(result -> assertTrue(result.figures() > 0, result.what()));
    assertTrue(
        log.toString(StandardCharsets.UTF_8).contains("row-level security in force"),
        "the portal side runs under row-level security");
  }

  @Test
  void everyCommuneHasARegisterWithItsVillagesAndListsOfTwoYears() throws SQLException {
    try (Connection sql = dataSet.connectAsSuperuser()) {
      assertEquals(
          3,
          scalar(
              sql,
              "SELECT count(DISTINCT h.unit_id) FROM household h JOIN admin_unit c"
                  + " ON c.id = h.unit_id AND c.level_id = 3"
                  + " JOIN admin_unit v ON v.id = h.village_id AND v.parent_id = c.id"),
          "every commune's households live in its own villages");
      long households = counts.get("households");
      assertTrue(
          households >= 3 * HOUSEHOLDS && households <= 3 * HOUSEHOLDS * 1.05,
          "households: " + households);
      double members = counts.get("household members") / (double) households;
      assertTrue(members > 3.4 && members < 4.1, "members per household: " + members);
      assertEquals(
          households,
          scalar(
              sql,
              "SELECT count(*) FROM household h WHERE (SELECT count(*) FROM household_member m"
                  + " WHERE m.household_id = h.id AND m.relation = 'Chủ hộ'"
                  + " AND m.sort_order = 1 AND m.full_name = h.head_name) = 1"),
          "every household has its head first");
      assertEquals(
          0,
          scalar(
              sql,
              "SELECT count(*) FROM household_member"
                  + " WHERE id_number IS NULL OR length(id_number) <> 12"),
          "every member has a 12-digit ID number (unique by the index)");
      for (int year = 2023; year <= 2024; year++) {
        try (java.sql.PreparedStatement query =
            sql.prepareStatement(
                "SELECT c.code, count(*) FILTER (WHERE s.status = 'POOR') * 100.0 / count(*)"
                    + " FROM household h JOIN admin_unit c ON c.id = h.unit_id"
                    + " LEFT JOIN household_status s ON s.household_id = h.id AND s.year = ?"
                    + " WHERE h.registered_on <= make_date(?, 12, 31)"
                    + " AND (h.left_on IS NULL OR h.left_on > make_date(?, 12, 31))"
                    + " GROUP BY c.code")) {
          query.setInt(1, year);
          query.setInt(2, year);
          query.setInt(3, year);
          try (ResultSet rows = query.executeQuery()) {
            int communes = 0;
            while (rows.next()) {
              communes++;
              double rate = rows.getDouble(2);
              assertTrue(
                  rate >= 1 && rate <= 30, year + " " + rows.getString(1) + " poor rate " + rate);
            }
            assertEquals(3, communes, "lists of " + year);
          }
        }
      }
    }
  }

  private static long reportsSeen(PortalServices portal, String path, Role role) {
    return portal.as(
        path,
        role,
        beans ->
            beans
                .get(jakarta.persistence.EntityManager.class)
                .createQuery("SELECT count(r) FROM Report r", Long.class)
                .getSingleResult());
  }

  private static String pathOf(Connection sql, String where) throws SQLException {
    try (ResultSet row =
        sql.createStatement().executeQuery("SELECT path FROM admin_unit WHERE " + where)) {
      row.next();
      return row.getString(1);
    }
  }
}
