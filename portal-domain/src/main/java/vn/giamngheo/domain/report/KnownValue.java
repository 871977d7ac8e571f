package vn.giamngheo.domain.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A fact the portal already holds that fills a report value by itself, e.g. the plan tasks a unit
 * finished in the period. A report template names it by {@link #source()} beside an indicator.
 */
public interface KnownValue {
  String source();

  /** The unit's value for the period, if the portal knows it. */
  Optional<BigDecimal> of(long unitId, Period period);
}
