package vn.giamngheo.web.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.target.Target;

/** A unit's target for an indicator and year, and what it allocated to each unit below. */
public record TargetView(
    String indicator,
    String name,
    String measureUnit,
    int year,
    BigDecimal value,
    String status,
    OffsetDateTime acknowledgedAt,
    String shortfallReason,
    BigDecimal allocatedSum,
    List<Allocated> allocations) {

  /** One unit below and its part. */
  public record Allocated(
      String unit, String name, BigDecimal value, String status, OffsetDateTime acknowledgedAt) {}

  static TargetView of(Indicator indicator, Target own, List<Allocated> allocations) {
    return new TargetView(
        indicator.getCode(),
        indicator.getName(),
        indicator.getMeasureUnit(),
        own.getYear(),
        own.getValue(),
        own.getStatus().name(),
        own.getAcknowledgedAt(),
        own.getShortfallReason(),
        allocations.stream().map(Allocated::value).reduce(BigDecimal::add).orElse(null),
        allocations);
  }
}
