package vn.giamngheo.domain.plan;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.List;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * Reads a plan template from its JSON form: the portal ships the commune plan of the program
 * 2021–2025 as {@code plans/template-2021-2025.json}, the first version a province publishes.
 * Section numbers in the file are for the reader; the template numbers sections by their place.
 */
public final class PlanTemplateReader {
  public static final String PROGRAM_2021_2025 = "/plans/template-2021-2025.json";

  private PlanTemplateReader() {}

  /** A draft template of the province {@code unitId} for the program version {@code programId}. */
  public static PlanTemplate read(long unitId, long programId, InputStream json) {
    JsonObject source;
    try (JsonReader reader = Json.createReader(json)) {
      source = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new UserFacingException("template.import.notTemplate");
    }
    try {
      return new PlanTemplate(
          unitId,
          programId,
          new PlanTemplate.Frame(
              source.getString("title"),
              source.getString("signerAuthority", ""),
              source.getString("signerTitle", ""),
              strings(source, "recipients"),
              source.getString("activitiesIntro", "")),
          new TemplateOutline(sections(source, "sections")));
    } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
      throw new UserFacingException("template.import.notTemplate");
    }
  }

  private static List<OutlineSection> sections(JsonObject parent, String key) {
    if (!parent.containsKey(key)) {
      return List.of();
    }
    return parent.getJsonArray(key).getValuesAs(JsonObject.class).stream()
        .map(
            section ->
                new OutlineSection(
                    section.getString("title"),
                    SectionKind.valueOf(section.getString("kind")),
                    section.getBoolean("required", false),
                    strings(section, "body"),
                    sections(section, "children")))
        .toList();
  }

  private static List<String> strings(JsonObject parent, String key) {
    return parent.containsKey(key)
        ? parent.getJsonArray(key).getValuesAs(JsonString::getString)
        : List.of();
  }
}
