package vn.giamngheo.web.api;

import java.math.BigDecimal;
import java.util.List;
import vn.giamngheo.domain.report.Consolidation;

/** A unit's indicators consolidated over its scope for a period, with each child's part. */
public record ConsolidatedView(
    String unit, String period, boolean includeUnapproved, List<IndicatorLine> indicators) {

  public record IndicatorLine(
      String indicator,
      String name,
      String measureUnit,
      String aggregation,
      BigDecimal value,
      BigDecimal target,
      List<PartView> parts) {}

  public record PartView(
      String unit, String name, BigDecimal value, BigDecimal target, long reports) {}

  static ConsolidatedView of(
      String unit, String period, boolean includeUnapproved, List<Consolidation.Line> lines) {
    return new ConsolidatedView(
        unit,
        period,
        includeUnapproved,
        lines.stream()
            .map(
                line ->
                    new IndicatorLine(
                        line.indicator().getCode(),
                        line.indicator().getName(),
                        line.indicator().getMeasureUnit(),
                        line.indicator().getAggregation().name(),
                        line.value(),
                        line.target(),
                        line.parts().stream()
                            .map(
                                part ->
                                    new PartView(
                                        part.unit().getCode(),
                                        part.unit().getName(),
                                        part.value(),
                                        part.target(),
                                        part.reports()))
                            .toList()))
            .toList());
  }
}
