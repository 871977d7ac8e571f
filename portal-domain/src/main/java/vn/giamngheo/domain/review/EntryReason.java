package vn.giamngheo.domain.review;

/** Why a household is on a review's list. */
public enum EntryReason {
  /** It was on the poor or near-poor list of the year before. */
  ON_LIST,
  /** It has an open application. */
  APPLIED,
  /** The commune's staff added it from the register. */
  ADDED
}
