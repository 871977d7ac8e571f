package vn.giamngheo.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Chart.js configurations, as the PrimeFaces chart component takes them. */
final class ChartJson {
  private static final List<String> STATUS_COLOURS =
      List.of("#9aa5b1", "#616e7c", "#f0b429", "#d64545", "#2e7d32");

  private ChartJson() {}

  /** Bars of the actual value per period, and the year's target as a line across them. */
  static String targetAgainstActual(
      String title,
      List<String> periods,
      List<BigDecimal> actual,
      BigDecimal target,
      String actualLabel,
      String targetLabel) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("type", "bar")
                    .add("label", actualLabel)
                    .add("data", numbers(actual))
                    .add("backgroundColor", "#2e7d32"));
    if (target != null) {
      datasets.add(
          Json.createObjectBuilder()
              .add("type", "line")
              .add("label", targetLabel)
              .add("data", numbers(periods.stream().map(p -> target).toList()))
              .add("borderColor", "#b71c1c")
              .add("pointRadius", 0)
              .add("fill", false));
    }
    return chart("bar", title, periods, datasets, false);
  }

  /** For each period, how many reports stand in each status, stacked. */
  static String reportsByStatus(
      String title, List<String> periods, Map<String, List<Long>> countsByStatusLabel) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int colour = 0;
    for (Map.Entry<String, List<Long>> status : countsByStatusLabel.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      status.getValue().forEach(data::add);
      datasets.add(
          Json.createObjectBuilder()
              .add("label", status.getKey())
              .add("data", data)
              .add("backgroundColor", STATUS_COLOURS.get(colour++ % STATUS_COLOURS.size())));
    }
    return chart("bar", title, periods, datasets, true);
  }

  private static String chart(
      String type, String title, List<String> labels, JsonArrayBuilder datasets, boolean stacked) {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "title",
                        Json.createObjectBuilder().add("display", true).add("text", title)));
    if (stacked) {
      JsonObject axis = Json.createObjectBuilder().add("stacked", true).build();
      options.add("scales", Json.createObjectBuilder().add("x", axis).add("y", axis));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonArrayBuilder numbers(List<BigDecimal> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (BigDecimal value : values) {
      if (value == null) {
        array.addNull();
      } else {
        array.add(value);
      }
    }
    return array;
  }
}
