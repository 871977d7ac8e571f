package vn.giamngheo.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartJsonTest {
  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void theTargetIsALineAcrossTheActualBarsAndAMissingValueStaysEmpty() {
    JsonObject chart =
        parse(
            ChartJson.targetAgainstActual(
                "Số hộ thoát nghèo — 2022",
                List.of("2022-Q1", "2022-H1", "2022-M9", "2022"),
                Arrays.asList(new BigDecimal("120"), new BigDecimal("260"), null, null),
                new BigDecimal("470"),
                "Thực hiện",
                "Chỉ tiêu"));
    var datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertEquals("[120,260,null,null]", datasets.getJsonObject(0).getJsonArray("data").toString());
    assertEquals("line", datasets.getJsonObject(1).getString("type"));
    assertEquals("[470,470,470,470]", datasets.getJsonObject(1).getJsonArray("data").toString());
    assertEquals(
        "Số hộ thoát nghèo — 2022",
        chart
            .getJsonObject("options")
            .getJsonObject("plugins")
            .getJsonObject("title")
            .getString("text"));
  }

  @Test
  void reportsByStatusAreStackedPerPeriod() {
    Map<String, List<Long>> counts = new LinkedHashMap<>();
    counts.put("Đã duyệt", List.of(4L, 3L));
    counts.put("Bị trả lại", List.of(1L, 0L));
    JsonObject chart =
        parse(ChartJson.reportsByStatus("Tình hình", List.of("2022-Q1", "2022-Q2"), counts));
    assertEquals(2, chart.getJsonObject("data").getJsonArray("datasets").size());
    assertEquals(
        true,
        chart
            .getJsonObject("options")
            .getJsonObject("scales")
            .getJsonObject("y")
            .getBoolean("stacked"));
  }
}
