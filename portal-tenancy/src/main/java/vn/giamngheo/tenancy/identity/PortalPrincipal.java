package vn.giamngheo.tenancy.identity;

import jakarta.security.enterprise.CallerPrincipal;

/** The container's caller principal, carrying who the caller is in the portal. */
public class PortalPrincipal extends CallerPrincipal {
  private final SignedInUser user;

  public PortalPrincipal(SignedInUser user) {
    super(user.callerName());
    this.user = user;
  }

  public SignedInUser user() {
    return user;
  }
}
