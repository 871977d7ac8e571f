package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.web.testing.PortalClient.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.web.testing.DeployedPortal;
import vn.giamngheo.web.testing.PortalClient;

/** The JSON API with HTTP Basic, against the portal deployed in Payara Micro with demo data. */
class ApiIT extends DeployedPortal {

  PortalClient client;

  @BeforeEach
  void connect() {
    client = new PortalClient(base);
  }

  @Test
  void aCommuneOutsideTheCallersScopeIsNotFoundExactlyLikeAMissingOne() {
    HttpResponse<String> other = client.get("api/v1/units/15160", "15163/vhcs");
    HttpResponse<String> missing = client.get("api/v1/units/99999", "15163/vhcs");
    assertEquals(404, other.statusCode());
    assertEquals(404, missing.statusCode());
    assertEquals(missing.body(), other.body(), "a hidden unit must look like a missing one");
    assertFalse(other.body().contains("Cẩm Châu"));
  }

  @Test
  void theDistrictOfficerReadsItsCommuneWithItsVillages() {
    HttpResponse<String> response = client.get("api/v1/units/15160", "390/phonglaodong");
    assertEquals(200, response.statusCode());
    JsonObject unit = json(response);
    assertEquals("Xã Cẩm Châu", unit.getString("name"));
    assertEquals("COMMUNE", unit.getString("level"));
    assertEquals("390", unit.getString("parentCode"));
    assertEquals(6, unit.getJsonArray("children").size(), "Cẩm Châu's demo villages");
  }

  @Test
  void theDistrictOfficerCannotReachAnotherDistrict() {
    // 380 is Thành phố Thanh Hóa, another district of the same province
    assertEquals(404, client.get("api/v1/units/380", "390/phonglaodong").statusCode());
    assertEquals(200, client.get("api/v1/units/380", "38/admin").statusCode());
  }

  @Test
  void meNamesTheUnitRolesAndScopeOfTheCaller() {
    JsonObject me = json(client.get("api/v1/me", "15160/vhcs"));
    assertEquals("15160", me.getJsonObject("unit").getString("code"));
    assertEquals(1, me.getJsonArray("roles").size());
    assertEquals("COMMUNE_STAFF", me.getJsonArray("roles").getString(0));
    List<String> scope = codes(me);
    assertTrue(scope.contains("15160"));
    assertTrue(scope.contains("15160-01"), "its villages are in scope");
    assertFalse(scope.contains("15163"));
    assertFalse(scope.contains("390"));
  }

  @Test
  void theSameUsernameInTwoCommunesIsTwoAccounts() {
    JsonObject camChau = json(client.get("api/v1/me", "15160/vhcs"));
    JsonObject camTam = json(client.get("api/v1/me", "15163/vhcs"));
    assertEquals("15160", camChau.getJsonObject("unit").getString("code"));
    assertEquals("15163", camTam.getJsonObject("unit").getString("code"));
  }

  @Test
  void theDistrictScopeHoldsItsSeventeenCommunes() {
    JsonObject me = json(client.get("api/v1/me", "390/phonglaodong"));
    long communes =
        me.getJsonArray("unitsInScope").getValuesAs(JsonObject.class).stream()
            .filter(unit -> unit.getString("level").equals("COMMUNE"))
            .count();
    assertEquals(17, communes);
  }

