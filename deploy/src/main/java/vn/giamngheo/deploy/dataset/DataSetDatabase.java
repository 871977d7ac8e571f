package vn.giamngheo.deploy.dataset;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import vn.giamngheo.tenancy.database.DatabaseProvisioner;
import vn.giamngheo.tenancy.database.DatabaseRoles;
import vn.giamngheo.tenancy.database.SchemaMigration;

/**
 * The database the data set lives in: on a server where we may connect as a superuser (who creates
 * it, fills it fast and runs the benchmark's baseline without row-level security), with the
 * portal's owner and runtime roles.
 */
public record DataSetDatabase(
    String serverUrl, String name, String superUser, String superPassword, DatabaseRoles roles) {

  static final DatabaseRoles ROLES =
      new DatabaseRoles(
          "portal_dataset_owner", "dataset-owner-pw", "portal_dataset_app", "dataset-app-pw");

  private static EmbeddedPostgres embedded;

  /**
   * From the command line's environment: {@code PORTAL_DATASET_SERVER} (default the PostgreSQL at
   * 127.0.0.1:5432 as {@code postgres}; when none answers, an embedded one keeping its data in
   * {@code .portal-data/dataset-postgres} on port 5434) and {@code PORTAL_DATASET_DB} ({@code
   * portal_dataset}).
   */
  static DataSetDatabase fromEnvironment() {
    Map<String, String> env = System.getenv();
    String server = env.getOrDefault("PORTAL_DATASET_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    String user = env.getOrDefault("PORTAL_DATASET_SUPERUSER", "postgres");
    String password = env.getOrDefault("PORTAL_DATASET_SUPERPASSWORD", "");
    String name = env.getOrDefault("PORTAL_DATASET_DB", "portal_dataset");
    if (!env.containsKey("PORTAL_DATASET_SERVER") && !answers(server, user, password)) {
      server = startEmbedded(Path.of(".portal-data", "dataset-postgres"), 5434);
      user = "postgres";
      password = "";
    }
    return new DataSetDatabase(server, name, user, password, ROLES);
  }

  public String url() {
    return serverUrl + name;
  }

  DatabaseProvisioner provisioner() {
    return new DatabaseProvisioner(serverUrl, superUser, superPassword);
  }

  /** Bypasses row-level security: for filling the tables and for the benchmark's baseline. */
  Connection connectAsSuperuser() throws SQLException {
    Connection connection = DriverManager.getConnection(url(), superUser, superPassword);
    connection.setSchema(SchemaMigration.SCHEMA);
    return connection;
  }

  private static boolean answers(String server, String user, String password) {
    try (Connection ignored =
        DriverManager.getConnection(server + "postgres?connectTimeout=3", user, password)) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static synchronized String startEmbedded(Path data, int port) {
    try {
      if (embedded == null) {
        Files.createDirectories(data);
        System.out.println("No PostgreSQL at 127.0.0.1:5432: using an embedded one in " + data);
        embedded =
            EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
      }
      return "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }
}
