package vn.giamngheo.tenancy.scope;

import java.io.Serializable;
import java.util.Objects;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * The part of the hierarchy a piece of work may read and write, as unit path prefixes. A user's
 * scope is their own unit and everything below it: a commune with its villages, a district with its
 * communes, a province with everything. The database enforces the same prefixes with row-level
 * security.
 */
public record AccessScope(String readPath, String writePath) implements Serializable {

  private static final String EVERYTHING = "/";

  public AccessScope {
    requirePath(readPath);
    requirePath(writePath);
    if (!writePath.startsWith(readPath)) {
      throw new IllegalArgumentException("write scope must lie inside read scope");
    }
  }

  private static void requirePath(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/") || !path.endsWith("/")) {
      throw new IllegalArgumentException("not a unit path: " + path);
    }
  }

  /** The scope of an account holding {@code role} in {@code unit}. */
  public static AccessScope of(AdminUnit unit, Role role) {
    if (!unit.isAt(role.levelCode())) {
      throw new IllegalArgumentException(
          role + " belongs to a " + role.levelCode() + ", not to unit " + unit.getCode());
    }
    return subtreeOf(unit.getPath());
  }

  /** Read and write the subtree under the unit at {@code unitPath}. */
  public static AccessScope subtreeOf(String unitPath) {
    return new AccessScope(unitPath, unitPath);
  }

  /** For the portal's own start-up work (migrations done, demo data, first province import). */
  public static AccessScope system() {
    return new AccessScope(EVERYTHING, EVERYTHING);
  }

  public boolean canRead(String unitPath) {
    return unitPath.startsWith(readPath);
  }

  public boolean canWrite(String unitPath) {
    return unitPath.startsWith(writePath);
  }

  public boolean canRead(AdminUnit unit) {
    return canRead(unit.getPath());
  }

  public boolean canWrite(AdminUnit unit) {
    return canWrite(unit.getPath());
  }
}
