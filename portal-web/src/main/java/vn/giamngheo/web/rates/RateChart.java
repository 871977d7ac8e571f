package vn.giamngheo.web.rates;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import vn.giamngheo.domain.rates.PovertyRates;

/** The Chart.js line of a unit's poor (and near-poor) rate over the years. */
final class RateChart {
  private RateChart() {}

  static String of(
      String title, List<PovertyRates.YearRate> series, String poorLabel, String nearPoorLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder poor = Json.createArrayBuilder();
    JsonArrayBuilder nearPoor = Json.createArrayBuilder();
    for (PovertyRates.YearRate year : series) {
      labels.add(String.valueOf(year.year()));
      add(poor, year.poorRate());
      add(nearPoor, year.nearPoorRate());
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(line(poorLabel, poor, "#b71c1c"))
                        .add(line(nearPoorLabel, nearPoor, "#f0b429"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("spanGaps", true)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "title",
                            Json.createObjectBuilder().add("display", true).add("text", title)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder line(
      String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("fill", false);
  }

  private static void add(JsonArrayBuilder data, BigDecimal value) {
    if (value == null) {
      data.addNull();
    } else {
      data.add(value);
    }
  }
}
