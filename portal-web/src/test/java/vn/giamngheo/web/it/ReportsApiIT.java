package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.web.testing.PortalClient.json;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.web.testing.DeployedPortal;
import vn.giamngheo.web.testing.PortalClient;
import vn.giamngheo.web.testing.TestAccounts;

/**
 * Targets down and reports up through the API, against the demo's 2022 data: the district's
 * completeness matrix, consolidation of approved reports only, a commune's report through its whole
 * workflow, and that no other commune reaches any of it.
 */
class ReportsApiIT extends DeployedPortal {
  private static final String DISTRICT = "390/phonglaodong";
  private static final String CAM_CHAU_STAFF = "15160/vhcs";
  private static final String CAM_CHAU_LEADER = "15160/chutich";
  private static final String CAM_TAM_STAFF = "15163/vhcs";

  PortalClient client;

  @BeforeEach
  void connect() {
    client = new PortalClient(base);
  }

  @Test
  void theDistrictSeesEveryCommunesReportInEveryStateOfTheDemo() {
    List<JsonObject> rows = completeness("390", "2022-Q1", DISTRICT);
    assertEquals(17, rows.size(), "Cẩm Thủy's 17 communes");
    Set<String> states =
        rows.stream().map(row -> row.getString("status")).collect(Collectors.toSet());
    assertEquals(Set.of("APPROVED", "SUBMITTED", "RETURNED", "DRAFT", "NOT_STARTED"), states);
    assertTrue(
        rows.stream()
            .filter(row -> Set.of("DRAFT", "NOT_STARTED").contains(row.getString("status")))
            .allMatch(row -> row.getBoolean("late")),
        "2022's open reports are long past due");
    assertEquals(
        404,
        client.get("api/v1/units/390/completeness?period=2022-Q1", CAM_CHAU_STAFF).statusCode());
    assertEquals(
        400, client.get("api/v1/units/390/completeness?period=2022-Q5", DISTRICT).statusCode());
  }

  @Test
  void consolidationCountsApprovedReportsOnlyUnlessAskedAndDrillsDownToTheCommune() {
    JsonObject approved =
        json(client.get("api/v1/units/390/consolidated?period=2022-Q1", DISTRICT));
    JsonObject escaped = indicator(approved, "HO_THOAT_NGHEO");
    BigDecimal sumOfApproved = BigDecimal.ZERO;
    for (JsonObject row : completeness("390", "2022-Q1", DISTRICT)) {
      if (row.getString("status").equals("APPROVED")) {
        JsonObject report =
            json(client.get("api/v1/reports/" + row.getJsonNumber("reportId"), DISTRICT));
        sumOfApproved = sumOfApproved.add(value(report, "HO_THOAT_NGHEO"));
      }
    }
    assertEquals(0, sumOfApproved.compareTo(escaped.getJsonNumber("value").bigDecimalValue()));
    BigDecimal sumOfParts =
        escaped.getJsonArray("parts").getValuesAs(JsonObject.class).stream()
            .filter(part -> part.containsKey("value"))
            .map(part -> part.getJsonNumber("value").bigDecimalValue())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sumOfApproved.compareTo(sumOfParts));
    assertEquals(470, escaped.getJsonNumber("target").intValue(), "Cẩm Thủy's 2022 target");

    JsonObject all =
        json(
            client.get(
                "api/v1/units/390/consolidated?period=2022-Q1&includeUnapproved=true", DISTRICT));
    assertTrue(all.getBoolean("includeUnapproved"));
    assertTrue(
        indicator(all, "HO_THOAT_NGHEO")
                .getJsonNumber("value")
                .bigDecimalValue()
                .compareTo(sumOfApproved)
            > 0);

