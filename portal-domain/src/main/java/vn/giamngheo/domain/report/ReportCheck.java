package vn.giamngheo.domain.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.program.ValueType;

/**
 * The rules a report's values keep: each within its indicator's type and bounds; required ones
 * given (on submitting); a move from the same period before larger than the template's share
 * explained; a cumulative count never below the cumulative value it continues unless explained.
 */
public final class ReportCheck {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ReportTemplate template;
  private final Period period;

  public ReportCheck(ReportTemplate template, Period period) {
    this.template = template;
    this.period = period;
  }

  /** What is wrong with one indicator's value, as a message key and its arguments. */
  public record Problem(String indicatorCode, String messageKey, Object... args) {}

  /**
   * @param entries the values by indicator id
   * @param previous the values of the same kind of period before ({@link Period#previous()})
   * @param continued the values of the cumulative period this one continues ({@link
   *     Period#continues()}), if any
   * @param submitting whether the report is being submitted (a draft may be incomplete)
   */
  public List<Problem> problems(
      Map<Long, Report.Entry> entries,
      Map<Long, BigDecimal> previous,
      Map<Long, BigDecimal> continued,
      boolean submitting) {
    List<Problem> problems = new ArrayList<>();
    for (TemplateIndicator line : template.getIndicators()) {
      Indicator indicator = line.getIndicator();
      Report.Entry entry = entries.get(indicator.getId());
      BigDecimal value = entry == null ? null : entry.value();
      if (value == null) {
        if (submitting && line.isRequired()) {
          problems.add(new Problem(indicator.getCode(), "report.value.required"));
        }
        continue;
      }
      Optional<String> wrong = indicator.problemWith(value);
      if (wrong.isPresent()) {
        problems.add(new Problem(indicator.getCode(), wrong.get()));
        continue;
      }
      boolean explained = entry.comment() != null && !entry.comment().isBlank();
      if (!submitting || explained) {
        continue;
      }
      BigDecimal before = previous.get(indicator.getId());
      BigDecimal sofar = continued.get(indicator.getId());
      if (sofar != null && belowCumulative(indicator, value, sofar)) {
        problems.add(new Problem(indicator.getCode(), "report.value.belowCumulative", sofar));
      } else if (before != null && movesTooFar(value, before)) {
        problems.add(
            new Problem(
                indicator.getCode(),
                "report.value.changeNeedsComment",
                template.getChangeThreshold()));
      }
    }
    return problems;
  }

  private boolean belowCumulative(Indicator indicator, BigDecimal value, BigDecimal previous) {
    return period.continues().isPresent()
        && indicator.getValueType() == ValueType.COUNT
        && value.compareTo(previous) < 0;
  }

  private boolean movesTooFar(BigDecimal value, BigDecimal previous) {
    if (previous.signum() == 0) {
      return false;
    }
    BigDecimal share =
        value
            .subtract(previous)
            .abs()
            .multiply(HUNDRED)
            .divide(previous.abs(), MathContext.DECIMAL64);
    return share.compareTo(template.getChangeThreshold()) > 0;
  }
}
