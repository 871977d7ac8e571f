package vn.giamngheo.domain.standard;

/** What a household is under a poverty standard; the first two are the lists a commune keeps. */
public enum PovertyStatus {
  POOR,
  NEAR_POOR,
  /** Income above the poverty line up to the average-living-standard line. */
  AVERAGE,
  NONE;

  /** On the poor or near-poor list. */
  public boolean isListed() {
    return this == POOR || this == NEAR_POOR;
  }
}
