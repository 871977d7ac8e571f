package vn.giamngheo.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import vn.giamngheo.tenancy.database.DatabaseProvisioner;

/**
 * Runs the portal on this machine: an embedded PostgreSQL (unless PORTAL_DB_URL names a server),
 * then Payara Micro with the portal, demo data included. Ctrl-C stops both.
 */
public final class Launcher {
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

  private final LauncherConfig config;
  private EmbeddedPostgres embedded;
  private Process server;

  private Launcher(LauncherConfig config) {
    this.config = config;
  }

  public static void main(String[] args) throws Exception {
    Launcher launcher = new Launcher(LauncherConfig.fromEnvironment());
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "portal-shutdown"));
    System.exit(launcher.run());
  }

  private int run() throws Exception {
    Instant start = Instant.now();
    Files.createDirectories(config.dataDir());
    DatabaseSettings database = config.externalDatabase().orElseGet(this::startEmbeddedDatabase);
    server = startServer(database);
    if (!awaitReady()) {
      System.err.println("The portal did not start. Last lines of " + config.serverLog() + ":");
      List<String> lines = Files.readAllLines(config.serverLog());
      lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.err::println);
      return 1;
    }
    printBanner(database, Duration.between(start, Instant.now()));
    return server.waitFor();
  }

  private DatabaseSettings startEmbeddedDatabase() {
    try {
      Path pgData = config.dataDir().resolve("postgres");
      Files.createDirectories(pgData);
      System.out.println("Starting the embedded PostgreSQL (data in " + pgData + ") ...");
      embedded =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setPort(config.embeddedDbPort())
              .start();
      DatabaseSettings settings = EmbeddedCredentials.load(config.dataDir(), embedded.getPort());
      new DatabaseProvisioner(settings.serverUrl(), "postgres", "")
          .provision(settings.database(), settings.roles());
      return settings;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  private Process startServer(DatabaseSettings database) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("portal.db.url", database.url());
    properties.setProperty("portal.db.user", database.roles().app());
    properties.setProperty("portal.db.password", database.roles().appPassword());
    properties.setProperty("portal.db.owner-user", database.roles().owner());
    properties.setProperty("portal.db.owner-password", database.roles().ownerPassword());
    properties.setProperty("portal.demo", Boolean.toString(config.demo()));
    Path propertiesFile = config.dataDir().resolve("portal.properties");
    try (var out = Files.newOutputStream(propertiesFile)) {
      properties.store(out, "Written by the launcher at each start");
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(config.javaOptions());
    command.addAll(
        List.of(
            "-jar",
            config.serverDir().resolve("payara-micro.jar").toString(),
            "--nocluster",
            "--port",
            Integer.toString(config.httpPort()),
            "--systemProperties",
            propertiesFile.toString(),
            "--rootDir",
            config.dataDir().resolve("payara").toString(),
            "--deploy",
            config.serverDir().resolve("ROOT.war").toString()));
    System.out.println("Starting Payara Micro (log: " + config.serverLog() + ") ...");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(config.serverLog().toFile())
        .start();
  }

  private boolean awaitReady() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI health = URI.create("http://localhost:" + config.httpPort() + "/health/ready");
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline) && server.isAlive()) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(health).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200
            && response.body().contains("\"database\"")
            && answers(http, URI.create("http://localhost:" + config.httpPort() + "/"))) {
          return true;
        }
      } catch (IOException notYet) {
        // the server is still starting
      }
      Thread.sleep(1000);
    }
    return false;
  }

  /** The portal's home page answers: the application is deployed, not only the server up. */
  private static boolean answers(HttpClient http, URI page)
      throws IOException, InterruptedException {
    return http.send(
                HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.discarding())
            .statusCode()
        == 200;
  }

  private void printBanner(DatabaseSettings database, Duration startup) {
    String url = "http://localhost:" + config.httpPort() + "/";
    System.out.printf(
        "%n=== Cổng giảm nghèo bền vững is ready (%d s) ===%n"
            + "  Portal:   %s%n"
            + "  Cẩm Châu: %st/15160/%n"
            + "  Database: %s%n",
        startup.toSeconds(), url, url, database.url());
    if (config.demo()) {
      System.out.println(
          """
            Demo accounts (password demo12345):
              unit 38     admin          PROVINCE_ADMIN     %st/38/
              unit 390    phonglaodong   DISTRICT_OFFICER   %st/390/
              unit 391    phonglaodong   DISTRICT_OFFICER   %st/391/
              unit 15160  chutich        COMMUNE_LEADER     %st/15160/
              unit 15160  vhcs           COMMUNE_STAFF      %st/15160/
              unit 15163  chutich        COMMUNE_LEADER     %st/15163/
              unit 15163  vhcs           COMMUNE_STAFF      %st/15163/
              unit 15169  vhcs           COMMUNE_STAFF      %st/15169/
            API: curl -u 15160/vhcs:demo12345 %sapi/v1/me
          """
              .formatted(url, url, url, url, url, url, url, url, url));
    }
    System.out.println("Press Ctrl-C to stop.");
  }

  private void stop() {
    if (server != null && server.isAlive()) {
      System.out.println("Stopping Payara Micro ...");
      server.destroy();
      try {
        if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      } catch (InterruptedException e) {
        server.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (embedded != null) {
      System.out.println("Stopping the embedded PostgreSQL ...");
      try {
        embedded.close();
      } catch (IOException e) {
        System.err.println("could not stop the embedded PostgreSQL: " + e.getMessage());
      }
    }
  }
}
