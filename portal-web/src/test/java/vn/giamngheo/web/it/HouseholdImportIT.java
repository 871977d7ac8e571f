package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.web.testing.PortalClient.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.tenancy.testing.TestDatabase;
import vn.giamngheo.web.testing.DeployedPortal;
import vn.giamngheo.web.testing.PortalClient;
import vn.giamngheo.web.testing.PortalTestEnvironment;

/**
 * The household import through the API, into Cẩm Ngọc (15169, no demo register) and Cẩm Tâm: a file
 * with any bad row imports nothing and names every problem by row and column; a good file imports
 * whole; an ID number on another commune's register, junk, wrong columns, formulas and text that is
 * not UTF-8 are refused; no other commune reaches the import.
 */
class HouseholdImportIT extends DeployedPortal {
  static final String NGOC = "15169/vhcs";
  static final String TAM = "15163/vhcs";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String HEADER =
      "Mã hộ,Thôn,Địa chỉ,Khu vực,Thu nhập bình quân (đồng/người/tháng),Bảo hiểm y tế,"
          + "Tình trạng năm trước,Năm,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Quan hệ với chủ hộ,"
          + "Số CCCD,BHYT,Trình độ học vấn,Nghề nghiệp";

  PortalClient client;
  HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void villages() {
    client = new PortalClient(base);
    for (String[] village :
        new String[][] {{"15169", NGOC, "Thôn Ngọc Sơn"}, {"15163", TAM, "Thôn Tâm Trung"}}) {
      if (!client.get("api/v1/units/" + village[0], village[1]).body().contains(village[2])) {
        assertEquals(
            201,
            client
                .post(
                    "api/v1/units/" + village[0] + "/villages",
                    village[1],
                    "application/json",
                    "{\"name\": \"" + village[2] + "\"}")
                .statusCode());
      }
    }
  }

  static String csv(String... rows) {
    return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
  }

  HttpResponse<String> upload(String commune, String caller, String type, byte[] file) {
    return upload(commune, caller, type, file, null);
  }

