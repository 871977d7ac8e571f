package vn.giamngheo.domain.household;

import java.text.Normalizer;
import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * What a register list is narrowed to: a village, the status recognised in a year (no year: the
 * latest year the commune has statuses for), the head's ethnicity, an indicator the household was
 * deprived on that year, and a name — the head's or a member's, ignoring diacritics and case, each
 * word of the name matched from its start ("nguyen van" finds "Nguyễn Văn An", "lan" finds "Nguyễn
 * Thị Lan"). Empty parts do not narrow.
 */
public record HouseholdFilter(
    Long villageId,
    Integer year,
    PovertyStatus status,
    String ethnicity,
    String deprivation,
    String name) {

  public static final HouseholdFilter NONE =
      new HouseholdFilter(null, null, null, null, null, null);

  public HouseholdFilter {
    ethnicity = clean(ethnicity);
    deprivation = clean(deprivation);
    name = clean(name);
  }

  /** NFC, trimmed, single spaces; null when nothing is left. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String cleaned =
        Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    return cleaned.isEmpty() ? null : cleaned;
  }

  public HouseholdFilter withYear(Integer newYear) {
    return new HouseholdFilter(villageId, newYear, status, ethnicity, deprivation, name);
  }
}
