package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.web.testing.PortalClient.json;
import static vn.giamngheo.web.testing.PortalClient.parse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.web.testing.DeployedPortal;
import vn.giamngheo.web.testing.PortalClient;
import vn.giamngheo.web.testing.PortalTestEnvironment;
import vn.giamngheo.web.testing.TestAccounts;

/**
 * Poverty rates, classification and the standards through the API. Cẩm Tân (15178) gets a register
 * of its own for 2031–2032 in two villages, years no demo data holds.
 */
class PovertyRatesApiIT extends DeployedPortal {
  private static final String CAM_TAN = "15178/vhcs";
  private static final String CAM_CHAU = "15160/vhcs";
  private static final String DISTRICT = "390/phonglaodong";

  PortalClient client;

  @BeforeEach
  void connect() {
    client = new PortalClient(base);
  }

  /**
   * Cẩm Tân's register, written straight into the portal's database (the register has no write API
   * here): Thôn A with 3 households, Thôn B with 2; 2031: A1, A2 poor, B1 near-poor; 2032: A1 poor,
   * A2 near-poor (escaped), B2 poor (newly), B1 off the lists (escaped near-poverty).
   */
  @BeforeAll
  static void camTanHasARegister() throws SQLException {
    TestAccounts.copy("15169", "vhcs", "15178");
    try (Connection owner = PortalTestEnvironment.database().connectAsOwner()) {
      execute(
          owner,
          "SELECT set_config('portal.read_path', '/', false),"
              + " set_config('portal.write_path', '/', false)");
      long commune =
          id(owner, "SELECT id FROM admin_unit WHERE code = '15178' AND valid_to IS NULL");
      if (id(owner, "SELECT count(*) FROM household WHERE code = 'IT-A1'") > 0) {
        return;
      }
      long villageA = village(owner, commune, "15178-IT-A", "Thôn A");
      long villageB = village(owner, commune, "15178-IT-B", "Thôn B");
      household(owner, commune, villageA, "IT-A1", "POOR", "POOR");
      household(owner, commune, villageA, "IT-A2", "POOR", "NEAR_POOR");
      household(owner, commune, villageA, "IT-A3", null, null);
      household(owner, commune, villageB, "IT-B1", "NEAR_POOR", null);
      household(owner, commune, villageB, "IT-B2", null, "POOR");
    }
  }

  private static long village(Connection c, long commune, String code, String name)
      throws SQLException {
    return id(
        c,
        "INSERT INTO admin_unit (code, name, level_id, parent_id, valid_from)"
            + " VALUES (?, ?, 4, ?, DATE '2021-01-01') RETURNING id",
        code,
        name,
        commune);
  }

  private static void household(
      Connection c, long commune, long village, String code, String of2031, String of2032)
      throws SQLException {
    long household =
        id(
            c,
            "INSERT INTO household (unit_id, village_id, code, head_name, area_type, registered_on)"
                + " VALUES (?, ?, ?, ?, 'RURAL', DATE '2030-01-01') RETURNING id",
            commune,
            village,
            code,
            "Chủ hộ " + code);
    String[] lists = {of2031, of2032};
    for (int i = 0; i < 2; i++) {
      if (lists[i] != null) {
        execute(
            c,
            "INSERT INTO household_status (unit_id, household_id, year, status, source,"
                + " recognised_on) VALUES (?, ?, ?, ?, 'IMPORT', DATE '2032-12-31')",
            commune,
            household,
            2031 + i,
            lists[i]);
      }
    }
  }

  private static long id(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }

  private static BigDecimal number(JsonObject line, String field) {
    return line.getJsonNumber(field).bigDecimalValue();
  }

