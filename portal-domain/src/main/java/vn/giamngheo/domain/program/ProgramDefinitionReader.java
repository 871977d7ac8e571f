package vn.giamngheo.domain.program;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * Reads a program's definition — header, components, indicators — from its JSON form (the portal
 * ships Decision 90/QĐ-TTg's program as {@code programs/ctmtqg-gnbv-2021-2025.json}).
 */
public final class ProgramDefinitionReader {
  public static final String NATIONAL_PROGRAM_2021_2025 = "/programs/ctmtqg-gnbv-2021-2025.json";

  private ProgramDefinitionReader() {}

  /** A draft program for the province {@code unitId}, built from {@code json}. */
  public static Program read(long unitId, InputStream json) {
    JsonObject source;
    try (JsonReader reader = Json.createReader(json)) {
      source = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new UserFacingException("program.import.notProgram");
    }
    try {
      Program program =
          new Program(
              unitId,
              new Program.Header(
                  source.getString("code"),
                  source.getString("name"),
                  source.getInt("periodFrom"),
                  source.getInt("periodTo"),
                  source.getString("legalBasis"),
                  source.getString("generalObjective", "")));
      for (JsonObject indicator : objects(source, "indicators")) {
        program.addIndicator(indicator(indicator));
      }
      for (JsonObject indicator : objects(source, "indicators")) {
        if (indicator.containsKey("denominator")) {
          program
              .indicator(indicator.getString("code"))
              .orElseThrow()
              .weighBy(required(program, indicator.getString("denominator")));
        }
      }
      for (JsonObject project : objects(source, "components")) {
        ProgramComponent added = program.addProject(component(project));
        measure(program, added, project);
        for (JsonObject subProject : objects(project, "children")) {
          measure(program, program.addSubProject(added, component(subProject)), subProject);
        }
      }
      return program;
    } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
      throw new UserFacingException("program.import.incomplete", String.valueOf(e.getMessage()));
    }
  }

  private static void measure(Program program, ProgramComponent component, JsonObject source) {
    for (JsonValue code : source.getJsonArray("indicators")) {
      required(program, ((JsonString) code).getString()).measure(component);
    }
  }

  private static Indicator required(Program program, String code) {
    return program
        .indicator(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown indicator " + code));
  }

  private static Indicator.Definition indicator(JsonObject source) {
    return new Indicator.Definition(
        source.getString("code"),
        source.getString("name"),
        source.getString("unit"),
        ValueType.valueOf(source.getString("type")),
        Aggregation.valueOf(source.getString("aggregation")),
        decimal(source, "min"),
        decimal(source, "max"));
  }

  private static ProgramComponent.Definition component(JsonObject source) {
    return new ProgramComponent.Definition(
        source.getString("code"),
        source.getString("number"),
        source.getString("name"),
        source.getString("objective", ""),
        source.getJsonArray("activities").getValuesAs(JsonString::getString),
        source.getString("targetGroups", ""));
  }

  private static BigDecimal decimal(JsonObject source, String key) {
    JsonValue value = source.get(key);
    return value instanceof JsonNumber number ? number.bigDecimalValue() : null;
  }

  private static List<JsonObject> objects(JsonObject parent, String key) {
    return parent.getJsonArray(key).getValuesAs(JsonObject.class);
  }
}
