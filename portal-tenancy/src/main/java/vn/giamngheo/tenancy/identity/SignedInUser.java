package vn.giamngheo.tenancy.identity;

import java.io.Serializable;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.Role;

/** The signed-in person as the rest of the request sees them; kept in the session. */
public record SignedInUser(
    long accountId,
    String username,
    String fullName,
    String jobTitle,
    Role role,
    long unitId,
    String unitCode,
    String unitName,
    String unitPath,
    String unitLevel)
    implements Serializable {

  /** The caller name used by Jakarta Security and HTTP Basic: {@code unitCode/username}. */
  public String callerName() {
    return CallerName.of(unitCode, username);
  }

  public AccessScope scope() {
    return AccessScope.subtreeOf(unitPath);
  }
}
