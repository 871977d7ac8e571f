package vn.giamngheo.domain.report;

/**
 * Where a unit's report for a period stands: not started, a draft being written, submitted by the
 * unit's leader, returned by the reviewer above with a comment, or approved (and locked).
 */
public enum ReportStatus {
  NOT_STARTED,
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED;

  /** Whether the unit may still write in it. */
  public boolean isOpen() {
    return this == NOT_STARTED || this == DRAFT || this == RETURNED;
  }
}
