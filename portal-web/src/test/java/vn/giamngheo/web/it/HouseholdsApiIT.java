package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.web.testing.PortalClient.json;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.web.testing.DeployedPortal;
import vn.giamngheo.web.testing.PortalClient;
import vn.giamngheo.web.testing.PortalTestEnvironment;
import vn.giamngheo.web.testing.TestAccounts;

/**
 * The household register through the API, on Cẩm Yên (15175), a commune without demo households:
 * its staff add households; the list pages, narrows by filters, finds names without diacritics and
 * never shows an ID number whole; the district reads it and cannot add; another commune gets 404
 * exactly as for a unit that does not exist.
 */
class HouseholdsApiIT extends DeployedPortal {
  private static final String STAFF = "15175/vhcs";
  private static final String DISTRICT = "390/phonglaodong";
  private static final String OTHER_COMMUNE = "15163/vhcs";
  private static final String LIST = "api/v1/units/15175/households";
  private static final int KIEM_HOUSEHOLDS = 23;

  private static boolean created;
  private static String village1;
  private static String village2;

  PortalClient client;

  @BeforeEach
  void aRegisterOfTwoVillages() throws SQLException {
    client = new PortalClient(base);
    if (created) {
      return;
    }
    TestAccounts.copy("15169", "vhcs", "15175");
    village1 = village("Bản Kiểm Một");
    village2 = village("Bản Kiểm Hai");
    for (int i = 1; i <= KIEM_HOUSEHOLDS; i++) {
      String n = "%02d".formatted(i);
      long id =
          add(
              "KIEM-" + n,
              i % 2 == 0 ? village2 : village1,
              "Vi Văn Kiểm " + n,
              i <= 5 ? "Thái" : "Mường",
              "0381990100" + n,
              "Lương Thị Hiền " + n);
      if (i <= 4) {
        status(id, 2024, "POOR", i == 1 ? "BHYT,NHA_O" : "NUOC_SACH");
      } else if (i <= 10) {
        status(id, 2024, "NEAR_POOR", "");
      }
      if (i <= 8) {
        status(id, 2023, "POOR", "NHA_O");
      }
    }
    created = true;
  }

  @Test
  void pagesThroughTheRegisterByCodeWithTheTotal() {
    JsonObject first = list(STAFF, "name=vi%20van%20kiem&size=10&page=0");
    assertEquals(KIEM_HOUSEHOLDS, first.getInt("total"));
    assertEquals(0, first.getInt("page"));
    assertEquals(10, first.getInt("size"));
    assertEquals(
        List.of("KIEM-01", "KIEM-02", "KIEM-03"), codes(first).subList(0, 3), "ordered by code");
    JsonObject last = list(STAFF, "name=vi%20van%20kiem&size=10&page=2");
    assertEquals(List.of("KIEM-21", "KIEM-22", "KIEM-23"), codes(last));
    assertEquals(0, codes(list(STAFF, "name=vi%20van%20kiem&size=10&page=3")).size());
    assertEquals(200, list(STAFF, "size=5000").getInt("size"), "the page size is capped");
    assertEquals(400, client.get(LIST + "?page=-1", STAFF).statusCode());
    assertEquals(400, client.get(LIST + "?status=RICH", STAFF).statusCode());
  }

  @Test
  void findsHeadsAndMembersByNameWithoutDiacriticsOrCase() {
    assertEquals(List.of("KIEM-07"), codes(list(STAFF, "name=" + q("VI VĂN KIỂM 07"))));
    assertEquals(List.of("KIEM-07"), codes(list(STAFF, "name=" + q("vi van kiem 07"))));
    assertEquals(
        List.of("KIEM-12"), codes(list(STAFF, "name=" + q("hien 12"))), "a member's given name");
    assertEquals(List.of(), codes(list(STAFF, "name=" + q("iem 07"))), "words from their start");
  }

