package vn.giamngheo.domain.target;

/** A target being set by the level above, or published to the unit it is for. */
public enum TargetStatus {
  DRAFT,
  PUBLISHED
}
