package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.giamngheo.web.testing.BrowserJourney;

/** The province configures the program; every unit below reads what it published. */
class ProgramPagesIT extends BrowserJourney {

  @Test
  void theProvinceRewritesAComponentInANewVersionAndCommunesSeeItOncePublished() {
    browser.open("t/38/").signIn("admin", PASSWORD);
    browser.click("menuPrograms");
    assertTrue(browser.text("component-DA2").contains("Dự án 2: Đa dạng hóa sinh kế"));
    browser.click("programActions:newVersion");
    assertTrue(browser.text("programTitle").contains("Bản nháp"), browser.text("programTitle"));

    WebElement edit = browser.find("component-DA4.TDA3").findElement(By.cssSelector("a.edit-link"));
    edit.click();
    browser.find("editComponent:objective").clear();
    browser.find("editComponent:objective").sendKeys("Kết nối việc làm cho mọi lao động nghèo.");
    browser.click("editComponent:save");
    assertTrue(
        browser.text("component-DA4.TDA3").contains("Kết nối việc làm cho mọi lao động nghèo."));
    browser.click("programActions:publish");
    assertTrue(browser.text("pageMessages").contains("Đã công bố phiên bản"));
    browser.click("header:signOut");

    browser.open("t/15160/").signIn("vhcs", PASSWORD);
    browser.click("menuPrograms");
    String programs = browser.text("programs");
    assertFalse(programs.contains("Bản nháp"), "a commune never sees the province's drafts");
    assertTrue(
        browser.text("component-DA4.TDA3").contains("Kết nối việc làm cho mọi lao động nghèo."),
        "the newest published version shows first");
    assertTrue(
        browser.driver().findElements(By.id("programActions")).isEmpty(), "read-only for communes");
    assertEquals(16, browser.find("indicators").findElements(By.cssSelector("tbody tr")).size());
  }
}