  private static JsonObject child(JsonObject rates, String code) {
    return rates.getJsonArray("children").getValuesAs(JsonObject.class).stream()
        .filter(line -> line.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line of " + code));
  }

  @Test
  void aCommunesRatesWithOneLinePerVillage() {
    JsonObject rates = json(client.get("api/v1/units/15178/poverty-rates?year=2032", CAM_TAN));
    JsonObject own = rates.getJsonObject("unit");
    assertEquals(5, own.getInt("households"));
    assertEquals(2, own.getInt("poor"));
    assertEquals(1, own.getInt("nearPoor"));
    assertEquals(0, new BigDecimal("40.00").compareTo(number(own, "poorRate")));
    assertEquals(0, new BigDecimal("20.00").compareTo(number(own, "nearPoorRate")));
    assertEquals(0, BigDecimal.ZERO.compareTo(number(own, "changePoints")), "40% both years");

    JsonObject thonA = child(rates, "15178-IT-A");
    assertEquals(3, thonA.getInt("households"));
    assertEquals(1, thonA.getInt("poor"));
    assertEquals(0, new BigDecimal("33.33").compareTo(number(thonA, "poorRate")));
    assertEquals(0, new BigDecimal("-33.34").compareTo(number(thonA, "changePoints")));
    JsonObject thonB = child(rates, "15178-IT-B");
    assertEquals(0, new BigDecimal("50.00").compareTo(number(thonB, "poorRate")));
    assertEquals(0, new BigDecimal("50.00").compareTo(number(thonB, "changePoints")));

    JsonObject first = json(client.get("api/v1/units/15178/poverty-rates?year=2031", CAM_TAN));
    assertFalse(first.getJsonObject("unit").containsKey("changePoints"), "2030 is not known");
  }

  @Test
  void theDistrictCountsOnlyCommunesWithKnownLists() {
    JsonObject rates = json(client.get("api/v1/units/390/poverty-rates?year=2032", DISTRICT));
    JsonObject own = rates.getJsonObject("unit");
    assertEquals(1, own.getInt("communesKnown"));
    assertEquals(17, own.getInt("communes"));
    assertEquals(5, own.getInt("households"));
    JsonObject camTan = child(rates, "15178");
    assertEquals(2, camTan.getInt("poor"));
    assertFalse(child(rates, "15160").containsKey("poorRate"), "Cẩm Châu's 2032 lists are unknown");
  }

  @Test
  void anotherCommunesUnitIsNotFoundLikeAnUnknownOne() {
    HttpResponse<String> other = client.get("api/v1/units/15178/poverty-rates?year=2032", CAM_CHAU);
    HttpResponse<String> unknown =
        client.get("api/v1/units/99999/poverty-rates?year=2032", CAM_CHAU);
    assertEquals(404, other.statusCode());
    assertEquals(404, unknown.statusCode());
    assertEquals(unknown.body(), other.body());
    assertEquals(404, client.get("api/v1/units/390/poverty-rates?year=2032", CAM_TAN).statusCode());
  }

  @Test
  void theStandardsAreListedWithTheirLinesAndIndicators() {
    JsonArray standards =
        (JsonArray) parse(client.get("api/v1/poverty/standards", CAM_CHAU).body());
    List<String> codes =
        standards.getValuesAs(JsonObject.class).stream().map(s -> s.getString("code")).toList();
    assertEquals(List.of("CN-2022-2025", "CN-2027-2030"), codes);
    JsonObject first = standards.getJsonObject(0);
    assertEquals(1_500_000, first.getJsonObject("rural").getInt("poverty"));
    assertEquals(2_000_000, first.getJsonObject("urban").getInt("poverty"));
    assertEquals(3, first.getInt("poorMinDeprivations"));
    assertEquals(
        12,
        first.getJsonArray("dimensions").getValuesAs(JsonObject.class).stream()
            .mapToInt(d -> d.getJsonArray("indicators").size())
            .sum());
  }

  private static final String NOT_DEPRIVED =
      "\"VIEC_LAM\": 0, \"NGUOI_PHU_THUOC\": 0, \"DINH_DUONG\": 0, \"BAO_HIEM_Y_TE\": 0,"
          + " \"TRINH_DO_GIAO_DUC\": 0, \"TRE_EM_DI_HOC\": 0, \"DIEN_TICH_NHA\": 20,"
          + " \"NUOC_SINH_HOAT\": 1, \"TIEP_CAN_THONG_TIN\": 1";

  private HttpResponse<String> classify(String body) {
    return client.post("api/v1/poverty/classify", CAM_CHAU, "application/json", body);
  }

  @Test
  void aSurveyIsClassifiedUnderTheStandardInForceOnItsDay() {
    String deprived =
        "{\"areaType\": \"RURAL\", \"income\": %d, \"date\": \"%s\", \"answers\": {"
            + NOT_DEPRIVED
            + ", \"CHAT_LUONG_NHA\": 2, \"NHA_TIEU\": 0, \"DICH_VU_VIEN_THONG\": 0}}";
    HttpResponse<String> poor = classify(String.format(deprived, 1_500_000, "2024-10-01"));
    assertEquals(200, poor.statusCode(), poor.body());
    JsonObject result = json(poor);
    assertEquals("POOR", result.getString("status"));
    assertEquals("CN-2022-2025", result.getJsonObject("standard").getString("code"));
    assertEquals(
        List.of("CHAT_LUONG_NHA", "NHA_TIEU", "DICH_VU_VIEN_THONG"),
        result.getJsonArray("deprivations").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getString("indicator"))
            .toList());
    assertEquals(
        "HOUSING", result.getJsonArray("deprivations").getJsonObject(0).getString("dimension"));

    JsonObject later = json(classify(String.format(deprived, 2_000_000, "2028-03-01")));
    assertEquals("POOR", later.getString("status"), "2,000,000 is under 2027's 2,200,000");
    assertEquals("CN-2027-2030", later.getJsonObject("standard").getString("code"));
  }

