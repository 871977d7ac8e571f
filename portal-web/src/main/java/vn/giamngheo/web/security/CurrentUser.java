package vn.giamngheo.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import vn.giamngheo.tenancy.identity.SignedInUser;
import vn.giamngheo.tenancy.scope.Role;

/** The person this request is for, if anyone has signed in. */
@Named
@RequestScoped
public class CurrentUser {
  private SignedInUser user;

  void set(SignedInUser signedIn) {
    this.user = signedIn;
  }

  public Optional<SignedInUser> get() {
    return Optional.ofNullable(user);
  }

  /** For pages: the signed-in user, or null. */
  public SignedInUser getUser() {
    return user;
  }

  public SignedInUser required() {
    return get().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
  }

  public boolean isSignedIn() {
    return user != null;
  }

  public boolean has(Role role) {
    return user != null && user.role() == role;
  }

  /** For pages: {@code #{currentUser.has('COMMUNE_LEADER')}}. */
  public boolean has(String role) {
    return has(Role.valueOf(role));
  }

  public boolean isProvinceAdmin() {
    return has(Role.PROVINCE_ADMIN);
  }

  public boolean isCommuneUser() {
    return has(Role.COMMUNE_LEADER) || has(Role.COMMUNE_STAFF);
  }
}
