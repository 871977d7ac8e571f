package vn.giamngheo.domain.plan;

/**
 * Where a plan stands: drafted by staff, submitted to the leader, issued with its number and date
 * (then read-only, visible to the level above), or superseded by an amendment.
 */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  ISSUED,
  SUPERSEDED
}
