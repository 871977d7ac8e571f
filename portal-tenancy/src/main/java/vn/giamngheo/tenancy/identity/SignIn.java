package vn.giamngheo.tenancy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.Units;

/**
 * Signs a caller in to the unit named in their caller name. Before anyone is signed in, the attempt
 * runs in the scope of that unit alone, so it can read only that unit's accounts.
 */
@ApplicationScoped
public class SignIn {
  @Inject Units units;
  @Inject Accounts accounts;
  @Inject TenantContext tenant;

  public SignInResult attempt(String callerName, String password) {
    return CallerName.parse(callerName)
        .flatMap(
            caller ->
                units
                    .findByCode(caller.unitCode())
                    .map(
                        unit ->
                            tenant.runAs(
                                AccessScope.subtreeOf(unit.getPath()),
                                () -> accounts.verify(unit, caller.username(), password))))
        .orElse(SignInResult.refused(SignInResult.Outcome.UNKNOWN_UNIT));
  }
}
