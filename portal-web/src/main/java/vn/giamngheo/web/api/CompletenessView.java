package vn.giamngheo.web.api;

import java.util.List;
import vn.giamngheo.domain.report.Completeness;

/** For one period, how the report of each unit below stands. */
public record CompletenessView(String unit, String period, List<RowView> units) {

  public record RowView(String unit, String name, Long reportId, String status, boolean late) {}

  static CompletenessView of(String unit, String period, List<Completeness.Row> rows) {
    return new CompletenessView(
        unit,
        period,
        rows.stream()
            .map(
                row -> {
                  Completeness.Cell cell = row.cells().get(period);
                  return new RowView(
                      row.unitCode(),
                      row.unitName(),
                      cell == null ? null : cell.reportId(),
                      cell == null ? null : cell.status().name(),
                      cell != null && cell.late());
                })
            .toList());
  }
}
