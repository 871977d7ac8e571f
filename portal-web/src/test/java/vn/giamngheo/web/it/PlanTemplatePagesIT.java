package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.giamngheo.web.testing.BrowserJourney;

/**
 * The province publishes a new version of the plan template; a unit that draws up its plan
 * afterwards gets the new structure, while a plan issued before keeps its own. Thạch Thành (391),
 * which no other test touches and which has no plan above it, draws up the new plan.
 */
class PlanTemplatePagesIT extends BrowserJourney {
  private static final String RENAMED = "KINH PHÍ VÀ NGUỒN VỐN THỰC HIỆN";
  private static final String ADDED = "CHẾ ĐỘ THÔNG TIN, BÁO CÁO";
  private static final String ADDED_TEXT = "Định kỳ 6 tháng và hằng năm báo cáo kết quả thực hiện.";

  @Test
  void aNewVersionShapesNewPlansAndLeavesIssuedOnesAsTheyWere() {
    browser.open("t/38/").signIn("admin", PASSWORD);
    browser.click("menuTemplates");
    browser.click("templateActions:newVersion");
    assertTrue(browser.text("templateTitle").contains("Bản nháp"), browser.text("templateTitle"));

    act("KINH PHÍ THỰC HIỆN", "edit-link");
    browser.find("editSection:title").clear();
    browser.click("editSection:save");
    assertTrue(
        browser.text("pageMessages").contains("Cần nhập tên mục III."),
        browser.text("pageMessages"));
    assertTrue(browser.text("sections").contains("III. KINH PHÍ THỰC HIỆN"), "nothing saved");
    browser.find("editSection:title").sendKeys(RENAMED);
    browser.click("editSection:save");
    assertTrue(browser.text("sections").contains("III. " + RENAMED));

    act("TỔ CHỨC THỰC HIỆN", "add-after-link");
    browser.find("editSection:title").sendKeys(ADDED);
    browser.find("editSection:text").sendKeys(ADDED_TEXT);
    browser.click("editSection:save");
    assertTrue(browser.text("sections").contains("VI. " + ADDED), browser.text("sections"));
    assertTrue(browser.text("sections").contains(ADDED_TEXT));
    browser.click("templateActions:publish");
    assertTrue(browser.text("pageMessages").contains("Đã công bố phiên bản"));
    Matcher version = Pattern.compile("phiên bản (\\d+)").matcher(browser.text("templateTitle"));
    assertTrue(version.find(), browser.text("templateTitle"));
    assertTrue(
        browser.driver().findElements(By.cssSelector("#sections a.edit-link")).isEmpty(),
        "a published version is read-only");
    browser.click("header:signOut");

    browser.open("t/391/").signIn("phonglaodong", PASSWORD);
    browser.click("menuTemplates");
    assertFalse(browser.text("versions").contains("Bản nháp"));
    assertTrue(browser.text("sections").contains("VI. " + ADDED), "the newest published shows");
    assertTrue(
        browser.driver().findElements(By.id("templateActions")).isEmpty(), "read-only below");
    browser.open("t/38/templates");
    assertNotNull(browser.find("error-403"), "the province's own page stays its own");
    browser.click("menuPlans");
    browser
        .driver()
        .findElement(By.xpath("//label[contains(.,'Dự án 2: Đa dạng hóa sinh kế')]"))
        .click();
    browser.click("start:create");
    String plan = browser.text("plan");
    assertTrue(plan.contains("III. " + RENAMED), plan);
    assertTrue(plan.contains("VI. " + ADDED), plan);
    assertTrue(plan.contains(ADDED_TEXT), plan);
    assertTrue(
        plan.contains("1.1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo"), plan);
    assertTrue(
        browser.text("planTemplate").endsWith("phiên bản " + version.group(1)),
        browser.text("planTemplate"));
    browser.click("header:signOut");

    browser.open("t/15160/").signIn("chutich", PASSWORD);
    browser.click("menuPlans");
    browser.find("plans").findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> row.getText().contains("Đã ban hành"))
        .findFirst()
        .orElseThrow()
        .findElement(By.tagName("a"))
        .click();
    String issued = browser.text("plan");
    assertTrue(issued.contains("III. KINH PHÍ THỰC HIỆN"), issued);
    assertFalse(issued.contains(ADDED), "an issued plan keeps the structure it was issued with");
  }

  /** Clicks the action link {@code linkClass} of the template section headed {@code title}. */
  private void act(String title, String linkClass) {
    browser.find("sections");
    browser
        .driver()
        .findElement(
            By.xpath(
                "//div[contains(@class,'template-section')]/div[@class='heading'][contains(.,'"
                    + title
                    + "')]//a[contains(@class,'"
                    + linkClass
                    + "')]"))
        .click();
    browser.find("editSection:title");
  }
}
