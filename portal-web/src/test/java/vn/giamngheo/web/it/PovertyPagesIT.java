package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.giamngheo.tenancy.testing.TestDatabase;
import vn.giamngheo.web.testing.BrowserJourney;

/**
 * The pages "Tỷ lệ hộ nghèo" and "Chuẩn nghèo" and the dashboard's poverty cards. The first commune
 * of Thạch Thành (391) gets a register of five households with lists of 2024 and 2025: three poor
 * in 2024, two in 2025 (one stayed, one newly poor; two escaped).
 */
class PovertyPagesIT extends BrowserJourney {
  private static String commune;

  @BeforeAll
  static void aCommuneOfThachThanhHasARegister() throws SQLException {
    try (Connection owner = ownerConnection()) {
      execute(
          owner,
          "SELECT set_config('portal.read_path', '/', false),"
              + " set_config('portal.write_path', '/', false)");
      try (ResultSet first =
          query(
              owner,
              "SELECT u.id, u.code FROM admin_unit u JOIN admin_unit d ON d.id = u.parent_id"
                  + " WHERE d.code = '391' AND u.valid_to IS NULL ORDER BY u.code LIMIT 1")) {
        first.next();
        long communeId = first.getLong(1);
        commune = first.getString(2);
        try (ResultSet done = query(owner, "SELECT count(*) FROM household WHERE code = 'IT-H1'")) {
          done.next();
          if (done.getLong(1) > 0) {
            return;
          }
        }
        long village;
        try (ResultSet added =
            query(
                owner,
                "INSERT INTO admin_unit (code, name, level_id, parent_id, valid_from)"
                    + " VALUES (?, 'Thôn Thử', 4, ?, DATE '2021-01-01') RETURNING id",
                commune + "-IT",
                communeId)) {
          added.next();
          village = added.getLong(1);
        }
        household(owner, communeId, village, "IT-H1", "POOR", "NEAR_POOR");
        household(owner, communeId, village, "IT-H2", "POOR", "POOR");
        household(owner, communeId, village, "IT-H3", null, "POOR");
        household(owner, communeId, village, "IT-H4", null, null);
        household(owner, communeId, village, "IT-H5", "POOR", null);
      }
    }
  }

  private static Connection ownerConnection() throws SQLException {
    Matcher url =
        Pattern.compile("-Dportal\\.db\\.url=(\\S+)")
            .matcher(System.getProperty("payara.cmdOptions", ""));
    if (!url.find()) {
      throw new IllegalStateException("the portal's test database is not known");
    }
    return DriverManager.getConnection(
        url.group(1), TestDatabase.ROLES.owner(), TestDatabase.ROLES.ownerPassword());
  }

  private static void household(
      Connection c, long communeId, long village, String code, String of2024, String of2025)
      throws SQLException {
    long household;
    try (ResultSet added =
        query(
            c,
            "INSERT INTO household (unit_id, village_id, code, head_name, area_type, registered_on)"
                + " VALUES (?, ?, ?, ?, 'RURAL', DATE '2020-01-01') RETURNING id",
            communeId,
            village,
            code,
            "Chủ hộ " + code)) {
      added.next();
      household = added.getLong(1);
    }
    String[] lists = {of2024, of2025};
    for (int i = 0; i < 2; i++) {
      if (lists[i] != null) {
        execute(
            c,
            "INSERT INTO household_status (unit_id, household_id, year, status, source,"
                + " recognised_on) VALUES (?, ?, ?, ?, 'IMPORT', DATE '2025-12-31')",
            communeId,
            household,
            2024 + i,
            lists[i]);
      }
    }
  }

  private static ResultSet query(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    statement.closeOnCompletion();
    return statement.executeQuery();
  }