    JsonObject province =
        json(client.get("api/v1/units/38/consolidated?period=2022-Q1", "38/admin"));
    JsonObject camThuy =
        indicator(province, "HO_THOAT_NGHEO")
            .getJsonArray("parts")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(part -> part.getString("unit").equals("390"))
            .findFirst()
            .orElseThrow();
    assertEquals(0, sumOfApproved.compareTo(camThuy.getJsonNumber("value").bigDecimalValue()));
    assertEquals(
        404,
        client.get("api/v1/units/390/consolidated?period=2022-Q1", CAM_CHAU_STAFF).statusCode());

    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(
                client.getBytes("api/v1/units/390/consolidated.xlsx?period=2022-Q1", DISTRICT)))) {
      Sheet figures = workbook.getSheet("390");
      Row row =
          StreamSupport.stream(figures.spliterator(), false)
              .filter(
                  r ->
                      r.getCell(0) != null
                          && r.getCell(0).getStringCellValue().equals("HO_THOAT_NGHEO"))
              .findFirst()
              .orElseThrow();
      assertEquals(sumOfApproved.doubleValue(), row.getCell(4).getNumericCellValue());
      assertEquals(
          "Xã Cẩm Châu",
          figures.getRow(3).getCell(5 + indexOfCamChau(escaped)).getStringCellValue());
      assertTrue(workbook.getSheet("Thuyết minh") != null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertEquals(
        404,
        client
            .get("api/v1/units/390/consolidated.xlsx?period=2022-Q1", CAM_CHAU_STAFF)
            .statusCode());
  }

  private static int indexOfCamChau(JsonObject line) {
    List<JsonObject> parts = line.getJsonArray("parts").getValuesAs(JsonObject.class);
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).getString("unit").equals("15160")) {
        return i;
      }
    }
    throw new AssertionError("Cẩm Châu is not among the parts");
  }

  @Test
  void aReportWithoutItsRequiredValuesIsNotSubmitted() throws SQLException {
    TestAccounts.copy("15160", "vhcs", "15184");
    TestAccounts.copy("15160", "chutich", "15184");
    String path = "api/v1/reports/" + reportOf("15184", "2022-Q3", "15184/vhcs");
    int version = json(client.put(path, "15184/vhcs", writing(0, 6, null))).getInt("version");
    HttpResponse<String> incomplete =
        client.post(path + "/submit", "15184/chutich", "application/json", step(version, null));
    assertEquals(400, incomplete.statusCode(), "Cẩm Vân has no register to fill them in");
    assertTrue(
        json(incomplete).getJsonArray("problems").getValuesAs(JsonObject.class).stream()
            .anyMatch(p -> p.getString("indicator").equals("HO_TONG")));
  }

  @Test
  void aCommunesReportGoesUpIsReturnedResubmittedAndApproved() {
    long id = reportOf("15160", "2022-Q3", CAM_CHAU_STAFF);
    String path = "api/v1/reports/" + id;
    assertEquals(404, client.get(path, CAM_TAM_STAFF).statusCode());
    assertEquals(404, client.put(path, CAM_TAM_STAFF, writing(0, 5, null)).statusCode());

    HttpResponse<String> bad = client.put(path, CAM_CHAU_STAFF, writing(0, -5, null));
    assertEquals(400, bad.statusCode());
    JsonArray problems = json(bad).getJsonArray("problems");
    assertEquals("HO_THOAT_NGHEO", problems.getJsonObject(0).getString("indicator"));
    assertEquals("Giá trị không được âm.", problems.getJsonObject(0).getString("message"));
    assertEquals("NOT_STARTED", json(client.get(path, CAM_CHAU_STAFF)).getString("status"));

    JsonObject draft = json(client.put(path, CAM_CHAU_STAFF, writing(0, 6, null)));
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals(0, new BigDecimal(6).compareTo(value(draft, "HO_THOAT_NGHEO")));
    int version = draft.getInt("version");
    assertEquals(
        "Chỉ lãnh đạo đơn vị mới phê duyệt và gửi báo cáo.",
        json(client.post(path + "/submit", CAM_CHAU_STAFF, "application/json", step(version, null)))
            .getString("message"));

    assertNotNull(value(draft, "HO_TONG"), "Cẩm Châu's register fills its households in");
    assertTrue(value(draft, "HO_TONG").signum() > 0);

    version = json(client.put(path, CAM_CHAU_STAFF, complete(version))).getInt("version");
    JsonObject submitted =
        json(
            client.post(
                path + "/submit", CAM_CHAU_LEADER, "application/json", step(version, null)));
    assertEquals("SUBMITTED", submitted.getString("status"));
    assertEquals(
        400,
        client
            .put(path, CAM_CHAU_STAFF, writing(submitted.getInt("version"), 7, null))
            .statusCode());
    assertEquals(
        "Chỉ cán bộ cấp trên trực tiếp mới duyệt hoặc trả lại báo cáo này.",
        json(client.post(
                path + "/approve",
                CAM_CHAU_LEADER,
                "application/json",
                step(submitted.getInt("version"), null)))
            .getString("message"));

    int stale = submitted.getInt("version") - 1;
    assertTrue(
        json(client.post(path + "/approve", DISTRICT, "application/json", step(stale, null)))
            .getString("message")
            .contains("vừa được 15160/chutich thay đổi"));
    assertEquals(
        400,
        client
            .post(
                path + "/return",
                DISTRICT,
                "application/json",
                step(submitted.getInt("version"), " "))
            .statusCode());
    JsonObject returned =
        json(
            client.post(
                path + "/return",
                DISTRICT,
                "application/json",
                step(submitted.getInt("version"), "Bổ sung số hộ cận nghèo theo rà soát.")));
    assertEquals("RETURNED", returned.getString("status"));
    assertEquals("Bổ sung số hộ cận nghèo theo rà soát.", returned.getString("returnComment"));
    assertEquals(
        404,
        client.get("api/v1/reports/" + id, CAM_TAM_STAFF).statusCode(),
        "nor the comment to another commune");

    JsonObject resubmitted =
        json(
            client.post(
                path + "/submit",
                CAM_CHAU_LEADER,
                "application/json",
                step(returned.getInt("version"), null)));
    assertEquals("SUBMITTED", resubmitted.getString("status"));
    JsonObject approved =
        json(
            client.post(
                path + "/approve",
                DISTRICT,
                "application/json",
                step(resubmitted.getInt("version"), null)));
    assertEquals("APPROVED", approved.getString("status"));
    List<String> history =
        approved.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("actor") + ":" + e.getString("from") + ">" + e.getString("to"))
            .toList();
    assertEquals(
        List.of(
            "15160/chutich:DRAFT>SUBMITTED",
            "390/phonglaodong:SUBMITTED>RETURNED",
            "15160/chutich:RETURNED>SUBMITTED",
            "390/phonglaodong:SUBMITTED>APPROVED"),
        history);
    assertEquals(
        400,
        client
            .post(
                path + "/unapprove",
                DISTRICT,
                "application/json",
                step(approved.getInt("version"), null))
            .statusCode(),
        "taking an approval back needs a reason");
    JsonObject unapproved =
        json(
            client.post(
                path + "/unapprove",
                DISTRICT,
                "application/json",
                step(approved.getInt("version"), "Số liệu giải ngân cần đối chiếu lại.")));
    assertEquals("SUBMITTED", unapproved.getString("status"));

    String pdf = pdfText(client.getBytes(path + "/document.pdf", DISTRICT));
    assertTrue(pdf.contains("BÁO CÁO"), pdf);
    assertTrue(pdf.contains("quý 3 năm 2022"), pdf);
    assertTrue(pdf.contains("Số hộ thoát nghèo"), pdf);
    assertTrue(pdf.contains("Đã hỗ trợ 6 hộ thoát nghèo."), pdf);
    assertTrue(pdf.contains("Nơi nhận:"), pdf);
    assertEquals(404, client.get(path + "/document.pdf", CAM_TAM_STAFF).statusCode());
  }

  private static String pdfText(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append(' ');
      }
      return text.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void twoOfficersDecidingAtOnceMakeOneDecision() {
    long id = reportOf("15163", "2022-Q3", CAM_TAM_STAFF);
    String path = "api/v1/reports/" + id;
    int version = json(client.put(path, CAM_TAM_STAFF, complete(0))).getInt("version");
    int submitted =
        json(client.post(
                path + "/submit", "15163/chutich", "application/json", step(version, null)))
            .getInt("version");
    CompletableFuture<HttpResponse<String>> approve =
        CompletableFuture.supplyAsync(
            () ->
                client.post(
                    path + "/approve", DISTRICT, "application/json", step(submitted, null)));
    CompletableFuture<HttpResponse<String>> giveBack =
        CompletableFuture.supplyAsync(
            () ->
                client.post(
                    path + "/return",
                    DISTRICT,
                    "application/json",
                    step(submitted, "Thiếu thuyết minh.")));
    List<Integer> codes = List.of(approve.join().statusCode(), giveBack.join().statusCode());
    assertTrue(codes.contains(200) && codes.contains(400), codes.toString());
    JsonObject report = json(client.get(path, DISTRICT));
    assertTrue(Set.of("APPROVED", "RETURNED").contains(report.getString("status")));
    assertEquals(2, report.getJsonArray("history").size(), "submitted, then one decision");
  }

  @Test
  void targetsGoDownAndAShortfallIsPublishedOnlyWithAReason() {
    JsonObject own =
        target(
            client.get("api/v1/units/15160/targets?year=2022", CAM_CHAU_STAFF), "HO_THOAT_NGHEO");
    assertEquals("PUBLISHED", own.getString("status"));
    assertEquals(
        404, client.get("api/v1/units/15160/targets?year=2022", CAM_TAM_STAFF).statusCode());
    JsonObject acknowledged =
        target(
            client.post(
                "api/v1/units/15160/targets/HO_THOAT_NGHEO/acknowledge",
                CAM_CHAU_STAFF,
                "application/json",
                "{\"year\":2022}"),
            "HO_THOAT_NGHEO");
    assertNotNull(acknowledged.getString("acknowledgedAt"));

    JsonObject district =
        target(client.get("api/v1/units/390/targets?year=2022", DISTRICT), "HO_THOAT_NGHEO");
    assertEquals(470, district.getJsonNumber("value").intValue());
    assertEquals(17, district.getJsonArray("allocations").size());
    assertEquals(470, district.getJsonNumber("allocatedSum").intValue());

    String admin = "38/admin";
    assertEquals(
        201,
        client
            .post(
                "api/v1/units/38/targets",
                admin,
                "application/json",
                "{\"indicator\":\"MO_HINH\",\"year\":2023,\"value\":100}")
            .statusCode());
    JsonArray districts = json(client.get("api/v1/units/38", admin)).getJsonArray("children");
    StringBuilder parts = new StringBuilder();
    for (JsonObject d : districts.getValuesAs(JsonObject.class)) {
      parts
          .append(parts.length() == 0 ? "" : ",")
          .append('"')
          .append(d.getString("code"))
          .append("\":")
          .append(d.getString("code").equals("390") ? 10 : 3);
    }
    HttpResponse<String> allocated =
        client.put(
            "api/v1/units/38/targets/MO_HINH/allocations",
            admin,
            "{\"year\":2023,\"parts\":{" + parts + "}}");
    assertEquals(200, allocated.statusCode(), allocated.body());
    String publish = "api/v1/units/38/targets/MO_HINH/publish";
    HttpResponse<String> unexplained =
        client.post(publish, admin, "application/json", "{\"year\":2023}");
    assertEquals(400, unexplained.statusCode());
    assertTrue(json(unexplained).getString("message").contains("chưa đạt chỉ tiêu"));
    assertTrue(
        PortalClient.parse(client.get("api/v1/units/390/targets?year=2023", DISTRICT).body())
            .asJsonArray()
            .isEmpty(),
        "nothing reaches the district before it is published");
    assertEquals(
        200,
        client
            .post(
                publish,
                admin,
                "application/json",
                "{\"year\":2023,\"reason\":\"Các huyện miền núi được giao giảm do thiếu vốn đối ứng.\"}")
            .statusCode());
    assertEquals(
        10,
        target(client.get("api/v1/units/390/targets?year=2023", DISTRICT), "MO_HINH")
            .getJsonNumber("value")
            .intValue());
    assertEquals(
        404,
        client
            .put(
                "api/v1/units/390/targets/MO_HINH/allocations",
                CAM_CHAU_LEADER,
                "{\"year\":2023,\"parts\":{\"15160\":5}}")
            .statusCode(),
        "a commune does not reach its district's targets");
    assertEquals(
        200,
        client
            .put(
                "api/v1/units/390/targets/MO_HINH/allocations",
                DISTRICT,
                "{\"year\":2023,\"parts\":{\"15163\":2}}")
            .statusCode());
    assertEquals(
        "Còn 16 đơn vị trực thuộc chưa được giao chỉ tiêu.",
        json(client.post(
                "api/v1/units/390/targets/MO_HINH/publish",
                DISTRICT,
                "application/json",
                "{\"year\":2023}"))
            .getString("message"));
  }

  private List<JsonObject> completeness(String unit, String period, String caller) {
    HttpResponse<String> response =
        client.get("api/v1/units/" + unit + "/completeness?period=" + period, caller);
    assertEquals(200, response.statusCode(), response.body());
    return json(response).getJsonArray("units").getValuesAs(JsonObject.class);
  }

  private long reportOf(String unit, String period, String caller) {
    return PortalClient.parse(
            client.get("api/v1/units/" + unit + "/reports?year=2022", caller).body())
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(report -> report.getString("period").equals(period))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject indicator(JsonObject consolidated, String code) {
    return consolidated.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
        .filter(line -> line.getString("indicator").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject target(HttpResponse<String> response, String code) {
    assertEquals(true, response.statusCode() < 300, response.body());
    return PortalClient.parse(response.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(line -> line.getString("indicator").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no target " + code + " in " + response.body()));
  }

  private static BigDecimal value(JsonObject report, String code) {
    return report.getJsonArray("values").getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getString("indicator").equals(code))
        .findFirst()
        .map(v -> v.getJsonNumber("value"))
        .map(JsonNumber::bigDecimalValue)
        .orElse(null);
  }

  private static String writing(int version, int escaped, String comment) {
    return "{\"version\":"
        + version
        + ",\"values\":[{\"indicator\":\"HO_THOAT_NGHEO\",\"value\":"
        + escaped
        + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
        + "}]}";
  }

  private static String complete(int version) {
    Map<String, String> values =
        Map.of(
            "HO_TONG", "1850",
            "HO_NGHEO", "96",
            "HO_CAN_NGHEO", "71",
            "TL_HO_NGHEO", "5.19",
            "HO_THOAT_NGHEO", "4");
    String list =
        values.entrySet().stream()
            .map(
                e ->
                    "{\"indicator\":\""
                        + e.getKey()
                        + "\",\"value\":"
                        + e.getValue()
                        + ",\"comment\":\"Theo kết quả rà soát giữa năm.\"}")
            .collect(Collectors.joining(","));
    return "{\"version\":"
        + version
        + ",\"values\":["
        + list
        + "],\"narrative\":{\"RESULTS\":"
        + "\"Đã hỗ trợ 6 hộ thoát nghèo.\"}}";
  }

  private static String step(int version, String comment) {
    return "{\"version\":"
        + version
        + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
        + "}";
  }
}
