package vn.giamngheo.tenancy.database;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the migrations before anything else of the portal touches the database. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MigrateOnStartup {
  private static final Logger LOG = Logger.getLogger(MigrateOnStartup.class.getName());

  @Inject
  @ConfigProperty(name = "portal.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "portal.db.owner-user", defaultValue = "portal_owner")
  String ownerUser;

  @Inject
  @ConfigProperty(name = "portal.db.owner-password", defaultValue = "")
  String ownerPassword;

  @PostConstruct
  void migrate() {
    MigrateResult result = SchemaMigration.migrate(url, ownerUser, ownerPassword);
    LOG.info(
        () ->
            "Schema at version %s (%d migrations applied now)"
                .formatted(result.targetSchemaVersion, result.migrationsExecuted));
  }
}
