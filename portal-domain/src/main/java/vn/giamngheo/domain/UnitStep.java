package vn.giamngheo.domain;

import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

/**
 * The two kinds of step in a unit's own paperwork (its plans, its reports): drafting, which a
 * commune's staff and leader do, and leading — submitting, issuing — which only its leader does.
 * Districts and the province have one role that does both.
 */
public enum UnitStep {
  DRAFT,
  LEAD;

  /** The roles that take this step for {@code unit}. */
  public Role[] roles(AdminUnit unit) {
    return switch (unit.getLevel().getCode()) {
      case UnitLevel.COMMUNE ->
          this == LEAD
              ? new Role[] {Role.COMMUNE_LEADER}
              : new Role[] {Role.COMMUNE_STAFF, Role.COMMUNE_LEADER};
      case UnitLevel.DISTRICT -> new Role[] {Role.DISTRICT_OFFICER};
      case UnitLevel.PROVINCE -> new Role[] {Role.PROVINCE_ADMIN};
      default -> new Role[] {};
    };
  }
}
