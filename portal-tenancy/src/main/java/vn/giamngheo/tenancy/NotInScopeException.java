package vn.giamngheo.tenancy;

/**
 * Something the caller asked for by its identifier that does not exist for them — missing, or
 * outside their scope, which they must not be able to tell apart.
 */
public class NotInScopeException extends UserFacingException {
  public NotInScopeException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
