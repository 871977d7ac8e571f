package vn.giamngheo.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import vn.giamngheo.domain.program.Aggregation;

/**
 * What the values of one indicator over some reports add up to, kept so that parts combine into a
 * whole by any aggregation rule: count, sum, minimum, the sums a weighted average needs, and the
 * latest value.
 */
public record Partial(
    long reports,
    BigDecimal sum,
    BigDecimal min,
    BigDecimal weightedSum,
    BigDecimal weights,
    BigDecimal latest,
    OffsetDateTime latestAt) {
  private static final int RATE_SCALE = 2;

  public static final Partial NONE = new Partial(0, null, null, null, null, null, null);

  public Partial plus(Partial other) {
    if (other.reports == 0) {
      return this;
    }
    if (reports == 0) {
      return other;
    }
    boolean otherIsLater =
        latestAt == null || (other.latestAt != null && other.latestAt.isAfter(latestAt));
    return new Partial(
        reports + other.reports,
        add(sum, other.sum),
        Stream.of(min, other.min)
            .filter(v -> v != null)
            .min(Comparator.naturalOrder())
            .orElse(null),
        add(weightedSum, other.weightedSum),
        add(weights, other.weights),
        otherIsLater ? other.latest : latest,
        otherIsLater ? other.latestAt : latestAt);
  }

  /** The value these reports give under {@code rule}; none when there are none to weigh. */
  public Optional<BigDecimal> value(Aggregation rule) {
    if (reports == 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (rule) {
          case SUM -> sum;
          case MIN -> min;
          case LATEST -> latest;
          case WEIGHTED_AVERAGE ->
              weights == null || weights.signum() == 0
                  ? null
                  : weightedSum.divide(weights, RATE_SCALE, RoundingMode.HALF_UP);
        });
  }

  private static BigDecimal add(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.add(b);
  }
}
