package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.giamngheo.web.testing.BrowserJourney;

/** Villages kept by their commune; units imported by the province administrator. */
class UnitPagesIT extends BrowserJourney {

  @Test
  void communeStaffAddAVillageThatOnlyTheirCommuneAndDistrictSee() {
    browser.open("t/15163/").signIn("vhcs", PASSWORD);
    browser.click("menuVillages");
    assertEquals("/t/15163/villages", browser.path());
    browser.find("addVillage:name").sendKeys("Thôn Đồng Tâm");
    browser.click("addVillage:add");
    assertTrue(browser.text("addVillage:messages").contains("Đã thêm Thôn Đồng Tâm"));
    assertTrue(browser.text("villages").contains("Thôn Đồng Tâm"));

    browser.find("addVillage:name").sendKeys("   ");
    browser.click("addVillage:add");
    assertTrue(browser.text("addVillage:messages").contains("Cần nhập tên thôn, bản"));

    browser.open("t/15160/villages");
    assertNotNull(browser.find("error-403"), "15163 may not open 15160's villages");
  }

  @Test
  void theDistrictSeesACommunesVillagesButCannotAddAny() {
    browser.open("t/390/").signIn("phonglaodong", PASSWORD);
    browser.open("t/15160/villages");
    assertTrue(browser.text("villages").contains("Thôn 1"));
    assertTrue(browser.driver().findElements(By.id("addVillage")).isEmpty(), "read-only");
    browser.open("t/390/units");
    assertNotNull(browser.find("error-403"), "only the province administrator imports units");
  }

  @Test
  void theProvinceAdminReimportsTheOfficialListAndABadFileChangesNothing() throws Exception {
    browser.open("t/38/").signIn("admin", PASSWORD);
    browser.click("menuUnits");
    browser
        .find("importUnits:file_input")
        .sendKeys(resourceAsFile("/admin-units/vn-units-2024.json", ".json").toString());
    browser.click("importUnits:import");
    String done = browser.text("importUnits:messages");
    assertTrue(done.contains("Đã nhập Tỉnh Thanh Hóa: 26 huyện, 547 xã; 0 đơn vị mới"), done);

    Path junk = Files.createTempFile("junk", ".json");
    Files.writeString(junk, "<html>not a list</html>");
    browser.find("importUnits:file_input").sendKeys(junk.toString());
    browser.click("importUnits:import");
    String refused = browser.text("importUnits:messages");
    assertTrue(refused.contains("không phải danh sách đơn vị"), refused);
    browser.click("menuDashboard");
    assertFalse(browser.pageText().contains("Exception"));
    assertEquals(26, browser.find("childUnits").findElements(By.cssSelector("tbody tr")).size());
  }

  private static Path resourceAsFile(String resource, String suffix) throws Exception {
    Path file = Files.createTempFile("resource", suffix);
    try (InputStream in = UnitPagesIT.class.getResourceAsStream(resource)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
