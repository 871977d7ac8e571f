package vn.giamngheo.deploy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {
  @Test
  void numbersCompareByValue() {
    Figures portal = new Figures().put("whole CT04", new BigDecimal("52.50")).put("reports", 3L);
    Figures sql = new Figures().put("whole CT04", new BigDecimal("52.5")).put("reports", 3);
    assertEquals(List.of(), portal.differences(sql));
  }

  @Test
  void aDifferentOrMissingFigureIsADifference() {
    Figures portal =
        new Figures().put("whole CT01", BigDecimal.TEN).put("part 390 CT01", BigDecimal.ONE);
    Figures sql =
        new Figures().put("whole CT01", BigDecimal.ONE).put("target CT01", BigDecimal.ONE);
    assertEquals(
        List.of("part 390 CT01: 1 <> null", "target CT01: null <> 1", "whole CT01: 10 <> 1"),
        portal.differences(sql));
  }

  @Test
  void anEmptyFigureIsNone() {
    assertEquals(0, new Figures().put("target CT09", null).size());
  }
}
