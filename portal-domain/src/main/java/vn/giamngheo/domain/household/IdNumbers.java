package vn.giamngheo.domain.household;

/**
 * Citizen ID numbers: 12 digits (CCCD), or 9 for the old identity cards. Shown masked wherever the
 * user does not need the whole number.
 */
public final class IdNumbers {
  private static final int SHOWN = 3;

  private IdNumbers() {}

  public static boolean isWellFormed(String number) {
    return number != null && number.matches("[0-9]{12}|[0-9]{9}");
  }

  /** "*********123" for "001234567123"; empty when there is no number. */
  public static String mask(String number) {
    if (number == null || number.isEmpty()) {
      return "";
    }
    int hidden = Math.max(0, number.length() - SHOWN);
    return "*".repeat(hidden) + number.substring(hidden);
  }
}
