package vn.giamngheo.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import vn.giamngheo.tenancy.identity.SignedInUser;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.security.CurrentUser;

/** The API caller and what they may reach. */
@RequestScoped
public class Caller {
  @Inject CurrentUser currentUser;
  @Inject Units units;

  SignedInUser user() {
    return currentUser.required();
  }

  /** The unit, if the caller's scope covers it; outside the scope it does not exist (404). */
  AdminUnit unitInScope(String code) {
    return units
        .findByCode(code)
        .filter(unit -> user().scope().canRead(unit))
        .orElseThrow(NotFoundException::new);
  }

  /**
   * The unit, if the caller's scope covers it or it lies above the caller (whose published work the
   * caller sees); otherwise it does not exist for them (404).
   */
  AdminUnit unitInScopeOrAbove(String code) {
    return units
        .findByCode(code)
        .filter(
            unit -> user().scope().canRead(unit) || user().unitPath().startsWith(unit.getPath()))
        .orElseThrow(NotFoundException::new);
  }

  void require(Role... allowed) {
    for (Role role : allowed) {
      if (user().role() == role) {
        return;
      }
    }
    throw new ForbiddenException();
  }
}
