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
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.testing.TestDatabase;

/**
 * The review benchmark at a tiny size (50 households): the portal's "classify all" and the plain
 * JDBC classification agree on every household, and "classify all" on a list already classified
 * rewrites only the entry whose result no longer holds, keeping its survey.
 */
class ReviewBenchmarkIT {
  private static final int HOUSEHOLDS = 50;

  private static TestDatabase db;
  private static DataSetDatabase dataSet;
  private static ReviewBenchmark.Result result;
  private static String log;

  @BeforeAll
  static void measure() throws SQLException {
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    result =
        ReviewBenchmark.run(
            dataSet,
            new ReviewBenchmark.Settings(HOUSEHOLDS, 0, 1),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    log = out.toString(StandardCharsets.UTF_8);
  }

  @AfterAll
  static void drop() throws SQLException {
    db.close();
  }

  @Test
  void everyHouseholdOfTheRegisterIsClassifiedAndTheTwoSidesAgree() throws SQLException {
    try (Connection sql = dataSet.connectAsSuperuser()) {
      long onRegister =
          scalar(
              sql, "SELECT count(*) FROM household WHERE left_on IS NULL AND unit_id = ?", id(sql));
      assertEquals(onRegister, result.entries());
      assertTrue(result.entries() >= HOUSEHOLDS, "entries: " + result.entries());
      assertTrue(
          result.listedByStart() > 0 && result.listedByStart() < result.entries(),
          "the review's start lists last year's poor and near-poor only: "
              + result.listedByStart());
      assertEquals(
          result.entries(),
          result.statuses().values().stream().mapToInt(Integer::intValue).sum(),
          result.statuses().toString());
      assertTrue(result.statuses().getOrDefault(PovertyStatus.POOR, 0) > 0, "some are poor");
      assertEquals(
          0,
          scalar(
              sql, "SELECT count(*) FROM review_entry WHERE status IS NULL OR surveyed_on IS NULL"),
          "every entry classified and surveyed");
    }
    assertTrue(log.contains("row-level security in force"), log);
    assertTrue(result.portalMillis() > 0 && result.jdbcMillis() > 0);
  }

  @Test
  void classifyAllRewritesOnlyWhatChangedAndKeepsTheSurvey() throws SQLException {
    try (Connection sql = dataSet.connectAsSuperuser()) {
      long reviewId = scalar(sql, "SELECT id FROM household_review");
      long entryId =
          scalar(
              sql,
              "SELECT min(id) FROM review_entry WHERE status = 'POOR' AND review_id = ?",
              reviewId);
      String deprivations =
          text(sql, "SELECT deprivations FROM review_entry WHERE id = " + entryId);
      long versionsBefore = scalar(sql, "SELECT sum(version) FROM review_entry");
      try (Statement wrong = sql.createStatement()) {
        wrong.executeUpdate(
            "UPDATE review_entry SET status = 'NONE', deprivations = '',"
                + " surveyed_on = '2025-09-02', surveyed_by = 'tổ rà soát' WHERE id = "
                + entryId);
      }
      String communePath =
          text(sql, "SELECT path FROM admin_unit WHERE code = '" + ReviewBenchmark.COMMUNE + "'");
      int version =
          (int) scalar(sql, "SELECT version FROM household_review WHERE id = ?", reviewId);
      try (PortalServices portal =
          new PortalServices(
              dataSet,
              Clock.fixed(
                  LocalDate.of(2025, 11, 3).atStartOfDay().toInstant(ZoneOffset.UTC),
                  ZoneOffset.UTC))) {
        int classified =
            portal.as(
                communePath,
                Role.COMMUNE_STAFF,
                beans -> beans.get(Reviews.class).classifyAll(reviewId, version));
        assertEquals(result.entries(), classified);
      }
      assertEquals(
          "POOR " + deprivations + " 2025-09-02 tổ rà soát",
          text(
              sql,
              "SELECT status || ' ' || deprivations || ' ' || surveyed_on || ' ' || surveyed_by"
                  + " FROM review_entry WHERE id = "
                  + entryId),
          "classified again, its survey kept");
      assertEquals(
          versionsBefore + 1,
          scalar(sql, "SELECT sum(version) FROM review_entry"),
          "only the entry whose result changed is written");
      assertEquals(version + 1, scalar(sql, "SELECT version FROM household_review"));
      assertEquals(
          1,
          scalar(
              sql,
              "SELECT count(*) FROM audit_event WHERE action = 'REVIEW_CLASSIFIED'"
                  + " AND detail LIKE '%, 1 changed'"));
    }
  }

  private static long id(Connection sql) throws SQLException {
    return scalar(sql, "SELECT id FROM admin_unit WHERE code = ?", ReviewBenchmark.COMMUNE);
  }

  private static String text(Connection sql, String query) throws SQLException {
    try (Statement statement = sql.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getString(1);
    }
  }
}
