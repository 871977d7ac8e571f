package vn.giamngheo.tenancy.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;

/**
 * Loads one province's official units from the statistics office's list (the JSON of {@code
 * admin-units/vn-units-2024.json}: provinces with {@code District} and {@code Ward}; or the
 * two-level 2026 form with {@code Wards} directly under the province). Importing again updates
 * names and adds what is new; the whole import is one transaction.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class UnitImporter {
  @Inject EntityManager em;
  @Inject Units units;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;

  public ImportSummary importProvince(InputStream json, String provinceCode, LocalDate validFrom) {
    JsonObject source = findProvince(read(json), provinceCode);
    Run run = new Run(validFrom);
    AdminUnit province = run.upsert(source, UnitLevel.PROVINCE, null);
    int districts = 0;
    int communes = 0;
    if (source.containsKey("District")) {
      for (JsonObject district : objects(source, "District")) {
        AdminUnit parent = run.upsert(district, UnitLevel.DISTRICT, province);
        districts++;
        communes += run.upsertAll(objects(district, "Ward"), parent);
      }
    } else {
      communes = run.upsertAll(objects(source, "Wards"), province);
    }
    ImportSummary summary =
        new ImportSummary(
            province.getCode(), province.getName(), districts, communes, run.created, run.renamed);
    audit.record(province.getId(), "UNITS_IMPORTED", summary.toString());
    // The database computes each new unit's path: later reads in this transaction must see it.
    em.flush();
    em.clear();
    return summary;
  }

  private static JsonArray read(InputStream json) {
    try (JsonReader reader = Json.createReader(json)) {
      return reader.readArray();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new UserFacingException("units.import.notUnitList");
    }
  }

  private static JsonObject findProvince(JsonArray provinces, String code) {
    return provinces.stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .filter(p -> code.equals(p.getString("Code", null)))
        .findFirst()
        .orElseThrow(() -> new UserFacingException("units.import.provinceNotInFile", code));
  }

  private static List<JsonObject> objects(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    return value.asJsonArray().stream()
        .filter(item -> item.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** One import: the units that exist already, and what was done to them. */
  private final class Run {
    private final LocalDate validFrom;
    private final Map<String, AdminUnit> existing = new HashMap<>();
    private final Map<String, UnitLevel> levels = new HashMap<>();
    private int created;
    private int renamed;

    Run(LocalDate validFrom) {
      this.validFrom = validFrom;
    }

    int upsertAll(List<JsonObject> sources, AdminUnit parent) {
      sources.forEach(source -> upsert(source, UnitLevel.COMMUNE, parent));
      em.flush();
      return sources.size();
    }

    AdminUnit upsert(JsonObject source, String levelCode, AdminUnit parent) {
      String code = source.getString("Code", "");
      String name = source.getString("FullName", "");
      if (code.isBlank() || name.isBlank()) {
        throw new UserFacingException("units.import.unitWithoutCodeOrName", code);
      }
      AdminUnit unit = existing(code, parent);
      if (unit == null) {
        unit = new AdminUnit(code, name, level(levelCode), parent, validFrom);
        em.persist(unit);
        created++;
        if (parent == null) {
          em.flush();
          em.refresh(unit);
        } else if (!levelCode.equals(UnitLevel.COMMUNE)) {
          em.flush();
        }
      } else if (!unit.getName().equals(name)) {
        unit.rename(name);
        renamed++;
      }
      return unit;
    }

    private AdminUnit existing(String code, AdminUnit parent) {
      if (parent == null) {
        AdminUnit province = units.findByCode(code).orElse(null);
        AccessScope scope = tenant.scope().orElseThrow();
        if (province == null ? !scope.canWrite("/") : !scope.canWrite(province)) {
          throw new UserFacingException("units.import.outsideScope", code);
        }
        if (province != null) {
          units.subtree(province.getPath()).forEach(u -> existing.put(u.getCode(), u));
        }
        return province;
      }
      return existing.get(code);
    }

    private UnitLevel level(String code) {
      return levels.computeIfAbsent(code, units::level);
    }
  }
}
