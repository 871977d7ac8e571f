package vn.giamngheo.domain.plan;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * Reads a plan written as JSON — header, sections with their text, the components applied — into a
 * draft. The demo data enters Cẩm Châu's 2022 plan this way.
 */
public final class PlanDefinitionReader {
  private PlanDefinitionReader() {}

  /**
   * @param positions the unit's staff positions by name; a component's lead and partners that name
   *     one of them are assigned to it
   */
  public static Plan read(
      long unitId, long programId, InputStream json, Map<String, StaffPosition> positions) {
    JsonObject source;
    try (JsonReader reader = Json.createReader(json)) {
      source = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new UserFacingException("plan.import.notPlan");
    }
    try {
      Plan plan =
          new Plan(
              unitId,
              programId,
              new Plan.Header(
                  source.getString("title"),
                  source.getString("preamble", ""),
                  source.getString("place", ""),
                  source.getString("signerAuthority", ""),
                  source.getString("signerTitle", ""),
                  source.getString("signerName", ""),
                  strings(source, "recipients")));
      for (JsonObject section : objects(source, "sections")) {
        addSection(plan, null, section);
      }
      for (JsonObject project : objects(source, "components")) {
        PlanComponent added = component(plan, null, project, positions);
        for (JsonObject sub : objects(project, "children")) {
          component(plan, added, sub, positions);
        }
      }
      return plan;
    } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
      throw new UserFacingException("plan.import.incomplete", String.valueOf(e.getMessage()));
    }
  }

  private static void addSection(Plan plan, PlanSection parent, JsonObject source) {
    PlanSection section =
        plan.addSection(
            parent,
            new PlanSection.Outline(
                source.getString("number"),
                source.getString("title"),
                SectionKind.valueOf(source.getString("kind", "TEXT")),
                RichText.ofLines(strings(source, "body"))));
    for (JsonObject child : objects(source, "children")) {
      addSection(plan, section, child);
    }
  }

  private static PlanComponent component(
      Plan plan, PlanComponent parent, JsonObject source, Map<String, StaffPosition> positions) {
    PlanComponent component = plan.addComponent(parent, content(source, positions));
    component.cooperateWith(
        strings(source, "partners").stream().map(positions::get).filter(Objects::nonNull).toList());
    return component;
  }

  private static PlanComponent.Content content(
      JsonObject source, Map<String, StaffPosition> positions) {
    return new PlanComponent.Content(
        source.getString("code"),
        source.getString("number"),
        source.getString("title"),
        source.getString("objective", ""),
        source.getString("fundingNeed", ""),
        source.getString("activitiesIntro", ""),
        strings(source, "activities"),
        source.getString("assignment", ""),
        positions.get(source.getString("lead", "")),
        null);
  }

  private static List<String> strings(JsonObject source, String key) {
    return source.containsKey(key)
        ? source.getJsonArray(key).getValuesAs(JsonString::getString)
        : List.of();
  }

  private static List<JsonObject> objects(JsonObject source, String key) {
    return source.containsKey(key)
        ? source.getJsonArray(key).getValuesAs(JsonObject.class)
        : List.of();
  }
}
