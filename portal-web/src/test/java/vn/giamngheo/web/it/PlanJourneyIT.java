package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.giamngheo.web.testing.BrowserJourney;
import vn.giamngheo.web.testing.PortalClient;

/**
 * Amending Cẩm Châu's plan: staff draft and submit, the leader returns it with a comment, staff
 * correct it, the leader issues it under a new number, and the district sees the new version.
 */
class PlanJourneyIT extends BrowserJourney {
  private static final String NEW_TARGET = "Tỷ lệ hộ nghèo giảm bình quân hằng năm từ 2% trở lên.";

  @Test
  void aPlanIsAmendedReturnedCorrectedAndIssuedAndTheDistrictSeesIt() {
    browser.open("t/15160/").signIn("vhcs", PASSWORD);
    openIssuedPlan();
    String issuedPath = browser.path();
    assertTrue(
        browser.text("plan-component-DA3.TDA2").contains("Phối hợp: Văn phòng HĐND&UBND xã"),
        browser.text("plan-component-DA3.TDA2"));
    List<String> progressBefore = doneOfTotal(issuedPath);
    browser.click("workflow:amend");
    assertTrue(browser.text("planStatus").contains("Dự thảo"), browser.text("planStatus"));
    long issuedId = Long.parseLong(issuedPath.substring(issuedPath.indexOf("id=") + 3));
    HttpResponse<String> second =
        new PortalClient(base)
            .post("api/v1/plans/" + issuedId + "/amend", "15160/vhcs", "application/json", "");
    assertEquals(400, second.statusCode(), "one amendment at a time");
    assertTrue(browser.text("planStatus").contains("Phiên bản 2"));
    assertTrue(
        browser.driver().findElements(By.id("workflow:issue")).isEmpty(),
        "staff do not issue plans");

    editSection("2. Mục tiêu cụ thể", NEW_TARGET);
    assertTrue(browser.text("plan").contains(NEW_TARGET));
    browser.click("workflow:submit");
    assertTrue(browser.text("planStatus").contains("Đã trình"));
    String planPath = browser.path();
    browser.click("header:signOut");

    browser.open("t/15160/").signIn("chutich", PASSWORD);
    browser.open(planPath.substring(1));
    browser.find("workflow:comment").sendKeys("Ghi rõ chỉ tiêu theo Kế hoạch của huyện.");
    browser.click("workflow:return");
    assertTrue(browser.text("planStatus").contains("Dự thảo"));
    browser.click("header:signOut");

    browser.open("t/15160/").signIn("vhcs", PASSWORD);
    browser.open(planPath.substring(1));
    assertTrue(browser.text("returnComment").contains("Ghi rõ chỉ tiêu theo Kế hoạch của huyện."));
    editSection("2. Mục tiêu cụ thể", NEW_TARGET + " Theo Kế hoạch số 82/KH-UBND của huyện.");
    browser.click("workflow:submit");
    browser.click("header:signOut");

    browser.open("t/15160/").signIn("chutich", PASSWORD);
    browser.open(planPath.substring(1));
    browser.find("workflow:number").sendKeys("52 KH");
    browser.click("workflow:issue");
    assertTrue(browser.text("pageMessages").contains("Số, ký hiệu văn bản chưa đúng dạng"));
    browser.find("workflow:number").clear();
    browser.find("workflow:number").sendKeys("52/KH-UBND");
    browser.click("workflow:issue");
    assertTrue(browser.text("planStatus").contains("Đã ban hành"));
    assertEquals(progressBefore, doneOfTotal(planPath), "tasks stand as they did before");
    String history = browser.text("events");
    assertTrue(history.contains("15160/chutich"), history);
    assertTrue(history.contains("Ghi rõ chỉ tiêu"), history);
    browser.click("header:signOut");

    browser.open("t/390/").signIn("phonglaodong", PASSWORD);
    browser.click("menuPlans");
    WebElement camChau =
        browser.find("standing").findElements(By.cssSelector("tbody tr")).stream()
            .filter(row -> row.getText().contains("Xã Cẩm Châu"))
            .findFirst()
            .orElseThrow();
    assertTrue(camChau.getText().contains("52/KH-UBND"), camChau.getText());
    camChau.findElement(By.linkText("Đã ban hành")).click();
    assertTrue(browser.text("plan").contains(NEW_TARGET));
    assertTrue(
        browser.driver().findElements(By.id("workflow:amend")).isEmpty(),
        "the district only reads");
  }

  @Test
  void theOfficerReportsALateTaskDone() {
    browser.open("t/15160/").signIn("vhcs", PASSWORD);
    browser.click("menuTasks");
    List<WebElement> late =
        browser.find("tasks:taskTable").findElements(By.cssSelector("tr.late-row"));
    int lateBefore = late.size();
    assertTrue(lateBefore > 0, "2025's tasks are past due in the demo data");
    late.get(0).findElement(By.linkText("Báo cáo")).click();
    browser.find("reportTask:note").sendKeys("Hoàn thành trong tháng 12.");
    browser.driver().findElement(By.xpath("//label[contains(.,'Đã hoàn thành')]")).click();
    browser.click("reportTask:save");
    assertTrue(browser.text("tasks:messages").contains("Đã cập nhật"));
    assertEquals(
        lateBefore - 1,
        browser.find("tasks:taskTable").findElements(By.cssSelector("tr.late-row")).size());
  }

