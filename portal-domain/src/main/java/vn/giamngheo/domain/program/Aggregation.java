package vn.giamngheo.domain.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** How an indicator's values of the units below combine into the value of the unit above. */
public enum Aggregation {
  /** Households, people, models, money: the values add up. */
  SUM,
  /** Rates: each unit's value weighs by its denominator (e.g. a poverty rate by households). */
  WEIGHTED_AVERAGE,
  /** Yes/no and thresholds: the whole is only as good as its weakest part. */
  MIN,
  /** Text and stocks: the most recently reported value stands. */
  LATEST;

  private static final int RATE_SCALE = 2;

  /** One unit's value, with its weight (for weighted averages) and when it was reported. */
  public record Contribution(BigDecimal value, BigDecimal weight, java.time.Instant reportedAt) {}

  public Optional<BigDecimal> combine(List<Contribution> contributions) {
    if (contributions.isEmpty()) {
      return Optional.empty();
    }
    return switch (this) {
      case SUM ->
          Optional.of(
              contributions.stream()
                  .map(Contribution::value)
                  .reduce(BigDecimal.ZERO, BigDecimal::add));
      case WEIGHTED_AVERAGE -> weightedAverage(contributions);
      case MIN -> contributions.stream().map(Contribution::value).min(Comparator.naturalOrder());
      case LATEST ->
          contributions.stream()
              .max(Comparator.comparing(Contribution::reportedAt))
              .map(Contribution::value);
    };
  }

  private static Optional<BigDecimal> weightedAverage(List<Contribution> contributions) {
    BigDecimal weights =
        contributions.stream().map(Contribution::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (weights.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal weighted =
        contributions.stream()
            .map(c -> c.value().multiply(c.weight()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(weighted.divide(weights, RATE_SCALE, RoundingMode.HALF_UP));
  }
}