  @Test
  void badSurveysAreRefusedInVietnamese() {
    HttpResponse<String> missing =
        classify(
            "{\"areaType\": \"RURAL\", \"income\": 1000000, \"date\": \"2024-10-01\","
                + " \"answers\": {"
                + NOT_DEPRIVED
                + "}}");
    assertEquals(400, missing.statusCode());
    String message = json(missing).getString("message");
    assertTrue(message.contains("còn thiếu"), message);
    assertTrue(message.contains("CHAT_LUONG_NHA"), message);

    HttpResponse<String> area =
        classify("{\"areaType\": \"MOUNTAIN\", \"income\": 1000000, \"answers\": {}}");
    assertEquals(400, area.statusCode());
    assertTrue(json(area).getString("message").contains("Khu vực"));

    HttpResponse<String> yesNo =
        classify(
            "{\"areaType\": \"URBAN\", \"income\": 1000000, \"date\": \"2024-10-01\","
                + " \"answers\": {"
                + NOT_DEPRIVED
                + ", \"CHAT_LUONG_NHA\": 0, \"NHA_TIEU\": 2, \"DICH_VU_VIEN_THONG\": 1}}");
    assertEquals(400, yesNo.statusCode());
    assertTrue(json(yesNo).getString("message").contains("NHA_TIEU"));

    HttpResponse<String> noStandard =
        classify(
            "{\"areaType\": \"URBAN\", \"income\": 1000000, \"date\": \"2020-01-01\","
                + " \"answers\": {}}");
    assertEquals(400, noStandard.statusCode());
    assertFalse(json(noStandard).getString("message").isBlank());

    HttpResponse<String> junk = classify("not json");
    assertEquals(400, junk.statusCode());
  }

  @Test
  void theYearsTransitionsAreCountedWithTheRates() {
    JsonObject transitions =
        json(client.get("api/v1/units/15178/poverty-rates?year=2032", CAM_TAN))
            .getJsonObject("transitions");
    assertEquals(1, transitions.getInt("STAYED_POOR"), "A1");
    assertEquals(1, transitions.getInt("ESCAPED_POVERTY"), "A2, poor to near-poor");
    assertEquals(1, transitions.getInt("NEWLY_POOR"), "B2");
    assertEquals(1, transitions.getInt("ESCAPED_NEAR_POVERTY"), "B1");
    assertEquals(0, transitions.getInt("FELL_BACK"));
    assertEquals(0, transitions.getInt("NEWLY_NEAR_POOR"));
    JsonObject district =
        json(client.get("api/v1/units/390/poverty-rates?year=2032", DISTRICT))
            .getJsonObject("transitions");
    assertEquals(1, district.getInt("ESCAPED_POVERTY"));
    JsonObject first =
        json(client.get("api/v1/units/15178/poverty-rates?year=2031", CAM_TAN))
            .getJsonObject("transitions");
    assertEquals(0, first.getInt("NEWLY_POOR"), "no lists of 2030 to compare with");
  }
}
