package vn.giamngheo.deploy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.tenancy.database.DatabaseRoles;

/** The launcher's settings, from environment variables (see README, "Configuration"). */
record LauncherConfig(
    Path home,
    Path dataDir,
    int httpPort,
    int embeddedDbPort,
    boolean demo,
    List<String> javaOptions,
    Optional<DatabaseSettings> externalDatabase) {

  static LauncherConfig fromEnvironment() {
    Map<String, String> env = System.getenv();
    Path home = Path.of(System.getProperty("portal.home", ".")).toAbsolutePath().normalize();
    return new LauncherConfig(
        home,
        Path.of(env.getOrDefault("PORTAL_DATA_DIR", home.resolve(".portal-data").toString())),
        Integer.parseInt(env.getOrDefault("PORTAL_HTTP_PORT", "8080")),
        Integer.parseInt(env.getOrDefault("PORTAL_EMBEDDED_DB_PORT", "5433")),
        Boolean.parseBoolean(env.getOrDefault("PORTAL_DEMO", "true")),
        Arrays.asList(env.getOrDefault("PORTAL_JAVA_OPTS", "-Xmx1g").trim().split("\\s+")),
        externalDatabase(env));
  }

  private static Optional<DatabaseSettings> externalDatabase(Map<String, String> env) {
    String url = env.get("PORTAL_DB_URL");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    int slash = url.lastIndexOf('/');
    DatabaseRoles roles =
        new DatabaseRoles(
            env.getOrDefault("PORTAL_DB_OWNER_USER", "portal_owner"),
            env.getOrDefault("PORTAL_DB_OWNER_PASSWORD", ""),
            env.getOrDefault("PORTAL_DB_USER", "portal_app"),
            env.getOrDefault("PORTAL_DB_PASSWORD", ""));
    return Optional.of(
        new DatabaseSettings(url.substring(0, slash + 1), url.substring(slash + 1), roles));
  }

  Path serverDir() {
    return home.resolve("deploy/target/server");
  }

  Path serverLog() {
    return dataDir.resolve("payara.log");
  }
}