  HttpResponse<String> upload(
      String commune, String caller, String type, byte[] file, String language) {
    try {
      String credentials = caller + ":" + PASSWORD;
      HttpRequest.Builder request =
          HttpRequest.newBuilder(
                  URI.create(base + "api/v1/units/" + commune + "/households/import"))
              .header("Content-Type", type)
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
              .POST(HttpRequest.BodyPublishers.ofByteArray(file));
      if (language != null) {
        request.header("Accept-Language", language);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> uploadCsv(String commune, String caller, String text) {
    return upload(commune, caller, "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> problems(HttpResponse<String> response) {
    assertEquals(422, response.statusCode(), response.body());
    JsonArray errors = json(response).getJsonArray("errors");
    List<String> lines = new ArrayList<>();
    for (JsonObject error : errors.getValuesAs(JsonObject.class)) {
      lines.add(
          (!error.containsKey("row") || error.isNull("row")
                  ? "-"
                  : String.valueOf(error.getInt("row")))
              + " | "
              + (!error.containsKey("column") || error.isNull("column")
                  ? "-"
                  : error.getString("column"))
              + " | "
              + error.getString("message"));
    }
    return lines;
  }

  /** The households of a commune whose code starts with {@code prefix}, as its own staff see. */
  static long count(String communeCode, String table, String prefix) throws SQLException {
    TestDatabase database = PortalTestEnvironment.database();
    long unitId;
    try (Connection app = database.connectAsApp();
        PreparedStatement query =
            app.prepareStatement("SELECT id FROM admin_unit WHERE code = ?")) {
      query.setString(1, communeCode);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        unitId = row.getLong(1);
      }
    }
    String sql =
        switch (table) {
          case "household" -> "SELECT count(*) FROM household WHERE code LIKE ?";
          case "household_member" ->
              "SELECT count(*) FROM household_member m JOIN household h ON h.id = m.household_id"
                  + " WHERE h.code LIKE ?";
          default ->
              "SELECT count(*) FROM household_status s JOIN household h ON h.id = s.household_id"
                  + " WHERE h.code LIKE ? AND s.source = 'IMPORT' AND s.year = 2024";
        };
    try (Connection scoped = database.transactionInScopeOf(unitId);
        PreparedStatement query = scoped.prepareStatement(sql)) {
      query.setString(1, prefix + "%");
      try (ResultSet row = query.executeQuery()) {
        row.next();
        long n = row.getLong(1);
        scoped.rollback();
        return n;
      }
    }
  }

  @Test
  void aFileWithBadRowsImportsNothingAndNamesEveryProblem() throws SQLException {
    HttpResponse<String> response =
        uploadCsv(
            "15169",
            NGOC,
            csv(
                "MIX-1,thon ngoc son,,Nông thôn,1.000.000,0,,,Bùi Văn Một,01/01/1970,Nam,Mường,Chủ hộ,038070000101,Có,,",
                ",,,,,,,,Bùi Thị Hai,30/02/1972,Nữ,Mường,Vợ,038172000102,Có,,",
                "MIX-2,Thôn Không Có,,Nông thôn,,,,,Hà Văn Ba,01/01/1980,Ông,,Chủ hộ,12345,,,",
                "MIX-3,Thôn Ngọc Sơn,,Miền núi,,,Nghèo,,Lò Văn Bốn,01/01/1981,Nam,,Con,,,,"));

    assertEquals(
        List.of(
            "3 | Ngày sinh | Ngày \"30/02/1972\" không hợp lệ: ghi ngày/tháng/năm, ví dụ 05/03/1980.",
            "4 | Thôn | Xã không có thôn \"Thôn Không Có\".",
            "4 | Giới tính | Giới tính \"Ông\" không hợp lệ: ghi Nam hoặc Nữ.",
            "4 | Số CCCD | Số CCCD \"12345\" phải có 12 chữ số (hoặc 9 chữ số của CMND).",
            "5 | Khu vực | Khu vực \"Miền núi\" không hợp lệ: ghi Nông thôn hoặc Thành thị.",
            "5 | Năm | Chưa ghi.",
            "5 | Quan hệ với chủ hộ | Hộ MIX-3 có 0 chủ hộ; mỗi hộ phải có đúng một chủ hộ."),
        problems(response));
    assertEquals(0, count("15169", "household", "MIX-"), "not even the good household");
  }

  @Test
  void aGoodFileImportsEveryHouseholdInOneGo() throws SQLException {
    HttpResponse<String> response =
        uploadCsv(
            "15169",
            NGOC,
            csv(
                "OK-1,Thôn Ngọc Sơn,Xóm Đồi,Nông thôn,1.200.000,1,Nghèo,2024,Bùi Văn Khải,05/03/1975,Nam,Mường,Chủ hộ,038075000201,Không,9/12,Làm ruộng",
                ",,,,,,,,Bùi Thị Lan,07/08/1978,Nữ,Mường,Vợ,038178000202,Có,7/12,Làm ruộng",
                "OK-1,,,,,,,,Bùi Văn Minh,01/09/2010,Nam,Mường,Con,,Có,Đang học,",
                "OK-2,thôn ngọc sơn,,Thành thị,,,Cận nghèo,2024,Phạm Thị Nga,12/12/1960,Nữ,Kinh,Chủ hộ,038160000203,Có,,",
                "OK-3,Thôn Ngọc Sơn,,Nông thôn,3000000,,,,Trương Văn Oanh,,Nam,Kinh,Chủ hộ,,,,"));

    assertEquals(200, response.statusCode(), response.body());
    JsonObject body = json(response);
    assertEquals(3, body.getInt("imported"));
    assertEquals(5, body.getInt("people"));
    assertEquals(3, count("15169", "household", "OK-"));
    assertEquals(5, count("15169", "household_member", "OK-"));
    assertEquals(2, count("15169", "household_status", "OK-"), "the lists of 2024 it brought");
    JsonObject job =
        json(client.get("api/v1/units/15169/households/import/" + body.getString("job"), NGOC));
    assertEquals("DONE", job.getString("state"));
    assertEquals(5, job.getInt("rowsChecked"));
    assertEquals(100, job.getInt("percent"));

    HttpResponse<String> again =
        uploadCsv(
            "15169",
            NGOC,
            csv("OK-1,Thôn Ngọc Sơn,,Nông thôn,,,,,Bùi Văn Khải,,Nam,,Chủ hộ,038075000201,,,"));
    assertEquals(
        List.of(
            "2 | Mã hộ | Mã hộ OK-1 đã có trong sổ hộ của xã.",
            "2 | Số CCCD | Số CCCD 038075000201 đã có trong sổ hộ của xã."),
        problems(again));
  }

  @Test
  void theFilledTemplateImports() throws IOException, SQLException {
    byte[] template = client.getBytes("api/v1/units/15169/households/import-template", NGOC);
    byte[] filled;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertTrue(headers.contains("Bảo hiểm y tế"), "a column per indicator: " + headers);
      assertTrue(workbook.getSheet("Hướng dẫn") != null, "the guide sheet explains the columns");
      Row row = sheet.createRow(1);
      set(row, headers, "Mã hộ", "XL-1");
      set(row, headers, "Thôn", "Thôn Ngọc Sơn");
      set(row, headers, "Khu vực", "Nông thôn");
      set(row, headers, "Họ và tên", "Đinh Văn Phúc");
      set(row, headers, "Ngày sinh", "02/02/1990");
      set(row, headers, "Giới tính", "Nam");
      set(row, headers, "Quan hệ với chủ hộ", "Chủ hộ");
      set(row, headers, "Số CCCD", "038090000301");
      workbook.write(out);
      filled = out.toByteArray();
    }
    HttpResponse<String> response = upload("15169", NGOC, XLSX, filled);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(1, count("15169", "household", "XL-"));
  }

  private static void set(Row row, List<String> headers, String header, String value) {
    row.createCell(headers.indexOf(header)).setCellValue(value);
  }

  @Test
  void anIdNumberOnAnotherCommunesRegisterIsRefused() throws SQLException {
    assertEquals(
        200,
        uploadCsv(
                "15163",
                TAM,
                csv(
                    "TAM-1,Thôn Tâm Trung,,Nông thôn,,,,,Quách Văn Sơn,,Nam,,Chủ hộ,038085000401,,,"))
            .statusCode());

    HttpResponse<String> response =
        uploadCsv(
            "15169",
            NGOC,
            csv("DUP-1,Thôn Ngọc Sơn,,Nông thôn,,,,,Quách Văn Sơn,,Nam,,Chủ hộ,038085000401,,,"));
    assertEquals(
        List.of("2 | Số CCCD | Số CCCD 038085000401 đã có trong sổ hộ của một xã khác trong tỉnh."),
        problems(response));
    assertEquals(0, count("15169", "household", "DUP-"));
  }

  @Test
  void filesThatAreNotAGoodSpreadsheetAreRefusedWithAClearMessage()
      throws IOException, SQLException {
    byte[] junk = new byte[2048];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31 + 7);
    }
    assertEquals(
        List.of("- | - | Tệp không phải bảng tính Excel (.xlsx) hay CSV."),
        problems(upload("15169", NGOC, "application/octet-stream", junk)));

    assertEquals(
        List.of(
            "- | - | Tệp CSV không ở mã UTF-8: trong Excel hãy lưu với kiểu \"CSV UTF-8 (Comma"
                + " delimited)\"."),
        problems(
            upload(
                "15169",
                NGOC,
                "text/csv",
                csv("BAD-1,Thôn Ngọc Sơn,,Nông thôn,,,,,Lê Văn Tư,,Nam,,Chủ hộ,,,,")
                    .getBytes(StandardCharsets.ISO_8859_1))));

    assertEquals(
        List.of(
            "1 | Số điện thoại | Cột \"Số điện thoại\" không có trong mẫu.",
            "1 | Giới tính | Thiếu cột \"Giới tính\"."),
        problems(
            uploadCsv(
                "15169",
                NGOC,
                HEADER.replace("Giới tính", "Số điện thoại")
                    + "\r\nBAD-2,Thôn Ngọc Sơn,,Nông thôn,,,,,Lê Văn Tư,,Nam,,Chủ hộ,,,,\r\n")));

    byte[] template = client.getBytes("api/v1/units/15169/households/import-template", NGOC);
    byte[] withFormula;
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      Row row = sheet.createRow(1);
      set(row, headers, "Mã hộ", "BAD-3");
      set(row, headers, "Thôn", "Thôn Ngọc Sơn");
      set(row, headers, "Khu vực", "Nông thôn");
      set(row, headers, "Họ và tên", "Lê Văn Tư");
      set(row, headers, "Giới tính", "Nam");
      set(row, headers, "Quan hệ với chủ hộ", "Chủ hộ");
      row.createCell(headers.indexOf("Thu nhập bình quân (đồng/người/tháng)"))
          .setCellFormula("1000*1500");
      workbook.write(out);
      withFormula = out.toByteArray();
    }
    assertEquals(
        List.of("2 | Thu nhập bình quân (đồng/người/tháng) | Ô chứa công thức: hãy ghi giá trị."),
        problems(upload("15169", NGOC, XLSX, withFormula)));

    HttpResponse<String> english = upload("15169", NGOC, "application/octet-stream", junk, "en");
    assertEquals(
        List.of("- | - | The file is neither an Excel workbook (.xlsx) nor CSV."),
        problems(english));
    assertEquals(0, count("15169", "household", "BAD-"));
  }

  @Test
  void noOtherUnitReachesTheImport() throws SQLException {
    String file = csv("OUT-1,Thôn Ngọc Sơn,,Nông thôn,,,,,Lê Văn Tư,,Nam,,Chủ hộ,,,,");
    assertEquals(404, uploadCsv("15169", TAM, file).statusCode(), "another commune");
    assertEquals(
        404, client.get("api/v1/units/15169/households/import-template", TAM).statusCode());
    assertEquals(403, uploadCsv("15169", "390/phonglaodong", file).statusCode(), "the district");
    assertEquals(0, count("15169", "household", "OUT-"));
    assertEquals(404, client.get("api/v1/units/15169/households/import/none", NGOC).statusCode());
  }
}
