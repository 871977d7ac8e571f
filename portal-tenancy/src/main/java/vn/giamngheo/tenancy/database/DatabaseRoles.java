package vn.giamngheo.tenancy.database;

import java.util.Map;

/** The owner role that runs migrations and the runtime role the portal connects with. */
public record DatabaseRoles(String owner, String ownerPassword, String app, String appPassword) {
  Map<String, String> asPsqlVariables() {
    return Map.of(
        "owner_role", owner,
        "owner_password", ownerPassword,
        "app_role", app,
        "app_password", appPassword);
  }
}
