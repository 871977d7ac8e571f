package vn.giamngheo.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorValueTest {
  private static Indicator indicator(ValueType type, String min, String max) {
    Program program = ProgramFixtures.draft();
    return program.addIndicator(
        new Indicator.Definition(
            "X",
            "Chỉ tiêu",
            "đơn vị",
            type,
            Aggregation.SUM,
            min == null ? null : new BigDecimal(min),
            max == null ? null : new BigDecimal(max)));
  }

  @ParameterizedTest(name = "{0} {1} (min {2}, max {3}) -> {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "COUNT, 0, -, -, -",
        "COUNT, 12, -, -, -",
        "COUNT, 12.0, -, -, -",
        "COUNT, 1.5, -, -, indicator.value.notWhole",
        "COUNT, -1, -, -, indicator.value.negative",
        "MONEY, 1500000, -, -, -",
        "MONEY, 0.5, -, -, indicator.value.notWhole",
        "PERCENTAGE, 0, -, -, -",
        "PERCENTAGE, 100, -, -, -",
        "PERCENTAGE, 3.75, -, -, -",
        "PERCENTAGE, 100.01, -, -, indicator.value.notPercentage",
        "PERCENTAGE, -0.1, -, -, indicator.value.notPercentage",
        "POINTS, -2.35, -, -, -",
        "POINTS, 1.5, -, -, -",
        "POINTS, -100, -, -, -",
        "POINTS, 100.5, -, -, indicator.value.notPoints",
        "POINTS, -100.5, -, -, indicator.value.notPoints",
        "POINTS, -3, -2, 10, indicator.value.belowMinimum",
        "YES_NO, 1, -, -, -",
        "YES_NO, 0, -, -, -",
        "YES_NO, 2, -, -, indicator.value.notYesNo",
        "TEXT, 1, -, -, indicator.value.textHasNoNumber",
        "COUNT, 4, 5, -, indicator.value.belowMinimum",
        "COUNT, 5, 5, 10, -",
        "COUNT, 10, 5, 10, -",
        "COUNT, 11, 5, 10, indicator.value.aboveMaximum",
        "PERCENTAGE, 40, 0, 30, indicator.value.aboveMaximum"
      })
  void valuesAreCheckedByTypeThenBounds(
      ValueType type, String value, String min, String max, String problem) {
    assertEquals(
        Optional.ofNullable(problem), indicator(type, min, max).problemWith(new BigDecimal(value)));
  }
}
