package vn.giamngheo.deploy;

import vn.giamngheo.tenancy.database.DatabaseRoles;

/** Where the portal's database is and which roles it uses. */
record DatabaseSettings(String serverUrl, String database, DatabaseRoles roles) {
  String url() {
    return serverUrl + database;
  }
}