  @Test
  void anotherCommuneCannotOpenThePlanByAnyAddress() {
    browser.open("t/15163/").signIn("vhcs", PASSWORD);
    browser.open("t/15160/plans");
    assertNotNull(browser.find("error-403"));
    browser.open("t/15163/plan?id=1");
    assertNotNull(browser.find("error-404"));
    assertFalse(browser.pageText().contains("Cẩm Châu, ngày"));
    browser.open("t/15163/plan.docx?id=1");
    assertNotNull(browser.find("error-404"));
    browser.open("t/15163/plan.pdf?id=1");
    assertNotNull(browser.find("error-404"));
    for (String page :
        List.of("t/15160/tasks", "t/15160/positions", "t/15160/plans", "t/15160/villages")) {
      browser.open(page);
      assertNotNull(browser.find("error-403"), page);
    }
  }

  @Test
  void aCommuneDrawsUpItsFirstPlanFromTheProgram() {
    browser.open("t/15163/").signIn("vhcs", PASSWORD);
    browser.click("menuPlans");
    browser
        .driver()
        .findElement(By.xpath("//label[contains(.,'Tiểu dự án 3: Hỗ trợ việc làm bền vững')]"))
        .click();
    browser
        .driver()
        .findElement(By.xpath("//label[contains(.,'Dự án 2: Đa dạng hóa sinh kế')]"))
        .click();
    browser.click("start:create");
    assertTrue(browser.text("planStatus").contains("Dự thảo"));
    assertTrue(browser.text("planTitle").endsWith("trên địa bàn xã Cẩm Tâm"));
    String plan = browser.text("plan");
    assertTrue(
        plan.contains("1.1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo"), plan);
    assertTrue(plan.contains("1.2.1. Tiểu dự án 3: Hỗ trợ việc làm bền vững"), plan);
    assertFalse(
        plan.contains("Tiểu dự án 1: Hỗ trợ phát triển sản xuất"), "only what the commune applies");
    String address = browser.path();
    browser.click("menuPlans");
    assertTrue(browser.driver().findElements(By.id("startPlan")).isEmpty(), "one plan per program");
    browser.click("header:signOut");

    browser.open("t/15160/").signIn("chutich", PASSWORD);
    browser.open(address.substring(1));
    assertNotNull(browser.find("error-403"), "Cẩm Châu cannot open Cẩm Tâm's draft");
    browser.open("t/15163/positions");
    assertNotNull(browser.find("error-403"), "nor its positions");
    browser.open("t/15160/");
    browser.click("header:signOut");

    // Cẩm Tâm's leader names the Culture–Policy officer, assigns Project 2 to the post and issues
    browser.open("t/15163/").signIn("chutich", PASSWORD);
    browser.click("menuPositions");
    browser.find("positions:name").sendKeys("Công chức Văn hóa Chính sách");
    browser.click("positions:add");
    new Select(browser.find("positions:position"))
        .selectByVisibleText("Công chức Văn hóa Chính sách");
    new Select(browser.find("positions:account"))
        .selectByVisibleText("Công chức Văn hóa Chính sách (vhcs)");
    browser.click("positions:assign");
    assertTrue(browser.text("holdingTable").contains("(vhcs)"));
    browser.open(address.substring(1));
    browser.find("plan-component-DA2").findElement(By.cssSelector("a.edit-link")).click();
    new Select(browser.find("assignComponent:lead"))
        .selectByVisibleText("Công chức Văn hóa Chính sách");
    browser
        .find("assignComponent:assignment")
        .sendKeys("Công chức Văn hóa Chính sách chủ trì, phối hợp với các thôn.");
    browser.click("assignComponent:save");
    assertTrue(
        browser.text("plan-component-DA2").contains("Chủ trì: Công chức Văn hóa Chính sách"));
    browser.click("workflow:submit");
    browser.find("workflow:number").sendKeys("12/KH-UBND");
    browser.find("workflow:issuedOn_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "01/06/2022");
    browser.click("workflow:issue");
    assertTrue(browser.text("planStatus").contains("Đã ban hành"), browser.pageText());
    assertTrue(browser.text("progressTable").contains("0 / 4"), browser.text("progressTable"));
    browser.click("header:signOut");

    browser.open("t/15163/").signIn("vhcs", PASSWORD);
    browser.click("menuTasks");
    assertEquals(
        4,
        browser.find("tasks:taskTable").findElements(By.cssSelector("tbody tr")).size(),
        "Project 2 in 2022, 2023, 2024 and 2025");
  }

  /** Each component's "done / total" of the plan at {@code path}, as its leader reads it. */
  private List<String> doneOfTotal(String path) {
    String id = path.substring(path.indexOf("id=") + 3);
    return PortalClient.parse(
            new PortalClient(base).get("api/v1/plans/" + id + "/progress", "15160/chutich").body())
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(
            row -> row.getString("heading") + ": " + row.getInt("done") + "/" + row.getInt("total"))
        .toList();
  }

  private void openIssuedPlan() {
    browser.click("menuPlans");
    List<WebElement> links = browser.find("plans").findElements(By.cssSelector("tbody a"));
    links.get(0).click();
    assertEquals(
        "Số: 45/KH-UBND",
        browser
            .driver()
            .findElement(By.cssSelector(".doc-header div"))
            .getText()
            .lines()
            .toList()
            .get(1));
  }

  private void editSection(String heading, String text) {
    browser
        .driver()
        .findElement(
            By.xpath(
                "//div[contains(@class,'plan-section')][div[contains(normalize-space(.),'"
                    + heading
                    + "')]]//a[contains(@class,'edit-link')]"))
        .click();
    browser.emptyEditor("editSection:text").sendKeys(text);
    browser.click("editSection:save");
  }
}
