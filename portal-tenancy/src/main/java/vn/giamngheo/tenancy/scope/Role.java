package vn.giamngheo.tenancy.scope;

import vn.giamngheo.tenancy.unit.UnitLevel;

/** What a user does in the program; each role belongs to accounts of one level of unit. */
public enum Role {
  PROVINCE_ADMIN(UnitLevel.PROVINCE),
  DISTRICT_OFFICER(UnitLevel.DISTRICT),
  COMMUNE_LEADER(UnitLevel.COMMUNE),
  COMMUNE_STAFF(UnitLevel.COMMUNE);

  private final String levelCode;

  Role(String levelCode) {
    this.levelCode = levelCode;
  }

  /** The level of unit whose accounts may hold this role. */
  public String levelCode() {
    return levelCode;
  }
}