  @Test
  void filtersByStatusOfTheYearDeprivationVillageAndEthnicity() {
    JsonObject poor = list(STAFF, "status=POOR");
    assertEquals(2024, poor.getJsonArray("items").getJsonObject(0).getInt("year"), "latest year");
    assertEquals(List.of("KIEM-01", "KIEM-02", "KIEM-03", "KIEM-04"), codes(poor));
    assertEquals(
        List.of("POOR"),
        poor.getJsonArray("items").stream()
            .map(item -> item.asJsonObject().getString("status"))
            .distinct()
            .toList());
    assertEquals(8, list(STAFF, "status=POOR&year=2023").getInt("total"));
    assertEquals(6, list(STAFF, "status=NEAR_POOR&year=2024").getInt("total"));
    assertEquals(List.of("KIEM-01"), codes(list(STAFF, "deprivation=NHA_O")));
    assertEquals(8, list(STAFF, "deprivation=NHA_O&year=2023").getInt("total"));
    JsonObject first = list(STAFF, "deprivation=NHA_O").getJsonArray("items").getJsonObject(0);
    assertEquals(
        List.of("BHYT", "NHA_O"),
        first.getJsonArray("deprivations").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(
        List.of("KIEM-01", "KIEM-03", "KIEM-05"),
        codes(list(STAFF, "ethnicity=" + q("Thái") + "&village=" + villageId(village1))));
    assertEquals(
        List.of("KIEM-02", "KIEM-04"),
        codes(list(STAFF, "ethnicity=" + q("thai") + "&village=" + villageId(village2))));
  }

  @Test
  void idNumbersAreMaskedInTheList() {
    JsonObject item = list(STAFF, "name=" + q("kiem 07")).getJsonArray("items").getJsonObject(0);
    assertEquals("Vi Văn Kiểm 07", item.getString("headName"));
    assertEquals("Bản Kiểm Một", item.getString("village"));
    assertEquals("RURAL", item.getString("areaType"));
    assertEquals("Mường", item.getString("ethnicity"));
    JsonObject head = item.getJsonArray("members").getJsonObject(0);
    assertEquals("Vi Văn Kiểm 07", head.getString("fullName"));
    assertEquals("MALE", head.getString("sex"));
    assertEquals("*********007", head.getString("idNumber"));
    assertEquals(2, item.getJsonArray("members").size());
    String body = client.get(LIST + "?size=200", STAFF).body();
    assertFalse(body.contains("038199010007"), "no whole ID number anywhere in the list");
    assertFalse(client.get(LIST + "?size=200", DISTRICT).body().contains("0381990100"));
  }

  @Test
  void theExportHasOneRowPerMemberOfTheFilteredHouseholdsWithIdsMasked() throws Exception {
    byte[] xlsx = client.getBytes(LIST + "/export.xlsx?status=POOR", DISTRICT);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("Cẩm Yên"));
      assertEquals("Mã hộ", sheet.getRow(2).getCell(0).getStringCellValue());
      List<String> rows = new java.util.ArrayList<>();
      for (int r = 3; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        rows.add(
            row.getCell(0).getStringCellValue()
                + " "
                + row.getCell(7).getStringCellValue()
                + " "
                + row.getCell(9).getStringCellValue()
                + " "
                + row.getCell(13).getStringCellValue());
      }
      assertEquals(8, rows.size(), "4 poor households of 2 members: " + rows);
      assertEquals("KIEM-01 Hộ nghèo Vi Văn Kiểm 01 *********001", rows.get(0));
      assertEquals("KIEM-01 Hộ nghèo Lương Thị Hiền 01 ", rows.get(1));
      assertTrue(rows.get(7).startsWith("KIEM-04 "));
      assertFalse(rows.stream().anyMatch(row -> row.contains("0381990100")));
    }
    assertEquals(404, client.get(LIST + "/export.xlsx", OTHER_COMMUNE).statusCode());
  }

  @Test
  void theDistrictReadsTheListButAddsNothing() {
    assertEquals(KIEM_HOUSEHOLDS, list(DISTRICT, "name=" + q("vi van kiem")).getInt("total"));
    HttpResponse<String> refused =
        client.post(LIST, DISTRICT, "application/json", body("DIST-01", village1, "Huyện Thêm"));
    assertEquals(403, refused.statusCode());
    assertEquals(0, list(STAFF, "name=" + q("huyen them")).getInt("total"));
  }

  @Test
  void anotherCommuneFindsTheRegisterAsMissingAsAnUnknownUnit() {
    HttpResponse<String> other = client.get(LIST, OTHER_COMMUNE);
    HttpResponse<String> unknown = client.get("api/v1/units/99999/households", OTHER_COMMUNE);
    assertEquals(404, other.statusCode());
    assertEquals(404, unknown.statusCode());
    assertEquals(unknown.body(), other.body());
    assertFalse(other.body().contains("Kiểm"));
    assertEquals(
        404,
        client
            .post(LIST, OTHER_COMMUNE, "application/json", body("X-01", village1, "Kẻ Lạ"))
            .statusCode());
    assertEquals(404, client.get("api/v1/units/390/households", DISTRICT).statusCode());
  }

  @Test
  void staffAreToldWhatIsWrongWithAHousehold() {
    HttpResponse<String> taken =
        client.post(
            LIST,
            STAFF,
            "application/json",
            body("KIEM-99", village1, "Người Trùng Số", "038199010001"));
    assertEquals(400, taken.statusCode());
    assertTrue(json(taken).getString("message").contains("*********001"), taken.body());
    HttpResponse<String> sameCode =
        client.post(LIST, STAFF, "application/json", body("KIEM-01", village1, "Người Khác"));
    assertEquals(400, sameCode.statusCode());
    assertTrue(json(sameCode).getString("message").contains("KIEM-01"));
  }

  private JsonObject list(String caller, String query) {
    HttpResponse<String> response = client.get(LIST + "?" + query, caller);
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  private static List<String> codes(JsonObject listing) {
    return listing.getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getString("code"))
        .toList();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private String village(String name) {
    HttpResponse<String> added =
        client.post(
            "api/v1/units/15175/villages",
            STAFF,
            "application/json",
            "{\"name\":\"" + name + "\"}");
    assertEquals(201, added.statusCode(), added.body());
    return json(added).getString("code");
  }

  private long villageId(String code) throws IllegalStateException {
    try (Connection owner = PortalTestEnvironment.database().connectAsOwner();
        PreparedStatement query =
            owner.prepareStatement("SELECT id FROM admin_unit WHERE code = ?")) {
      query.setString(1, code);
      var rows = query.executeQuery();
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long add(
      String code, String village, String head, String ethnicity, String headId, String member) {
    String json =
        """
        {"code": "%s", "village": "%s", "headName": "%s", "areaType": "RURAL",
         "ethnicity": "%s", "address": "Cẩm Yên", "members": [
          {"fullName": "%s", "birthDate": "1980-03-04", "sex": "MALE", "relation": "Chủ hộ",
           "idNumber": "%s"},
          {"fullName": "%s", "sex": "FEMALE", "relation": "Vợ"}]}
        """
            .formatted(code, village, head, ethnicity, head, headId, member);
    HttpResponse<String> added = client.post(LIST, STAFF, "application/json", json);
    assertEquals(201, added.statusCode(), added.body());
    return json(added).getJsonNumber("id").longValue();
  }

  private static String body(String code, String village, String head) {
    return body(code, village, head, null);
  }

  private static String body(String code, String village, String head, String idNumber) {
    return """
        {"code": "%s", "village": "%s", "headName": "%s", "members": [
          {"fullName": "%s", "sex": "FEMALE", "idNumber": %s}]}
        """
        .formatted(code, village, head, head, idNumber == null ? "null" : "\"" + idNumber + "\"");
  }

  /** The list a household was recognised on: the review part of the portal writes these. */
  private static void status(long household, int year, String status, String deprivations)
      throws SQLException {
    try (Connection owner = PortalTestEnvironment.database().connectAsOwner()) {
      try (PreparedStatement scope =
          owner.prepareStatement(
              "SELECT set_config('portal.read_path', '/', false),"
                  + " set_config('portal.write_path', '/', false)")) {
        scope.executeQuery();
      }
      try (PreparedStatement insert =
          owner.prepareStatement(
              "INSERT INTO household_status (unit_id, household_id, year, status, deprivations,"
                  + " source, recognised_on) SELECT unit_id, id, ?, ?, ?, 'IMPORT',"
                  + " DATE '2024-12-31' FROM household WHERE id = ?")) {
        insert.setInt(1, year);
        insert.setString(2, status);
        insert.setString(3, deprivations);
        insert.setLong(4, household);
        assertEquals(1, insert.executeUpdate());
      }
    }
  }
}
