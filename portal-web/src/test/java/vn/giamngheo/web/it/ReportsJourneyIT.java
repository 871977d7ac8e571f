package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giamngheo.web.testing.BrowserJourney;

/**
 * Targets down, reports up: the province sets and allocates a target, the district allocates it to
 * Cẩm Châu and Cẩm Tâm, both submit their fourth-quarter reports, the district returns Cẩm Tâm's
 * and approves Cẩm Châu's, Cẩm Tâm corrects and resubmits, the district approves it, and the
 * province sees the sum and drills down to Cẩm Châu's report.
 */
class ReportsJourneyIT extends BrowserJourney {
  private static final String SUPPORTED = "Số hộ được hỗ trợ phát triển sản xuất nông nghiệp";
  private static final String PERIOD = "2022-Q4";

  @Test
  void targetsGoDownReportsComeUpAndTheProvinceSeesTheirSum() {
    browser.open("t/38/").signIn("admin", PASSWORD);
    assertNotNull(browser.find("progressChart").findElement(By.tagName("canvas")));
    assertNotNull(browser.find("timelinessChart").findElement(By.tagName("canvas")));
    browser.click("menuTargets");
    new org.openqa.selenium.support.ui.Select(browser.find("newTarget:indicator"))
        .selectByVisibleText(SUPPORTED);
    browser.find("newTarget:value").sendKeys("260");
    browser.click("newTarget:set");
    assertTrue(browser.text("targets:messages").contains("Đã lưu chỉ tiêu"));
    allocate(Map.of(), "10");
    assertTrue(browser.text("targets:messages").contains("Đã giao chỉ tiêu"), browser.pageText());
    browser.click("header:signOut");

    browser.open("t/390/").signIn("phonglaodong", PASSWORD);
    browser.click("menuTargets");
    assertTrue(row(SUPPORTED).getText().contains("10"), row(SUPPORTED).getText());
    allocate(Map.of("15160", "6", "15163", "4"), "0");
    assertTrue(browser.text("targets:messages").contains("Đã giao chỉ tiêu"), browser.pageText());
    browser.click("header:signOut");

    writeAndSubmit("15160", "6");
    writeAndSubmit("15163", "9");

    browser.open("t/390/").signIn("phonglaodong", PASSWORD);
    browser.open("t/390/reports?year=2022");
    review("15163", "return", "Số hộ thoát nghèo cao hơn danh sách rà soát; đề nghị kiểm tra.");
    assertTrue(browser.text("reportStatus").contains("Bị trả lại"));
    browser.open("t/390/reports?year=2022");
    review("15160", "approve", null);
    assertTrue(browser.text("reportStatus").contains("Đã duyệt"));
    browser.click("header:signOut");

    browser.open("t/15163/").signIn("vhcs", PASSWORD);
    openReport("15163");
    assertTrue(browser.text("returnComment").contains("cao hơn danh sách rà soát"));
    valueOf("HO_THOAT_NGHEO").clear();
    valueOf("HO_THOAT_NGHEO").sendKeys("4", Keys.TAB);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("form:autosave")).getText().contains("tự động lưu"));
    openReport("15163");
    assertEquals("4", valueOf("HO_THOAT_NGHEO").getAttribute("value"), "saved as it was typed");
    browser.click("header:signOut");
    browser.open("t/15163/").signIn("chutich", PASSWORD);
    openReport("15163");
    browser.click("form:submit");
    assertTrue(browser.text("reportStatus").contains("Đã gửi"), browser.pageText());
    browser.click("header:signOut");

    browser.open("t/390/").signIn("phonglaodong", PASSWORD);
    browser.open("t/390/reports?year=2022");
    review("15163", "approve", null);
    assertTrue(browser.text("reportStatus").contains("Đã duyệt"));
    browser.click("header:signOut");

    browser.open("t/38/").signIn("admin", PASSWORD);
    browser.open("t/38/consolidated?period=" + PERIOD);
    assertEquals("10", cell("consolidated", "HO_THOAT_NGHEO", 3), "6 in Cẩm Châu and 4 in Cẩm Tâm");
    browser.click(browser.driver().findElement(By.linkText("Huyện Cẩm Thủy")));
    assertEquals("10", cell("consolidated", "HO_THOAT_NGHEO", 3));
    browser.click(browser.driver().findElement(By.linkText("Xã Cẩm Châu")));
    assertTrue(
        browser.text("reportTitle").contains("UBND xã Cẩm Châu"), browser.text("reportTitle"));
    WebElement escaped = browser.driver().findElement(By.id("line-HO_THOAT_NGHEO"));
    assertTrue(
        escaped.getText().contains("6") && escaped.getText().contains("Nhập tay"),
        escaped.getText());
  }

  @Test
  void theProvinceKeepsItsReportRulesAndHolidays() {
    browser.open("t/38/").signIn("admin", PASSWORD);
    browser.click("menuReportTemplate");
    WebElement due = browser.find("rules:due");
    due.clear();
    due.sendKeys("61");
    browser.click("rules:save");
    assertTrue(browser.text("rules:messages").contains("từ 0 đến 60 ngày làm việc"));
    browser.open("t/38/report-template");
    assertEquals("15", browser.find("rules:due").getAttribute("value"), "nothing was saved");

    WebElement training =
        browser.driver().findElement(By.cssSelector("#choice-CB_TAP_HUAN input[title='Báo cáo']"));
    assertTrue(training.isSelected());
    training.click();
    browser.click("asked:saveIndicators");
    assertFalse(
        browser
            .driver()
            .findElement(By.cssSelector("#choice-CB_TAP_HUAN input[title='Báo cáo']"))
            .isSelected(),
        "no longer asked for");
    browser
        .driver()
        .findElement(By.cssSelector("#choice-CB_TAP_HUAN input[title='Báo cáo']"))
        .click();
    browser.click("asked:saveIndicators");
    assertTrue(
        browser
            .driver()
            .findElement(By.cssSelector("#choice-CB_TAP_HUAN input[title='Báo cáo']"))
            .isSelected(),
        "asked for again");

    browser.find("holidays:day").sendKeys("24/12/2025");
    browser.find("holidays:holidayName").sendKeys("Ngày nghỉ thử nghiệm");
    browser.click("holidays:add");
    assertTrue(
        browser.text("holidays:holidayTable").contains("Ngày nghỉ thử nghiệm"),
        browser.text("holidays:messages"));
    WebElement added =
        browser.find("holidays:holidayTable").findElements(By.cssSelector("tbody tr")).stream()
            .filter(row -> row.getText().contains("Ngày nghỉ thử nghiệm"))
            .findFirst()
            .orElseThrow();
    browser.click(added.findElement(By.linkText("Xóa")));
    assertFalse(browser.text("holidays:holidayTable").contains("Ngày nghỉ thử nghiệm"));
    browser.click("header:signOut");

    browser.open("t/15160/").signIn("chutich", PASSWORD);
    browser.open("t/38/report-template");
    assertNotNull(browser.find("error-403"));
  }

  @Test
  void anotherCommuneReachesNoReportTargetOrFigureOfCamChauByAnyAddress() {
    browser.open("t/15160/").signIn("vhcs", PASSWORD);
    browser.open("t/15160/reports?year=2022");
    String report = browser.find("obligations").findElement(By.tagName("a")).getAttribute("href");
    String id = report.substring(report.indexOf("id=") + 3);
    browser.click("header:signOut");

    browser.open("t/15163/").signIn("vhcs", PASSWORD);
    for (String page :
        List.of(
            "t/15160/reports",
            "t/15160/report?id=" + id,
            "t/15160/report.pdf?id=" + id,
            "t/15160/targets",
            "t/15160/consolidated?period=2022-Q1",
            "t/15160/consolidated.xlsx?period=2022-Q1",
            "t/390/reports")) {
      browser.open(page);
      assertNotNull(browser.find("error-403"), page);
    }
    for (String page : List.of("t/15163/report?id=" + id, "t/15163/report.pdf?id=" + id)) {
      browser.open(page);
      assertNotNull(browser.find("error-404"), page);
    }
  }

  /**
   * On the targets page: allocates the indicator, some units by name, every other unit the rest.
   */
  private void allocate(Map<String, String> byCode, String others) {
    browser.click(row(SUPPORTED).findElement(By.linkText("Phân bổ")));
    for (WebElement part : browser.find("parts").findElements(By.cssSelector("tr"))) {
      String code = part.getAttribute("id").substring("part-".length());
      WebElement input = part.findElement(By.tagName("input"));
      input.clear();
      input.sendKeys(byCode.getOrDefault(code, others));
    }
    browser.click("targets:publish");
  }

  private WebElement row(String indicator) {
    return browser.find("targets:own").findElements(By.cssSelector("tbody tr")).stream()
        .filter(tr -> tr.getText().contains(indicator))
        .findFirst()
        .orElseThrow();
  }

  private void writeAndSubmit(String commune, String escaped) {
    browser.open("t/" + commune + "/").signIn("vhcs", PASSWORD);
    openReport(commune);
    Map<String, String> values =
        Map.of(
            "HO_TONG", "1.850",
            "HO_NGHEO", "96",
            "HO_CAN_NGHEO", "71",
            "TL_HO_NGHEO", "5,19",
            "HO_THOAT_NGHEO", escaped);
    values.forEach(
        (code, value) -> {
          WebElement input = valueOf(code);
          input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
          commentOf(code).sendKeys("Theo kết quả rà soát cuối năm.");
        });
    browser.click("form:save");
    assertTrue(browser.text("pageMessages").contains("Đã lưu báo cáo"), browser.pageText());
    assertTrue(browser.text("reportStatus").contains("Đang soạn"));
    assertTrue(
        browser.driver().findElements(By.id("form:submit")).isEmpty(), "staff do not submit");
    browser.click("header:signOut");
    browser.open("t/" + commune + "/").signIn("chutich", PASSWORD);
    openReport(commune);
    browser.click("form:submit");
    assertTrue(browser.text("reportStatus").contains("Đã gửi"), browser.pageText());
    browser.click("header:signOut");
  }

  private void openReport(String commune) {
    browser.open("t/" + commune + "/reports?year=2022");
    browser.click(browser.find("obligations").findElement(By.partialLinkText(PERIOD)));
  }

  /** From the district's matrix, opens the commune's report and approves or returns it. */
  private void review(String commune, String step, String comment) {
    WebElement cell =
        browser
            .find("row-" + commune)
            .findElements(By.tagName("td"))
            .get(5)
            .findElement(By.tagName("a"));
    browser.click(cell);
    if (comment != null) {
      browser.find("form:comment").sendKeys(comment);
    }
    browser.click("form:" + step);
  }

  private WebElement valueOf(String indicator) {
    return browser
        .driver()
        .findElement(By.cssSelector("#line-" + indicator + " input.number-input"));
  }

  private WebElement commentOf(String indicator) {
    return browser
        .driver()
        .findElement(By.cssSelector("#line-" + indicator + " td:last-child input"));
  }

  private String cell(String table, String indicator, int column) {
    WebElement row = browser.find(table).findElement(By.id("line-" + indicator));
    assertNotNull(row);
    return row.findElements(By.cssSelector("th, td")).get(column - 1).getText().strip();
  }
}
