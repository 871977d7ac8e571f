package vn.giamngheo.tenancy.scope;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * Who the current request works for and in which scope. Empty until someone signs in: then nothing
 * tenant-owned is visible, in the application or in the database.
 */
@RequestScoped
public class TenantContext {
  static final String SYSTEM_ACTOR = "system";

  private AccessScope scope;
  private String actor;
  private Role role;

  public Optional<AccessScope> scope() {
    return Optional.ofNullable(scope);
  }

  /** The signed-in caller as {@code unitCode/username}, or {@code system} for start-up work. */
  public String actor() {
    return actor == null ? "anonymous" : actor;
  }

  public void enter(AccessScope newScope, String newActor, Role newRole) {
    this.scope = newScope;
    this.actor = newActor;
    this.role = newRole;
  }

  /**
   * Whether the caller acts in one of {@code roles}. The portal's own start-up work acts in every
   * role.
   */
  public boolean actsAs(Role... roles) {
    if (isSystem()) {
      return true;
    }
    for (Role allowed : roles) {
      if (allowed == role) {
        return true;
      }
    }
    return false;
  }

  /** The portal's own start-up work, not a signed-in person. */
  public boolean isSystem() {
    return SYSTEM_ACTOR.equals(actor);
  }

  /** Whether the caller works for {@code unit} itself, not merely above it. */
  public boolean worksFor(AdminUnit unit) {
    return isSystem() || scope().map(s -> s.writePath().equals(unit.getPath())).orElse(false);
  }

  /** Runs {@code work} in {@code temporary} scope, then returns to the scope it was in. */
  public <T> T runAs(AccessScope temporary, Supplier<T> work) {
    AccessScope previous = scope;
    scope = temporary;
    try {
      return work.get();
    } finally {
      scope = previous;
    }
  }

  /** Runs the portal's own start-up work with the whole hierarchy in scope. */
  public <T> T runAsSystem(Supplier<T> work) {
    String previousActor = actor;
    actor = SYSTEM_ACTOR;
    try {
      return runAs(AccessScope.system(), work);
    } finally {
      actor = previousActor;
    }
  }
}
