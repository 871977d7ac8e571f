package vn.giamngheo.tenancy.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import vn.giamngheo.tenancy.database.DatabaseProvisioner;
import vn.giamngheo.tenancy.database.DatabaseRoles;
import vn.giamngheo.tenancy.database.SchemaMigration;

/**
 * A fresh, migrated database for one test run, on the PostgreSQL server at 127.0.0.1:5432 when one
 * answers (or at {@code PORTAL_TEST_PG_URL}), else on an embedded PostgreSQL started for this JVM.
 * Closing it drops the database.
 */
public final class TestDatabase implements AutoCloseable {
  public static final DatabaseRoles ROLES =
      new DatabaseRoles("portal_test_owner", "test-owner-pw", "portal_test_app", "test-app-pw");

  private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static EmbeddedPostgres embedded;

  private final DatabaseProvisioner provisioner;
  private final String name;

  private TestDatabase(DatabaseProvisioner provisioner, String name) {
    this.provisioner = provisioner;
    this.name = name;
  }

  public static TestDatabase create() {
    return createUpTo(MigrationVersion.LATEST);
  }

  /**
   * A fresh database migrated up to {@code version} only: a test writes data the way it was, then
   * {@link #migrate()}s and reads how a later migration converted it.
   */
  public static TestDatabase createUpTo(MigrationVersion version) {
    DatabaseProvisioner provisioner = server();
    String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      provisioner.provision(name, ROLES);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    TestDatabase db = new TestDatabase(provisioner, name);
    SchemaMigration.migrate(db.url(), ROLES.owner(), ROLES.ownerPassword(), version);
    return db;
  }

  /** Applies every migration not applied yet. */
  public void migrate() {
    SchemaMigration.migrate(url(), ROLES.owner(), ROLES.ownerPassword());
  }

  private static synchronized DatabaseProvisioner server() {
    String configured = System.getenv("PORTAL_TEST_PG_URL");
    String url = configured != null ? configured : DEFAULT_SERVER;
    if (embedded == null && answers(url)) {
      return new DatabaseProvisioner(url, "postgres", "");
    }
    try {
      if (embedded == null) {
        System.out.println("No PostgreSQL answers at " + url + ": starting an embedded one");
        embedded = EmbeddedPostgres.builder().start();
      }
      return new DatabaseProvisioner(
          "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/", "postgres", "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }

  private static boolean answers(String serverUrl) {
    try (Connection ignored =
        DriverManager.getConnection(serverUrl + "postgres?connectTimeout=3", "postgres", "")) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  public String url() {
    return provisioner.urlOf(name);
  }

  /** A connection as the runtime role: what the portal itself gets. */
  public Connection connectAsApp() throws SQLException {
    return DriverManager.getConnection(url(), ROLES.app(), ROLES.appPassword());
  }

  /**
   * A connection as the runtime role, in a transaction scoped to the subtree of {@code unitId}, as
   * the portal opens one for a user of that unit. The test rolls it back.
   */
  public Connection transactionInScopeOf(long unitId) throws SQLException {
    Connection app = connectAsApp();
    app.setAutoCommit(false);
    SqlFixtures.inScope(app, SqlFixtures.pathOf(app, unitId));
    return app;
  }

  /** A connection as the owner role: migrations and fixtures. */
  public Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(url(), ROLES.owner(), ROLES.ownerPassword());
  }

  @Override
  public void close() throws SQLException {
    provisioner.drop(name);
  }
}
