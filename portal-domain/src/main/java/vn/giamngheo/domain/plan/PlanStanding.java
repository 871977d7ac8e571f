package vn.giamngheo.domain.plan;

import java.sql.Date;
import java.time.LocalDate;

/** Where a unit stands with its plan: not started, drafting, submitted, or issued on a date. */
public record PlanStanding(
    String unitCode,
    String unitName,
    Long planId,
    PlanStatus status,
    String numberSymbol,
    LocalDate issuedOn,
    Integer version) {

  public boolean isStarted() {
    return planId != null;
  }

  static PlanStanding of(Object[] row) {
    return new PlanStanding(
        (String) row[0],
        (String) row[1],
        row[2] == null ? null : ((Number) row[2]).longValue(),
        row[3] == null ? null : PlanStatus.valueOf((String) row[3]),
        (String) row[4],
        row[5] == null ? null : localDate(row[5]),
        row[6] == null ? null : ((Number) row[6]).intValue());
  }

  private static LocalDate localDate(Object value) {
    return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
  }
}
