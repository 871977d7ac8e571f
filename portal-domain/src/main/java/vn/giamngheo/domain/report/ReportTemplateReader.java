package vn.giamngheo.domain.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.program.Program;

/** Reads what the province ships as JSON: its report template and its public holidays. */
public final class ReportTemplateReader {
  public static final String PROGRESS_REPORT_2021_2025 = "/reports/bao-cao-ket-qua-2021-2025.json";
  public static final String HOLIDAYS_2022_2026 = "/reports/ngay-nghi-le-2022-2026.json";

  private ReportTemplateReader() {}

  /** The template, asking for indicators of {@code program} by their codes. */
  public static ReportTemplate read(Program program, InputStream json) {
    try (JsonReader reader = Json.createReader(json)) {
      JsonObject source = reader.readObject();
      ReportTemplate template =
          new ReportTemplate(
              program.getUnitId(),
              program.getId(),
              new ReportTemplate.Rules(
                  source.getString("code"),
                  source.getString("name"),
                  source.getJsonArray("periods").getValuesAs(JsonString::getString).stream()
                      .map(PeriodKind::valueOf)
                      .toList(),
                  source.getInt("dueWorkingDays"),
                  source.getJsonNumber("changeThreshold").bigDecimalValue(),
                  source.getInt("reminderDaysBefore")));
      for (JsonObject line : source.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
        String code = line.getString("code");
        template.ask(
            program
                .indicator(code)
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + code)),
            line.getBoolean("required", false),
            line.getString("source", null));
      }
      for (JsonObject section : source.getJsonArray("sections").getValuesAs(JsonObject.class)) {
        template.addSection(section.getString("key"), section.getString("title"));
      }
      return template;
    }
  }

  public static List<PublicHoliday> holidays(long provinceId, InputStream json) {
    try (JsonReader reader = Json.createReader(json)) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(
              day ->
                  new PublicHoliday(
                      provinceId, LocalDate.parse(day.getString("day")), day.getString("name")))
          .toList();
    }
  }
}
