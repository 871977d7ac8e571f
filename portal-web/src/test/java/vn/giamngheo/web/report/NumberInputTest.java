package vn.giamngheo.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberInputTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1850|1850",
        "1.850|1850",
        "1.234.567|1234567",
        "5,19|5.19",
        "1.234,5|1234.5",
        "5.19|5.19",
        " 12 |12",
        "150 000 000|150000000",
        "-3|-3"
      })
  void numbersAreReadAsPeopleHereTypeThem(String typed, String value) {
    assertEquals(0, new BigDecimal(value).compareTo(NumberInput.parse(typed)), typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mười", "1,2,3", "5..1", "12a"})
  void whatIsNotANumberIsRefused(String typed) {
    assertThrows(NumberFormatException.class, () -> NumberInput.parse(typed));
  }
}
