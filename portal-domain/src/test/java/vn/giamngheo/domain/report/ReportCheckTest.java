package vn.giamngheo.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.domain.program.Aggregation;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.program.ValueType;

class ReportCheckTest {
  private final Indicator escaped = ReportFixtures.count("HO_THOAT_NGHEO");
  private final Indicator rate =
      ReportFixtures.indicator(
          "TL_HO_NGHEO",
          ValueType.PERCENTAGE,
          Aggregation.LATEST,
          BigDecimal.ZERO,
          BigDecimal.valueOf(100));
  private final ReportTemplate template = ReportFixtures.template(List.of(escaped, rate));

  private List<String> problems(
      String period, String escapedValue, String comment, String before, boolean submitting) {
    Map<Long, Report.Entry> entries = new HashMap<>();
    entries.put(
        escaped.getId(),
        new Report.Entry(
            escapedValue == null ? null : new BigDecimal(escapedValue), "ENTERED", comment));
    entries.put(rate.getId(), new Report.Entry(new BigDecimal("4.5"), "ENTERED", null));
    Period reported = Period.parse(period).orElseThrow();
    Map<Long, BigDecimal> earlier =
        before == null ? Map.of() : Map.of(escaped.getId(), new BigDecimal(before));
    // the value before is the continued cumulative one for cumulative periods
    boolean cumulative = reported.continues().isPresent();
    return new ReportCheck(template, reported)
            .problems(
                entries,
                cumulative ? Map.of() : earlier,
                cumulative ? earlier : Map.of(),
                submitting)
            .stream()
            .map(ReportCheck.Problem::messageKey)
            .toList();
  }

  @ParameterizedTest(name = "{0}: {1} after {3}, comment {2}, submitting {4} -> {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        // a value within its rules
        "2022-Q2, 12, -, 10, true, -",
        // required on submitting, not in a draft
        "2022-Q2, -, -, 10, true, report.value.required",
        "2022-Q2, -, -, 10, false, -",
        // its type and bounds, always
        "2022-Q2, -3, -, 10, false, indicator.value.negative",
        "2022-Q2, 2.5, -, 10, true, indicator.value.notWhole",
        // a move beyond the template's 50% needs a comment
        "2022-Q2, 16, -, 10, true, report.value.changeNeedsComment",
        "2022-Q2, 15, -, 10, true, -",
        "2022-Q2, 4, -, 10, true, report.value.changeNeedsComment",
        "2022-Q2, 16, Thêm 6 hộ thoát nghèo nhờ mô hình bò sinh sản., 10, true, -",
        "2022-Q2, 7, -, 0, true, -",
        // a cumulative count never falls below the period it continues, unless explained
        "2022-M9, 9, -, 10, true, report.value.belowCumulative",
        "2022-M9, 9, Rà soát lại: 1 hộ tái nghèo., 10, true, -",
        "2022, 10, -, 10, true, -",
        "2022, 30, -, 10, true, -",
        "2022-Q3, 9, -, 10, true, -"
      })
  void valuesAreCheckedByTheRulesOfTheirIndicatorAndPeriod(
      String period,
      String value,
      String comment,
      String before,
      boolean submitting,
      String expected) {
    assertEquals(
        expected == null ? List.of() : List.of(expected),
        problems(period, value, comment, before, submitting));
  }

  @Test
  void aRateOutsideItsBoundsIsAProblemOfThatIndicator() {
    Map<Long, Report.Entry> entries =
        Map.of(rate.getId(), new Report.Entry(new BigDecimal("104"), "ENTERED", null));
    List<ReportCheck.Problem> found =
        new ReportCheck(template, Period.quarter(2022, 1))
            .problems(entries, Map.of(), Map.of(), false);
    assertEquals(1, found.size());
    assertEquals(rate.getCode(), found.get(0).indicatorCode());
    assertEquals("indicator.value.notPercentage", found.get(0).messageKey());
  }
}
