package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.web.testing.PortalClient.json;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.giamngheo.web.testing.BrowserJourney;
import vn.giamngheo.web.testing.PortalClient;
import vn.giamngheo.web.testing.PortalTestEnvironment;

/**
 * The register's pages: the commune's staff search the list and open a record with whole ID numbers
 * and add a member; the district reads both with IDs masked and no edit forms, and its view is
 * logged; another commune's user is refused the list and does not find the record.
 */
class HouseholdPagesIT extends BrowserJourney {
  private static Long householdId;

  @BeforeEach
  void aHouseholdOfCamNgoc() {
    if (householdId != null) {
      return;
    }
    PortalClient client = new PortalClient(base);
    HttpResponse<String> village =
        client.post(
            "api/v1/units/15169/villages",
            "15169/vhcs",
            "application/json",
            "{\"name\": \"Thôn Ngọc Ánh\"}");
    assertEquals(201, village.statusCode(), village.body());
    HttpResponse<String> added =
        client.post(
            "api/v1/units/15169/households",
            "15169/vhcs",
            "application/json",
            """
            {"code": "NA-01", "village": "%s", "headName": "Hà Thị Ngọc Ánh",
             "ethnicity": "Mường", "address": "Xóm Chiềng", "members": [
              {"fullName": "Hà Thị Ngọc Ánh", "sex": "FEMALE", "relation": "Chủ hộ",
               "idNumber": "038199001357"}]}
            """
                .formatted(json(village).getString("code")));
    assertEquals(201, added.statusCode(), added.body());
    householdId = json(added).getJsonNumber("id").longValue();
  }

  @Test
  void staffFindAHouseholdWithoutDiacriticsOpenItsRecordAndAddAMember() {
    browser.open("t/15169/").signIn("vhcs", PASSWORD);
    browser.click("menuHouseholds");
    assertEquals("/t/15169/households", browser.path());
    browser.find("register:name").sendKeys("ha thi ngoc");
    browser.click("register:search");
    String list = browser.text("register:households");
    assertTrue(list.contains("Hà Thị Ngọc Ánh"), list);
    assertTrue(list.contains("*********357"), "masked in the list");
    assertFalse(list.contains("038199001357"));
    assertEquals(
        1,
        browser.find("register:households").findElements(By.cssSelector(".household-link")).size());
    assertEquals("1 hộ", browser.text("total"));

    browser.click(browser.driver().findElement(By.linkText("NA-01")));
    assertEquals("/t/15169/household?id=" + householdId, browser.path());
    assertEquals("Hà Thị Ngọc Ánh", browser.text("headName"));
    assertTrue(browser.text("members").contains("038199001357"), "whole for the commune's staff");
    browser.find("addMember:fullName").sendKeys("Bùi Văn Sơn");
    browser.find("addMember:relation").sendKeys("Chồng");
    browser.click("addMember:add");
    assertTrue(browser.text("members").contains("Bùi Văn Sơn"), browser.pageText());

    browser.open("t/15169/household?id=" + householdId);
    browser.find("addMember:fullName").sendKeys("Người Trùng Số");
    browser.find("addMember:idNumber").sendKeys("038199001357");
    browser.click("addMember:add");
    assertTrue(
        browser.text("addMember:messages").contains("đã có trong sổ hộ"), browser.pageText());
  }

  @Test
  void theDistrictReadsWithIdsMaskedAndNoEditsAndItsViewIsLogged() throws SQLException {
    browser.open("t/390/").signIn("phonglaodong", PASSWORD);
    browser.open("t/15169/households");
    assertNotNull(browser.find("readOnly"));
    assertTrue(browser.driver().findElements(By.id("addHousehold")).isEmpty());
    assertTrue(browser.text("register:households").contains("Hà Thị Ngọc Ánh"));

    browser.open("t/15169/household?id=" + householdId);
    String members = browser.text("members");
    assertTrue(members.contains("*********357"), members);
    assertFalse(browser.pageText().contains("038199001357"), "masked on the record too");
    assertTrue(browser.driver().findElements(By.id("addMember")).isEmpty(), "read-only");
    assertTrue(views("390/phonglaodong") >= 1, "the district's view is in the audit log");
  }

  @Test
  void anotherCommunesUserNeitherOpensTheListNorFindsTheRecord() {
    browser.open("t/15163/").signIn("vhcs", PASSWORD);
    browser.open("t/15169/households");
    assertNotNull(browser.find("error-403"));
    browser.open("t/15163/household?id=" + householdId);
    assertNotNull(browser.find("error-404"), "another commune's household is not found");
    assertFalse(browser.pageText().contains("Ngọc Ánh"));
    browser.open("t/15163/households");
    assertFalse(browser.text("register:households").contains("Ngọc Ánh"));
  }

  private static long views(String actor) throws SQLException {
    try (Connection owner = PortalTestEnvironment.database().connectAsOwner()) {
      try (PreparedStatement scope =
          owner.prepareStatement(
              "SELECT set_config('portal.read_path', '/', false),"
                  + " set_config('portal.write_path', '/', false)")) {
        scope.executeQuery();
      }
      try (PreparedStatement count =
          owner.prepareStatement(
              "SELECT count(*) FROM audit_event WHERE action = 'HOUSEHOLD_VIEWED'"
                  + " AND actor = ? AND detail LIKE 'NA-01%'")) {
        count.setString(1, actor);
        ResultSet rows = count.executeQuery();
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
