package vn.giamngheo.tenancy.database;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the portal's schema up to date with the Flyway migrations of every module. */
public final class SchemaMigration {
  public static final String SCHEMA = "portal";

  private SchemaMigration() {}

  /** Migrates as the owner role: the only role that may change the schema. */
  public static MigrateResult migrate(String jdbcUrl, String ownerUser, String ownerPassword) {
    return migrate(jdbcUrl, ownerUser, ownerPassword, MigrationVersion.LATEST);
  }

  /**
   * Migrates up to {@code target} only: how a test sets up data that a later migration converts.
   */
  public static MigrateResult migrate(
      String jdbcUrl, String ownerUser, String ownerPassword, MigrationVersion target) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(jdbcUrl, ownerUser, ownerPassword)
        .schemas(SCHEMA)
        .createSchemas(false)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }
}
