package vn.giamngheo.domain.importing;

import vn.giamngheo.domain.standard.DeprivationIndicator;

/**
 * One column of the household import file: its header as the template writes it, whether it belongs
 * to the household (filled on its first row) or to each person, whether it must be filled, and how
 * to fill it (the template's "Hướng dẫn" sheet).
 *
 * @param key what the column holds; for a deprivation indicator its code
 * @param indicator the indicator the column answers, or null for the fixed columns
 */
public record ImportColumn(
    String key,
    String header,
    String headerEn,
    Part part,
    boolean required,
    String hint,
    String example,
    DeprivationIndicator indicator) {

  /** Whose fact a column is. */
  public enum Part {
    HOUSEHOLD,
    PERSON
  }

  public boolean isIndicator() {
    return indicator != null;
  }
}
