package vn.giamngheo.domain.program;

import java.math.BigDecimal;
import java.util.Optional;

/** What kind of value an indicator holds, and what such a value must look like. */
public enum ValueType {
  COUNT,
  PERCENTAGE,
  /**
   * A change in percentage points, such as a rate's fall from one year to the next: −100 to 100.
   */
  POINTS,
  MONEY,
  YES_NO,
  TEXT;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The message key of what is wrong with {@code value} for this type, if anything. */
  Optional<String> problemWith(BigDecimal value) {
    return switch (this) {
      case COUNT, MONEY -> wholeAndNotNegative(value);
      case PERCENTAGE ->
          value.signum() < 0 || value.compareTo(HUNDRED) > 0
              ? Optional.of("indicator.value.notPercentage")
              : Optional.empty();
      case POINTS ->
          value.abs().compareTo(HUNDRED) > 0
              ? Optional.of("indicator.value.notPoints")
              : Optional.empty();
      case YES_NO ->
          value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0
              ? Optional.empty()
              : Optional.of("indicator.value.notYesNo");
      case TEXT -> Optional.of("indicator.value.textHasNoNumber");
    };
  }

  private static Optional<String> wholeAndNotNegative(BigDecimal value) {
    if (value.signum() < 0) {
      return Optional.of("indicator.value.negative");
    }
    if (value.stripTrailingZeros().scale() > 0) {
      return Optional.of("indicator.value.notWhole");
    }
    return Optional.empty();
  }
}
