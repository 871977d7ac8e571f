package vn.giamngheo.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.giamngheo.tenancy.testing.TestDatabase;

/**
 * Before the integration tests start Payara Micro: creates their database and hands it to the
 * server through {@code payara.cmdOptions}, with the demo data switched on. Drops it at the end.
 * Does nothing for unit tests (only the integration tests' run names a WAR to deploy).
 */
public class PortalTestEnvironment implements LauncherSessionListener {
  /** Where the tests' SMTP server listens; the portal sends its e-mail there. */
  public static final int SMTP_PORT = freePort();

  private TestDatabase database;

  /** The database the server runs on, for tests that set up rows no API writes. */
  private static volatile TestDatabase current;

  public static TestDatabase database() {
    if (current == null) {
      throw new IllegalStateException("no portal test database: not an integration test run");
    }
    return current;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("portal.war") == null || database != null) {
      return;
    }
    database = TestDatabase.create();
    current = database;
    String options =
        String.join(
            " ",
            "-Xmx768m",
            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
            "-Dportal.db.url=" + database.url(),
            "-Dportal.db.user=" + TestDatabase.ROLES.app(),
            "-Dportal.db.password=" + TestDatabase.ROLES.appPassword(),
            "-Dportal.db.owner-user=" + TestDatabase.ROLES.owner(),
            "-Dportal.db.owner-password=" + TestDatabase.ROLES.ownerPassword(),
            "-Dportal.demo=true",
            "-Dportal.mail.host=127.0.0.1",
            "-Dportal.mail.port=" + SMTP_PORT);
    System.setProperty("payara.cmdOptions", options);
    System.setProperty("payara.extraMicroOptions", "--nocluster");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database == null) {
      return;
    }
    try {
      database.close();
    } catch (SQLException e) {
      System.err.println("could not drop the test database: " + e.getMessage());
    }
    database = null;
  }
}
