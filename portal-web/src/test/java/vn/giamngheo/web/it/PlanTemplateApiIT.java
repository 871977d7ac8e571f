package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.web.testing.PortalClient.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.web.testing.DeployedPortal;
import vn.giamngheo.web.testing.PortalClient;

/** The plan template over the API: every unit reads what the province published; only it writes. */
class PlanTemplateApiIT extends DeployedPortal {
  private static final String PURPOSE_TEXT = "Cụ thể hóa Kế hoạch của tỉnh trên địa bàn.";

  PortalClient client;

  @BeforeEach
  void connect() {
    client = new PortalClient(base);
  }

  @Test
  void everyUnitReadsThePublishedVersionsOfItsProvincesTemplate() {
    List<JsonObject> versions = versions("15163/vhcs");
    assertFalse(versions.isEmpty());
    assertTrue(versions.stream().allMatch(v -> v.getString("status").equals("PUBLISHED")));
    JsonObject first =
        json(
            client.get(
                "api/v1/plan-templates/" + id(versionNumbered(versions, 1)), "390/phonglaodong"));
    List<JsonObject> top = first.getJsonArray("sections").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("I.", "II.", "III.", "IV.", "V."),
        top.stream().map(s -> s.getString("number")).toList());
    JsonObject components = top.get(3).getJsonArray("sections").getJsonObject(0);
    assertEquals("COMPONENTS", components.getString("kind"));
    assertTrue(components.getBoolean("required"));
    assertEquals(
        "1.6.",
        top.get(4)
            .getJsonArray("sections")
            .getJsonObject(0)
            .getJsonArray("sections")
            .getJsonObject(5)
            .getString("number"));
  }

  @Test
  void onlyTheProvinceChangesItsTemplateAndOnlyAsADraftItThenPublishes() {
    long published = id(versions("38/admin").get(0));
    String versionsPath = "api/v1/plan-templates/" + published + "/versions";
    assertEquals(
        403, client.post(versionsPath, "15160/chutich", "application/json", "").statusCode());
    assertEquals(
        403, client.post(versionsPath, "390/phonglaodong", "application/json", "").statusCode());
    JsonArray current =
        json(client.get("api/v1/plan-templates/" + published, "38/admin")).getJsonArray("sections");
    HttpResponse<String> frozen = putSections(published, "38/admin", current);
    assertEquals(400, frozen.statusCode());
    assertTrue(json(frozen).getString("message").contains("đã công bố"), frozen.body());

    HttpResponse<String> drafted = client.post(versionsPath, "38/admin", "application/json", "");
    assertEquals(201, drafted.statusCode(), drafted.body());
    JsonObject draft = json(drafted);
    long draftId = id(draft);
    assertEquals("DRAFT", draft.getString("status"));
    HttpResponse<String> second = client.post(versionsPath, "38/admin", "application/json", "");
    assertEquals(400, second.statusCode());
    assertTrue(json(second).getString("message").contains("bản nháp"), second.body());
    for (String below : List.of("15160/vhcs", "390/phonglaodong")) {
      assertEquals(
          404,
          client.get("api/v1/plan-templates/" + draftId, below).statusCode(),
          "drafts stay with the province: " + below);
      assertTrue(versions(below).stream().noneMatch(v -> id(v) == draftId), below);
    }
    assertTrue(versions("38/admin").stream().anyMatch(v -> id(v) == draftId));

    JsonArray sections = draft.getJsonArray("sections");
    HttpResponse<String> noComponents =
        putSections(
            draftId,
            "38/admin",
            changed(
                sections,
                s ->
                    s.getString("kind").equals("COMPONENTS")
                        ? Json.createObjectBuilder(s)
                            .add("kind", "TEXT")
                            .add("required", false)
                            .build()
                        : s));
    assertEquals(400, noComponents.statusCode());
    assertEquals(
        "Mẫu kế hoạch phải có đúng một mục trình bày các dự án, tiểu dự án (đang có 0).",
        json(noComponents).getString("message"));
    HttpResponse<String> untitled =
        putSections(
            draftId,
            "38/admin",
            changed(
                sections,
                s ->
                    s.getString("number").equals("III.")
                        ? Json.createObjectBuilder(s).add("title", " ").build()
                        : s));
    assertEquals(400, untitled.statusCode());
    assertEquals("Cần nhập tên mục III.", json(untitled).getString("message"));
    assertEquals(
        sections,
        json(client.get("api/v1/plan-templates/" + draftId, "38/admin")).getJsonArray("sections"),
        "a refused change saves nothing");

    JsonArray withPurpose =
        changed(
            sections,
            s ->
                s.getString("title").equals("Mục đích:")
                    ? Json.createObjectBuilder(s)
                        .add("paragraphs", Json.createArrayBuilder().add(PURPOSE_TEXT))
                        .build()
                    : s);
    assertEquals(403, putSections(draftId, "15160/vhcs", withPurpose).statusCode());
    HttpResponse<String> rewritten = putSections(draftId, "38/admin", withPurpose);
    assertEquals(200, rewritten.statusCode(), rewritten.body());
    assertEquals(withPurpose, json(rewritten).getJsonArray("sections"));

    String publish = "api/v1/plan-templates/" + draftId + "/publish";
    assertEquals(
        403, client.post(publish, "390/phonglaodong", "application/json", "").statusCode());
    HttpResponse<String> done = client.post(publish, "38/admin", "application/json", "");
    assertEquals(200, done.statusCode(), done.body());
    assertEquals("PUBLISHED", json(done).getString("status"));

    JsonObject seenBelow = json(client.get("api/v1/plan-templates/" + draftId, "15160/vhcs"));
    assertTrue(seenBelow.toString().contains(PURPOSE_TEXT));
    assertEquals(draftId, id(versions("15160/vhcs").get(0)), "the newest published comes first");
    assertFalse(
        client
            .get("api/v1/plan-templates/" + published, "15160/vhcs")
            .body()
            .contains(PURPOSE_TEXT),
        "the version before stays as it was published");
  }

  @Test
  void whatDoesNotExistForTheCallerIsNotFound() {
    assertEquals(404, client.get("api/v1/plan-templates/999999", "38/admin").statusCode());
    assertEquals(
        404, client.get("api/v1/programs/999999/plan-templates", "15160/vhcs").statusCode());
    assertEquals(
        404,
        client
            .post("api/v1/plan-templates/999999/publish", "38/admin", "application/json", "")
            .statusCode());
  }

  private HttpResponse<String> putSections(long id, String caller, JsonArray sections) {
    return client.put(
        "api/v1/plan-templates/" + id + "/sections",
        caller,
        Json.createObjectBuilder().add("sections", sections).build().toString());
  }

  /** {@code sections} with {@code change} applied to every section, sub-sections included. */
  private static JsonArray changed(JsonArray sections, UnaryOperator<JsonObject> change) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (JsonObject section : sections.getValuesAs(JsonObject.class)) {
      JsonObject own = change.apply(section);
      out.add(
          Json.createObjectBuilder(own)
              .add("sections", changed(own.getJsonArray("sections"), change)));
    }
    return out.build();
  }

  private List<JsonObject> versions(String caller) {
    long program =
        PortalClient.parse(client.get("api/v1/programs", caller).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("status").equals("PUBLISHED"))
            .mapToLong(PlanTemplateApiIT::id)
            .findFirst()
            .orElseThrow();
    HttpResponse<String> response =
        client.get("api/v1/programs/" + program + "/plan-templates", caller);
    assertEquals(200, response.statusCode(), response.body());
    return PortalClient.parse(response.body()).asJsonArray().getValuesAs(JsonObject.class);
  }

  private static JsonObject versionNumbered(List<JsonObject> versions, int version) {
    return versions.stream().filter(v -> v.getInt("version") == version).findFirst().orElseThrow();
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }
}