  @Test
  void withoutOrWithWrongCredentialsTheApiAsksForThemInVietnamese() {
    HttpResponse<String> anonymous = client.get("api/v1/me", null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertTrue(json(anonymous).getString("message").contains("đăng nhập"));
    HttpResponse<String> wrongUnit = client.get("api/v1/me", "15163/phonglaodong");
    assertEquals(401, wrongUnit.statusCode(), "phonglaodong exists only in 390");
  }

  @Test
  void aCommuneAddsVillagesOnlyToItself() {
    HttpResponse<String> foreign =
        client.post(
            "api/v1/units/15160/villages",
            "15163/vhcs",
            "application/json",
            "{\"name\":\"Thôn giả\"}");
    assertEquals(404, foreign.statusCode());
    HttpResponse<String> blank =
        client.post(
            "api/v1/units/15163/villages", "15163/vhcs", "application/json", "{\"name\":\" \"}");
    assertEquals(400, blank.statusCode());
    assertEquals("Cần nhập tên thôn, bản.", json(blank).getString("message"));
    HttpResponse<String> added =
        client.post(
            "api/v1/units/15163/villages",
            "15163/vhcs",
            "application/json",
            "{\"name\":\"Thôn Mới\"}");
    assertEquals(201, added.statusCode(), added.body());
    assertEquals("15163", json(added).getString("parentCode"));
    JsonObject camChau = json(client.get("api/v1/units/15160", "15160/vhcs"));
    assertFalse(camChau.toString().contains("Thôn Mới"));
  }

  @Test
  void onlyTheProvinceAdminImportsUnitsAndABadFileChangesNothing() {
    String path = "api/v1/units/import?province=38";
    assertEquals(403, client.post(path, "390/phonglaodong", "application/json", "[]").statusCode());
    HttpResponse<String> junk = client.post(path, "38/admin", "application/json", "{not json");
    assertEquals(400, junk.statusCode());
    assertTrue(json(junk).getString("message").contains("JSON"));
    HttpResponse<String> otherProvince =
        client.post(
            "api/v1/units/import?province=01",
            "38/admin",
            "application/json",
            "[{\"Code\":\"01\",\"FullName\":\"Thành phố Hà Nội\",\"Wards\":[]}]");
    assertEquals(400, otherProvince.statusCode());
    assertEquals(404, client.get("api/v1/units/01", "38/admin").statusCode());
    HttpResponse<String> rename =
        client.post(
            path,
            "38/admin",
            "application/json",
            "[{\"Code\":\"38\",\"FullName\":\"Tỉnh Thanh Hóa\",\"District\":["
                + "{\"Code\":\"390\",\"FullName\":\"Huyện Cẩm Thủy\",\"Ward\":["
                + "{\"Code\":\"15160\",\"FullName\":\"Xã Cẩm Châu\"},{\"Code\":\"\",\"FullName\":\"X\"}]}]}]");
    assertEquals(400, rename.statusCode(), "a unit without code fails the whole import");
  }

  @Test
  void theHealthEndpointReportsTheDatabase() {
    HttpResponse<String> health = client.get("/health/ready", null);
    assertEquals(200, health.statusCode());
    JsonObject database =
        json(health).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("database"))
            .findFirst()
            .orElseThrow();
    assertEquals("UP", database.getString("status"));
  }

  @Test
  void aCommuneReadsTheProgramItsProvincePublished() {
    JsonObject program = publishedProgram("15160/vhcs");
    assertEquals(2021, program.getInt("periodFrom"));
    List<JsonObject> projects = program.getJsonArray("components").getValuesAs(JsonObject.class);
    assertEquals(7, projects.size());
    JsonObject da3 = projects.get(2);
    assertEquals(
        "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", da3.getString("title"));
    assertEquals(2, da3.getJsonArray("subProjects").size());
    JsonObject rate =
        program.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
            .filter(indicator -> indicator.getString("code").equals("TL_HO_NGHEO"))
            .findFirst()
            .orElseThrow();
    assertEquals("WEIGHTED_AVERAGE", rate.getString("aggregation"));
    assertEquals("HO_TONG", rate.getString("denominator"));
  }

  @Test
  void onlyTheProvinceChangesItsProgramAndOnlyAsANewVersion() {
    JsonObject published = publishedProgram("38/admin");
    long id = published.getJsonNumber("id").longValue();
    String componentText =
        "{\"objective\":\"Mục tiêu sửa\",\"activities\":[\"Một\",\"Hai\"],\"targetGroups\":\"Hộ nghèo\"}";
    assertEquals(
        403,
        client
            .post("api/v1/programs/" + id + "/versions", "15160/chutich", "application/json", "")
            .statusCode());
    assertEquals(
        403,
        client
            .post("api/v1/programs/" + id + "/versions", "390/phonglaodong", "application/json", "")
            .statusCode());
    HttpResponse<String> frozen =
        client.put("api/v1/programs/" + id + "/components/DA2", "38/admin", componentText);
    assertEquals(400, frozen.statusCode());
    assertTrue(json(frozen).getString("message").contains("đã công bố"));

    HttpResponse<String> drafted =
        client.post("api/v1/programs/" + id + "/versions", "38/admin", "application/json", "");
    assertEquals(201, drafted.statusCode(), drafted.body());
    JsonObject draft = json(drafted);
    long draftId = draft.getJsonNumber("id").longValue();
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals(
        404,
        client.get("api/v1/programs/" + draftId, "15160/vhcs").statusCode(),
        "drafts stay with the province");

    assertEquals(
        200,
        client
            .put("api/v1/programs/" + draftId + "/components/DA2", "38/admin", componentText)
            .statusCode());
    assertEquals(
        200,
        client
            .post("api/v1/programs/" + draftId + "/publish", "38/admin", "application/json", "")
            .statusCode());

    JsonObject seenByCommune = json(client.get("api/v1/programs/" + draftId, "15160/vhcs"));
    assertEquals("Mục tiêu sửa", component(seenByCommune, "DA2").getString("objective"));
    JsonObject oldVersion = json(client.get("api/v1/programs/" + id, "15160/vhcs"));
    assertEquals(
        component(published, "DA2").getString("objective"),
        component(oldVersion, "DA2").getString("objective"),
        "publishing a new version leaves the old one as it was");
  }

