package vn.giamngheo.domain.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CountsTest {
  @Test
  void ratesArePercentagesToTwoDecimalsRoundedHalfUp() {
    Counts counts = new Counts(3, 1, 2);
    assertEquals(new BigDecimal("33.33"), counts.poorRate());
    assertEquals(new BigDecimal("66.67"), counts.nearPoorRate());
    assertEquals(new BigDecimal("0.13"), new Counts(800, 1, 0).poorRate(), "0.125 rounds up");
  }

  @Test
  void noHouseholdsNoRate() {
    assertNull(Counts.NONE.poorRate());
    assertNull(Counts.NONE.nearPoorRate());
  }

  @Test
  void theReportsReductionIsTheFallOfTheRateInPoints() {
    Counts before = new Counts(200, 20, 10);
    Counts now = new Counts(210, 14, 12);
    assertEquals(
        new BigDecimal("3.33"),
        new PovertyRates.ReportFigures(2024, now, before, 6L).reductionPoints(),
        "10.00% -> 6.67%");
    assertEquals(
        new BigDecimal("-3.33"),
        new PovertyRates.ReportFigures(2024, before, now, 0L).reductionPoints(),
        "a rise is a negative reduction");
    assertNull(
        new PovertyRates.ReportFigures(2024, now, null, null).reductionPoints(),
        "the year before is not known");
  }
}
