package vn.giamngheo.domain.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.domain.program.Aggregation;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.program.ValueType;

/**
 * How a unit's target is shared among the units below it, by the kind of indicator: counts and
 * money must add up to at least the whole; rates give each unit a minimum, the whole's own by
 * default, and a unit given less than that is a shortfall too.
 */
public final class Allocation {
  private final Indicator indicator;
  private final BigDecimal whole;

  public Allocation(Indicator indicator, BigDecimal whole) {
    if (!allocatable(indicator)) {
      throw new IllegalArgumentException(indicator.getCode() + " is not allocated");
    }
    this.indicator = indicator;
    this.whole = whole;
  }

  public static boolean allocatable(Indicator indicator) {
    return indicator.getValueType() == ValueType.COUNT
        || indicator.getValueType() == ValueType.MONEY
        || indicator.getValueType() == ValueType.PERCENTAGE
        || indicator.getValueType() == ValueType.POINTS;
  }

  /** Whether the parts add up (counts, money) rather than each keeping a minimum (rates). */
  public boolean adds() {
    return indicator.getAggregation() == Aggregation.SUM;
  }

  /** The value a unit below starts with before anyone gives it one. */
  public Optional<BigDecimal> defaultPart() {
    return adds() ? Optional.empty() : Optional.of(whole);
  }

  /**
   * What the parts fall short of the whole: for counts and money, the whole less their sum; for
   * rates, the parts below the whole's minimum. Empty when nothing falls short.
   */
  public Optional<Shortfall> shortfall(Map<Long, BigDecimal> parts) {
    if (adds()) {
      BigDecimal sum = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      return sum.compareTo(whole) < 0
          ? Optional.of(new Shortfall(whole.subtract(sum), List.of()))
          : Optional.empty();
    }
    List<Long> below =
        parts.entrySet().stream()
            .filter(part -> part.getValue().compareTo(whole) < 0)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    return below.isEmpty() ? Optional.empty() : Optional.of(new Shortfall(null, below));
  }

  /** By how much the parts' sum falls short, or which units are given less than the minimum. */
  public record Shortfall(BigDecimal amount, List<Long> unitsBelow) {}
}