  @Test
  void theProvinceStartsItsPlanOnceAndOnlyItSeesTheDraft() {
    long programId = publishedProgram("38/admin").getJsonNumber("id").longValue();
    String body = "{\"programId\":" + programId + ",\"components\":[\"DA1\",\"DA5\",\"DA4.TDA1\"]}";
    assertEquals(
        404,
        client
            .post("api/v1/units/38/plans", "15160/chutich", "application/json", body)
            .statusCode());
    HttpResponse<String> none =
        client.post(
            "api/v1/units/390/plans",
            "390/phonglaodong",
            "application/json",
            "{\"programId\":" + programId + ",\"components\":[]}");
    assertEquals(400, none.statusCode());
    assertTrue(json(none).getString("message").contains("ít nhất một"));

    HttpResponse<String> created =
        client.post("api/v1/units/38/plans", "38/admin", "application/json", body);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject plan = json(created);
    assertEquals("DRAFT", plan.getString("status"));
    assertEquals(
        1, plan.getJsonObject("template").getInt("version"), "started from the published template");
    assertEquals(
        List.of("DA1", "DA4", "DA5"),
        plan.getJsonArray("components").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("code"))
            .toList());
    HttpResponse<String> again =
        client.post("api/v1/units/38/plans", "38/admin", "application/json", body);
    assertEquals(400, again.statusCode());
    assertTrue(json(again).getString("message").contains("đã có kế hoạch"));
    long id = plan.getJsonNumber("id").longValue();
    assertEquals(
        404,
        client.get("api/v1/plans/" + id, "390/phonglaodong").statusCode(),
        "a draft of the level above stays with its unit");
    assertEquals(200, client.get("api/v1/plans/" + id, "38/admin").statusCode());

    String funding = "api/v1/plans/" + id + "/components/DA5/funding";
    HttpResponse<String> outside =
        client.put(funding, "38/admin", "{\"source\":\"CENTRAL\",\"year\":2030,\"amount\":5}");
    assertEquals(400, outside.statusCode());
    assertTrue(json(outside).getString("message").contains("2021 - 2025"), outside.body());
    assertEquals(
        400,
        client.put(funding, "38/admin", "{\"source\":\"CENTRAL\",\"year\":2023}").statusCode());
    assertEquals(
        400,
        client
            .put(funding, "38/admin", "{\"source\":\"GOLD\",\"year\":2023,\"amount\":5}")
            .statusCode());
    HttpResponse<String> funded =
        client.put(
            funding, "38/admin", "{\"source\":\"LOCAL\",\"year\":2023,\"amount\":1500000000}");
    assertEquals(200, funded.statusCode(), funded.body());
    assertTrue(funded.body().contains("\"amount\":1500000000"));
    assertEquals(
        404,
        client
            .put(funding, "15160/vhcs", "{\"source\":\"LOCAL\",\"year\":2023,\"amount\":1}")
            .statusCode());
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequestNotAFailure() {
    HttpResponse<String> junk =
        client.post("api/v1/units/15163/villages", "15163/vhcs", "application/json", "{not json");
    assertEquals(400, junk.statusCode());
    assertEquals("Yêu cầu không hợp lệ.", json(junk).getString("message"));
    HttpResponse<String> wrongShape =
        client.post(
            "api/v1/units/15163/plans", "15163/vhcs", "application/json", "{\"programId\":\"x\"}");
    assertEquals(400, wrongShape.statusCode());
  }

