package vn.giamngheo.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
  @ParameterizedTest
  @CsvSource({
    "2022-Q1, 2022-01-01, 2022-03-31, 2021-Q4, false",
    "2022-Q2, 2022-04-01, 2022-06-30, 2022-Q1, false",
    "2022-Q4, 2022-10-01, 2022-12-31, 2022-Q3, false",
    "2022-H1, 2022-01-01, 2022-06-30, 2022-Q1, true",
    "2022-M9, 2022-01-01, 2022-09-30, 2022-H1, true",
    "2022, 2022-01-01, 2022-12-31, 2022-M9, true",
    "2024-Q1, 2024-01-01, 2024-03-31, 2023-Q4, false"
  })
  void eachPeriodCoversItsMonthsAndIsSetAgainstThePeriodBefore(
      String code, LocalDate start, LocalDate end, String before, boolean cumulative) {
    Period period = Period.parse(code).orElseThrow();
    assertEquals(code, period.code());
    assertEquals(start, period.start());
    assertEquals(end, period.end());
    assertEquals(before, period.continues().orElseGet(period::previous).code());
    assertEquals(cumulative, period.kind().isCumulative());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2022-Q5", "2022-Q0", "2022-H2", "22-Q1", "2022-q1", "", "1999", "2022-M6"})
  void codesThatNameNoPeriodAreNotPeriods(String code) {
    assertEquals(Optional.empty(), Period.parse(code));
  }

  @Test
  void aYearsPeriodsFallDueQuarterBySixMonthsByNineMonthsByYear() {
    assertEquals(
        List.of("2022-Q1", "2022-Q2", "2022-H1", "2022-Q3", "2022-M9", "2022-Q4", "2022"),
        Period.ofYear(2022, List.of(PeriodKind.values())).stream().map(Period::code).toList());
  }

  @Test
  void onlyAQuarterAfterTheFirstContinuesNothing() {
    assertTrue(Period.parse("2022-Q2").orElseThrow().continues().isEmpty());
    assertFalse(Period.parse("2022-H1").orElseThrow().continues().isEmpty());
  }
}
