package vn.giamngheo.domain.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.tenancy.unit.AdminUnit;

/** A report as its form shows it: each indicator's line, and the narrative by section key. */
public record ReportForm(
    Report report,
    ReportTemplate template,
    AdminUnit unit,
    List<Line> lines,
    Map<String, String> narrative) {

  /**
   * One indicator: the unit's target for the year, the values of the same kind of period before and
   * of the cumulative period this one continues, the value (as stored, or as the portal knows it
   * when none is stored) with its source, the comment, and what the portal knows.
   */
  public record Line(
      Indicator indicator,
      boolean required,
      BigDecimal target,
      BigDecimal previous,
      BigDecimal continued,
      BigDecimal value,
      String source,
      String comment,
      BigDecimal known) {

    String templateSource(ReportTemplate template) {
      return template.line(indicator.getId()).map(TemplateIndicator::getSource).orElse(null);
    }
  }

  Map<Long, BigDecimal> previousValues() {
    return valuesOf(Line::previous);
  }

  Map<Long, BigDecimal> continuedValues() {
    return valuesOf(Line::continued);
  }

  private Map<Long, BigDecimal> valuesOf(Function<Line, BigDecimal> column) {
    Map<Long, BigDecimal> values = new HashMap<>();
    lines.stream()
        .filter(line -> column.apply(line) != null)
        .forEach(line -> values.put(line.indicator().getId(), column.apply(line)));
    return values;
  }
}