  @Test
  void anOfficerSeesAndReportsOnlyTheTasksOfThePositionTheyHold() {
    List<JsonObject> tasks =
        PortalClient.parse(client.get("api/v1/tasks", "15160/vhcs").body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertEquals(20, tasks.size(), "5 components led by the Culture–Policy officer × 2022–2025");
    assertTrue(
        tasks.stream()
            .allMatch(t -> t.getString("position").equals("Công chức Văn hóa Chính sách")));
    List<JsonObject> late = tasks.stream().filter(t -> t.getBoolean("late")).toList();
    assertFalse(late.isEmpty(), "the 2025 tasks are past due");
    assertTrue(late.stream().allMatch(t -> t.getInt("year") == 2025));
    assertEquals("[]", client.get("api/v1/tasks", "15163/vhcs").body());
    assertEquals(
        "[]", client.get("api/v1/tasks", "15160/chutich").body(), "the leader holds no position");

    long id = late.get(0).getJsonNumber("id").longValue();
    String done = "{\"status\":\"DONE\",\"note\":\"Đã nhân rộng 2 mô hình.\"}";
    assertEquals(
        404,
        client.post("api/v1/tasks/" + id, "15163/vhcs", "application/json", done).statusCode());
    HttpResponse<String> reported =
        client.post("api/v1/tasks/" + id, "15160/vhcs", "application/json", done);
    assertEquals(200, reported.statusCode(), reported.body());
    assertEquals("DONE", json(reported).getString("status"));
    assertFalse(json(reported).getBoolean("late"));

    long planId = late.get(0).getJsonNumber("planId").longValue();
    assertEquals(
        404, client.get("api/v1/plans/" + planId + "/progress", "15163/vhcs").statusCode());
    List<JsonObject> progress =
        PortalClient.parse(
                client.get("api/v1/plans/" + planId + "/progress", "390/phonglaodong").body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertEquals(8, progress.size(), "every applied component has a lead and so tasks");
    assertTrue(progress.stream().allMatch(row -> row.getInt("total") == 4));
  }

  @Test
  void aCommuneSeesWhatItsDistrictChangedAfterwardsAndTakesIt() {
    long programId = publishedProgram("390/phonglaodong").getJsonNumber("id").longValue();
    String district = "390/phonglaodong";
    JsonObject districtPlan =
        json(
            client.post(
                "api/v1/units/390/plans",
                district,
                "application/json",
                "{\"programId\":"
                    + programId
                    + ",\"components\":[\"DA2\",\"DA3.TDA2\",\"DA4.TDA3\"]}"));
    long districtId = districtPlan.getJsonNumber("id").longValue();
    assignTheDistrictsProjectTwo(districtId);
    rewrite(
        districtId,
        sectionId(districtPlan, "1. Mục đích:"),
        "a) Huyện cụ thể hóa Kế hoạch số 77/KH-UBND của tỉnh.",
        district);
    issue(districtId, "82/KH-UBND", "2022-04-07", district);

    String commune = "15169/vhcs";
    HttpResponse<String> started =
        client.post(
            "api/v1/units/15169/plans",
            commune,
            "application/json",
            "{\"programId\":" + programId + ",\"components\":[\"DA2\"]}");
    assertEquals(201, started.statusCode(), started.body());
    JsonObject communePlan = json(started);
    long communeId = communePlan.getJsonNumber("id").longValue();
    assertTrue(communePlan.getJsonObject("header").getString("preamble").contains("82/KH-UBND"));
    JsonObject communeProject = planComponent(communePlan, "DA2");
    assertFalse(
        communeProject.containsKey("lead"), "the district's positions are not the commune's");
    assertEquals(0, communeProject.getJsonArray("partners").size());
    assertEquals(
        "[]", client.get("api/v1/plans/" + communeId + "/upstream-changes", commune).body());

    JsonObject amendment =
        json(
            client.post("api/v1/plans/" + districtId + "/amend", district, "application/json", ""));
    long amendmentId = amendment.getJsonNumber("id").longValue();
    rewrite(
        amendmentId,
        sectionId(amendment, "1. Mục đích:"),
        "a) Huyện bổ sung chỉ tiêu năm 2023.",
        district);
    issue(amendmentId, "95/KH-UBND", "2023-03-01", district);

    String changesPath = "api/v1/plans/" + communeId + "/upstream-changes";
    assertEquals(404, client.get(changesPath, "15163/vhcs").statusCode());
    List<JsonObject> changes =
        PortalClient.parse(client.get(changesPath, commune).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertEquals(1, changes.size(), changes.toString());
    assertEquals("1. Mục đích:", changes.get(0).getString("heading"));
    assertEquals("a) Huyện bổ sung chỉ tiêu năm 2023.", changes.get(0).getString("upstreamText"));
    assertEquals(
        "a) Huyện cụ thể hóa Kế hoạch số 77/KH-UBND của tỉnh.",
        changes.get(0).getString("ownText"));

    String take = "{\"key\":\"" + changes.get(0).getString("key") + "\",\"take\":true}";
    assertEquals(
        404, client.post(changesPath, "15163/vhcs", "application/json", take).statusCode());
    HttpResponse<String> taken = client.post(changesPath, commune, "application/json", take);
    assertEquals(200, taken.statusCode(), taken.body());
    assertTrue(taken.body().contains("a) Huyện bổ sung chỉ tiêu năm 2023."));
    assertEquals("[]", client.get(changesPath, commune).body());
  }

  /** The district names its offices and assigns Project 2 to one, with two co-operating. */
  private void assignTheDistrictsProjectTwo(long planId) {
    String district = "390/phonglaodong";
    for (String office :
        List.of(
            "Phòng Lao động - Thương binh và Xã hội",
            "Phòng Nông nghiệp và PTNT",
            "Phòng Tài chính - Kế hoạch")) {
      HttpResponse<String> added =
          client.post(
              "api/v1/units/390/positions",
              district,
              "application/json",
              "{\"name\":\"" + office + "\"}");
      assertEquals(201, added.statusCode(), added.body());
    }
    assertEquals(404, client.get("api/v1/units/390/positions", "15160/vhcs").statusCode());
    String assignment = "api/v1/plans/" + planId + "/components/DA2/assignment";
    String body =
        "{\"lead\":\"Phòng Nông nghiệp và PTNT\",\"partners\":[\"Phòng Tài chính - Kế hoạch\","
            + "\"Phòng Lao động - Thương binh và Xã hội\"],\"deadline\":\"2025-06-30\","
            + "\"assignment\":\"Phòng Nông nghiệp và PTNT chủ trì.\"}";
    assertEquals(404, client.put(assignment, "15160/vhcs", body).statusCode());
    HttpResponse<String> unknown =
        client.put(assignment, district, body.replace("Phòng Tài chính - Kế hoạch", "Phòng Y tế"));
    assertEquals(400, unknown.statusCode());
    assertEquals("Đơn vị không có chức danh \"Phòng Y tế\".", json(unknown).getString("message"));
    assertFalse(
        planComponent(json(client.get("api/v1/plans/" + planId, district)), "DA2")
            .containsKey("lead"),
        "a refused assignment changes nothing");

    HttpResponse<String> assigned = client.put(assignment, district, body);
    assertEquals(200, assigned.statusCode(), assigned.body());
    JsonObject project = planComponent(json(assigned), "DA2");
    assertEquals("Phòng Nông nghiệp và PTNT", project.getString("lead"));
    assertEquals(
        List.of("Phòng Tài chính - Kế hoạch", "Phòng Lao động - Thương binh và Xã hội"),
        project.getJsonArray("partners").getValuesAs(JsonString::getString));
    assertEquals("2025-06-30", project.getString("deadline"));
  }

  private static JsonObject planComponent(JsonObject plan, String code) {
    return plan.getJsonArray("components").getValuesAs(JsonObject.class).stream()
        .filter(component -> component.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no component " + code + " in " + plan));
  }

  private static long sectionId(JsonObject plan, String heading) {
    for (JsonObject top : plan.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      for (JsonObject section : top.getJsonArray("sections").getValuesAs(JsonObject.class)) {
        if ((section.getString("number") + " " + section.getString("title")).equals(heading)) {
          return section.getJsonNumber("id").longValue();
        }
      }
    }
    throw new AssertionError("no section " + heading);
  }

  private void rewrite(long planId, long sectionId, String text, String caller) {
    HttpResponse<String> rewritten =
        client.put(
            "api/v1/plans/" + planId + "/sections/" + sectionId,
            caller,
            "{\"paragraphs\":[\"" + text + "\"]}");
    assertEquals(200, rewritten.statusCode(), rewritten.body());
  }

  private void issue(long planId, String number, String date, String caller) {
    assertEquals(
        200,
        client
            .post("api/v1/plans/" + planId + "/submit", caller, "application/json", "")
            .statusCode());
    HttpResponse<String> issued =
        client.post(
            "api/v1/plans/" + planId + "/issue",
            caller,
            "application/json",
            "{\"number\":\"" + number + "\",\"date\":\"" + date + "\"}");
    assertEquals(200, issued.statusCode(), issued.body());
  }

  private JsonObject publishedProgram(String caller) {
    JsonObject first =
        PortalClient.parse(client.get("api/v1/programs", caller).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(program -> program.getString("status").equals("PUBLISHED"))
            .filter(program -> program.getInt("version") == 1)
            .findFirst()
            .orElseThrow();
    return json(client.get("api/v1/programs/" + first.getJsonNumber("id").longValue(), caller));
  }

  private static JsonObject component(JsonObject program, String code) {
    return program.getJsonArray("components").getValuesAs(JsonObject.class).stream()
        .filter(component -> component.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> codes(JsonObject me) {
    return me.getJsonArray("unitsInScope").getValuesAs(JsonObject.class).stream()
        .map(unit -> unit.getString("code"))
        .toList();
  }
}
