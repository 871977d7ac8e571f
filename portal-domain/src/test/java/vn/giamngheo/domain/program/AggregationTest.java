package vn.giamngheo.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.program.Aggregation.Contribution;

class AggregationTest {
  private static Contribution value(String value, String weight, long at) {
    return new Contribution(
        new BigDecimal(value), new BigDecimal(weight), Instant.ofEpochSecond(at));
  }

  private static final List<Contribution> COMMUNES =
      List.of(value("10", "1500", 3), value("2", "500", 1), value("5", "1000", 2));

  @Test
  void countsAndMoneyAddUp() {
    assertEquals(Optional.of(new BigDecimal("17")), Aggregation.SUM.combine(COMMUNES));
  }

  @Test
  void ratesWeighByTheirDenominator() {
    // (10*1500 + 2*500 + 5*1000) / 3000 = 7.00, not the plain mean 5.67
    assertEquals(
        Optional.of(new BigDecimal("7.00")), Aggregation.WEIGHTED_AVERAGE.combine(COMMUNES));
  }

  @Test
  void aRateWithoutAnyWeightHasNoValue() {
    assertTrue(Aggregation.WEIGHTED_AVERAGE.combine(List.of(value("10", "0", 1))).isEmpty());
  }

  @Test
  void minimumAndLatest() {
    assertEquals(Optional.of(new BigDecimal("2")), Aggregation.MIN.combine(COMMUNES));
    assertEquals(Optional.of(new BigDecimal("10")), Aggregation.LATEST.combine(COMMUNES));
  }

  @Test
  void nothingReportedCombinesToNothing() {
    for (Aggregation aggregation : Aggregation.values()) {
      assertTrue(aggregation.combine(List.of()).isEmpty(), aggregation.name());
    }
  }
}
