package vn.giamngheo.domain.review;

import java.util.EnumMap;
import java.util.Map;
import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * How a review's households classify, for one village or the whole commune: the count of each
 * status, and of those not yet surveyed.
 */
public record ReviewCounts(Map<PovertyStatus, Long> byStatus, long unsurveyed) {
  public ReviewCounts {
    EnumMap<PovertyStatus, Long> all = new EnumMap<>(PovertyStatus.class);
    for (PovertyStatus status : PovertyStatus.values()) {
      all.put(status, byStatus.getOrDefault(status, 0L));
    }
    byStatus = Map.copyOf(all);
  }

  public long of(PovertyStatus status) {
    return byStatus.get(status);
  }

  public long getPoor() {
    return of(PovertyStatus.POOR);
  }

  public long getNearPoor() {
    return of(PovertyStatus.NEAR_POOR);
  }

  public long getAverage() {
    return of(PovertyStatus.AVERAGE);
  }

  public long getNone() {
    return of(PovertyStatus.NONE);
  }

  public long getUnsurveyed() {
    return unsurveyed;
  }

  public long getTotal() {
    return byStatus.values().stream().mapToLong(Long::longValue).sum() + unsurveyed;
  }
}
