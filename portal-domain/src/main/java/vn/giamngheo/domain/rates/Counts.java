package vn.giamngheo.domain.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Households counted in a year, and how many of them were on the poor and near-poor lists. */
public record Counts(long households, long poor, long nearPoor) {
  public static final Counts NONE = new Counts(0, 0, 0);

  public Counts plus(Counts other) {
    return new Counts(households + other.households, poor + other.poor, nearPoor + other.nearPoor);
  }

  /** Poor households per 100 households, to 2 decimals; null without households. */
  public BigDecimal poorRate() {
    return rate(poor);
  }

  /** Near-poor households per 100 households, to 2 decimals; null without households. */
  public BigDecimal nearPoorRate() {
    return rate(nearPoor);
  }

  private BigDecimal rate(long part) {
    if (households == 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(households), 2, RoundingMode.HALF_UP);
  }
}
