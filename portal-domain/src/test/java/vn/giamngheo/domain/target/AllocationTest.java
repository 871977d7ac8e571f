package vn.giamngheo.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.program.Aggregation;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.program.ValueType;
import vn.giamngheo.domain.report.ReportFixtures;

class AllocationTest {
  private static final long CAM_CHAU = 15160L;
  private static final long CAM_TAM = 15163L;

  @Test
  void countsMustAddUpToTheWhole() {
    Allocation escaped =
        new Allocation(ReportFixtures.count("HO_THOAT_NGHEO"), BigDecimal.valueOf(120));
    assertEquals(Optional.empty(), escaped.defaultPart());
    assertEquals(
        Optional.of(new Allocation.Shortfall(BigDecimal.valueOf(20), List.of())),
        escaped.shortfall(
            Map.of(CAM_CHAU, BigDecimal.valueOf(60), CAM_TAM, BigDecimal.valueOf(40))));
    assertEquals(
        Optional.empty(),
        escaped.shortfall(
            Map.of(CAM_CHAU, BigDecimal.valueOf(80), CAM_TAM, BigDecimal.valueOf(40))));
    assertEquals(
        Optional.empty(),
        escaped.shortfall(
            Map.of(CAM_CHAU, BigDecimal.valueOf(90), CAM_TAM, BigDecimal.valueOf(40))),
        "more than the whole is fine");
  }

  @Test
  void ratesGiveEachUnitAMinimumThatDefaultsToTheWholes() {
    Indicator reduction =
        ReportFixtures.indicator(
            "GIAM_TL_HO_NGHEO", ValueType.PERCENTAGE, Aggregation.WEIGHTED_AVERAGE, null, null);
    Allocation allocation = new Allocation(reduction, new BigDecimal("1.5"));
    assertFalse(allocation.adds());
    assertEquals(Optional.of(new BigDecimal("1.5")), allocation.defaultPart());
    assertEquals(
        Optional.of(new Allocation.Shortfall(null, List.of(CAM_TAM))),
        allocation.shortfall(
            Map.of(CAM_CHAU, new BigDecimal("2.0"), CAM_TAM, new BigDecimal("1.2"))));
    assertEquals(
        Optional.empty(),
        allocation.shortfall(
            Map.of(CAM_CHAU, new BigDecimal("1.5"), CAM_TAM, new BigDecimal("1.5"))));
  }

  @Test
  void yesNoAndTextIndicatorsAreNotAllocated() {
    Indicator review =
        ReportFixtures.indicator("RA_SOAT", ValueType.YES_NO, Aggregation.MIN, null, null);
    assertFalse(Allocation.allocatable(review));
    assertThrows(IllegalArgumentException.class, () -> new Allocation(review, BigDecimal.ONE));
  }
}
