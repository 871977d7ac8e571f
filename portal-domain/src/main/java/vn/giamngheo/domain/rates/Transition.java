package vn.giamngheo.domain.rates;

import java.util.Optional;
import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * How a household's list changed from one year to the next. Leaving the poor list for the near-poor
 * list is escaping poverty; entering the poor list again after an earlier year on it is falling
 * back.
 */
public enum Transition {
  STAYED_POOR,
  ESCAPED_POVERTY,
  NEWLY_POOR,
  FELL_BACK,
  STAYED_NEAR_POOR,
  ESCAPED_NEAR_POVERTY,
  NEWLY_NEAR_POOR;

  /**
   * The transition of a household from its list the year before ({@code before}, null when on no
   * list) to this year's ({@code now}), knowing whether it was poor in any year before the year
   * before; empty when it was on neither list in both years.
   */
  public static Optional<Transition> of(
      PovertyStatus before, PovertyStatus now, boolean poorEarlier) {
    boolean poorBefore = before == PovertyStatus.POOR;
    boolean poorNow = now == PovertyStatus.POOR;
    boolean nearBefore = before == PovertyStatus.NEAR_POOR;
    boolean nearNow = now == PovertyStatus.NEAR_POOR;
    if (poorBefore) {
      return Optional.of(poorNow ? STAYED_POOR : ESCAPED_POVERTY);
    }
    if (poorNow) {
      return Optional.of(poorEarlier ? FELL_BACK : NEWLY_POOR);
    }
    if (nearBefore) {
      return Optional.of(nearNow ? STAYED_NEAR_POOR : ESCAPED_NEAR_POVERTY);
    }
    if (nearNow) {
      return Optional.of(NEWLY_NEAR_POOR);
    }
    return Optional.empty();
  }
}