  private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }

  @Test
  void theDistrictSeesTheLatestRatesOnItsDashboardAndTheCommunesHouseholdsByChange() {
    browser.open("t/391/").signIn("phonglaodong", PASSWORD);
    assertTrue(browser.text("povertyFigures").contains("Hộ nghèo năm 2025"));
    assertTrue(browser.text("cardHouseholds").contains("5"));
    assertTrue(browser.text("cardPoor").contains("2"));
    assertTrue(browser.text("cardRate").contains("40,00"), browser.text("cardRate"));
    assertTrue(browser.text("cardChange").contains("-20,00"), browser.text("cardChange"));
    assertTrue(browser.text("povertyFigures").contains("Đã có danh sách của 1/"));
    assertFalse(browser.driver().findElements(By.cssSelector("#povertyChart canvas")).isEmpty());

    browser.click("menuPoverty");
    assertEquals("/t/391/poverty", browser.path());
    assertTrue(browser.text("unitTitle").contains("Tỷ lệ hộ nghèo 2025"));
    String line = browser.text("line-" + commune);
    assertTrue(line.contains("40,00") && line.contains("-20,00"), line);
    assertTrue(browser.text("transition-ESCAPED_POVERTY").endsWith("2"));
    assertTrue(browser.text("transition-NEWLY_POOR").endsWith("1"));

    browser.open("t/" + commune + "/poverty?year=2025");
    assertTrue(browser.text("group-ESCAPED_POVERTY").contains("Thoát nghèo (2)"));
    String moved = browser.text("moved");
    assertTrue(moved.contains("Chủ hộ IT-H1") && moved.contains("Chủ hộ IT-H5"), moved);
    assertTrue(moved.contains("Nghèo phát sinh (1)") && moved.contains("Chủ hộ IT-H3"), moved);
    assertTrue(browser.text("line-" + commune + "-IT").contains("Thôn Thử"));

    browser.open("t/" + commune + "/poverty?year=2024");
    assertTrue(browser.text("line-" + commune).contains("60,00"));
    assertTrue(browser.text("moved").contains("Không có hộ nào"), "2023 is not known");
  }

  private WebElement field(String standard, String id) {
    return browser.find("standard-" + standard).findElement(By.cssSelector("[id$=':" + id + "']"));
  }

  @Test
  void theProvinceAdminChangesAStandardAndIsToldInVietnamesWhatIsWrong() {
    browser.open("t/38/").signIn("admin", PASSWORD);
    browser.click("menuStandards");
    assertEquals("/t/38/standards", browser.path());
    assertEquals("1500000", field("CN-2022-2025", "ruralPoverty").getAttribute("value"));

    WebElement average = field("CN-2022-2025", "ruralAverage");
    average.clear();
    average.sendKeys("1000000");
    browser.click(field("CN-2022-2025", "save"));
    String refused = browser.text("standards:messages");
    assertTrue(refused.contains("không được thấp hơn chuẩn nghèo"), refused);
    browser.open("t/38/standards");
    assertEquals("2250000", field("CN-2022-2025", "ruralAverage").getAttribute("value"));

    WebElement basis = field("CN-2022-2025", "legalBasis");
    String before = basis.getAttribute("value");
    basis.clear();
    basis.sendKeys("Nghị định 07/2021/NĐ-CP (đã rà soát)");
    browser.click(field("CN-2022-2025", "save"));
    assertTrue(browser.text("standards:messages").contains("Đã lưu chuẩn nghèo"));
    assertEquals(
        "Nghị định 07/2021/NĐ-CP (đã rà soát)",
        field("CN-2022-2025", "legalBasis").getAttribute("value"));
    basis = field("CN-2022-2025", "legalBasis");
    basis.clear();
    basis.sendKeys(before);
    browser.click(field("CN-2022-2025", "save"));
    assertTrue(browser.text("standards:messages").contains("Đã lưu chuẩn nghèo"));
  }

  @Test
  void othersReadTheStandardsWithoutChangingThem() {
    browser.open("t/15160/").signIn("vhcs", PASSWORD);
    browser.click("menuStandards");
    assertTrue(browser.text("standard-CN-2027-2030").contains("CN-2027-2030"));
    assertEquals("2200000", field("CN-2027-2030", "ruralPoverty").getAttribute("value"));
    assertTrue(field("CN-2027-2030", "ruralPoverty").getAttribute("disabled") != null);
    assertTrue(
        browser.driver().findElements(By.cssSelector("[id$=':save']")).isEmpty(), "read-only");
    assertTrue(browser.pageText().contains("Bảo hiểm y tế"));
  }
}
