package vn.giamngheo.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.program.Aggregation;

class PartialTest {
  private static final OffsetDateTime APRIL = OffsetDateTime.parse("2022-04-10T08:00:00+07:00");

  /** One commune's report: value, and its households as the weight. */
  private static Partial commune(String value, String households, OffsetDateTime at) {
    BigDecimal v = new BigDecimal(value);
    BigDecimal w = new BigDecimal(households);
    return new Partial(1, v, v, v.multiply(w), w, v, at);
  }

  @Test
  void partsCombineIntoTheWholeByEachRule() {
    Partial camChau = commune("4.20", "1500", APRIL);
    Partial camTam = commune("8.00", "500", APRIL.plusDays(2));
    Partial district = camChau.plus(camTam).plus(Partial.NONE);
    assertEquals(2, district.reports());
    assertEquals(Optional.of(new BigDecimal("12.20")), district.value(Aggregation.SUM));
    assertEquals(Optional.of(new BigDecimal("4.20")), district.value(Aggregation.MIN));
    assertEquals(Optional.of(new BigDecimal("8.00")), district.value(Aggregation.LATEST));
    // (4.2 × 1500 + 8 × 500) / 2000
    assertEquals(Optional.of(new BigDecimal("5.15")), district.value(Aggregation.WEIGHTED_AVERAGE));
  }

  @Test
  void combiningIsTheSameInAnyOrder() {
    Partial a = commune("3", "100", APRIL);
    Partial b = commune("5", "300", APRIL.plusHours(1));
    Partial c = commune("1", "50", APRIL.minusDays(1));
    for (Aggregation rule : Aggregation.values()) {
      assertEquals(a.plus(b).plus(c).value(rule), c.plus(a.plus(b)).value(rule), rule.name());
    }
  }

  @Test
  void nothingReportedHasNoValueAndARateWithoutWeightsHasNone() {
    assertEquals(Optional.empty(), Partial.NONE.value(Aggregation.SUM));
    Partial weightless = new Partial(1, BigDecimal.ONE, BigDecimal.ONE, null, null, null, null);
    assertEquals(Optional.empty(), weightless.value(Aggregation.WEIGHTED_AVERAGE));
  }
}
