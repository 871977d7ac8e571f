package vn.giamngheo.domain.standard;

import java.math.BigDecimal;

/** The comparison of a household's answer with an indicator's threshold that makes it deprived. */
public enum DeprivedWhen {
  LT,
  LE,
  GT,
  GE;

  public boolean holds(BigDecimal answer, BigDecimal threshold) {
    int order = answer.compareTo(threshold);
    return switch (this) {
      case LT -> order < 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      case GE -> order >= 0;
    };
  }
}
