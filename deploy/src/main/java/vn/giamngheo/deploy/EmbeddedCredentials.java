package vn.giamngheo.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import vn.giamngheo.tenancy.database.DatabaseRoles;

/**
 * The embedded database's role passwords: made up at the first start, kept (readable by the owner
 * only) beside the data so that later starts find the same roles.
 */
final class EmbeddedCredentials {
  private static final String FILE = "credentials.properties";

  private EmbeddedCredentials() {}

  static DatabaseSettings load(Path dataDir, int port) throws IOException {
    Path file = dataDir.resolve(FILE);
    Properties stored = new Properties();
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        stored.load(in);
      }
    } else {
      stored.setProperty("owner.password", randomPassword());
      stored.setProperty("app.password", randomPassword());
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (OutputStream out = Files.newOutputStream(file)) {
        stored.store(out, "Passwords of the embedded database's roles");
      }
    }
    DatabaseRoles roles =
        new DatabaseRoles(
            "portal_owner",
            stored.getProperty("owner.password"),
            "portal_app",
            stored.getProperty("app.password"));
    return new DatabaseSettings("jdbc:postgresql://127.0.0.1:" + port + "/", "portal", roles);
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
