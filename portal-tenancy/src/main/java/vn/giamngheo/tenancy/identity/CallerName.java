package vn.giamngheo.tenancy.identity;

import java.util.Optional;

/** A caller named {@code unitCode/username}, e.g. {@code 15160/vhcs}. */
public record CallerName(String unitCode, String username) {
  public static String of(String unitCode, String username) {
    return unitCode + "/" + username;
  }

  public static Optional<CallerName> parse(String callerName) {
    if (callerName == null) {
      return Optional.empty();
    }
    int slash = callerName.indexOf('/');
    if (slash <= 0 || slash == callerName.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(
        new CallerName(
            callerName.substring(0, slash).strip(), callerName.substring(slash + 1).strip()));
  }
}
