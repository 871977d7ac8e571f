package vn.giamngheo.tenancy.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the portal's roles and database on a PostgreSQL server with the same SQL an operator runs
 * by hand ({@code deploy/sql/roles.sql} and {@code schema.sql}, packaged as resources). Used by the
 * launcher on its embedded server and by the tests.
 */
public final class DatabaseProvisioner {
  private static final Pattern PSQL_VARIABLE = Pattern.compile(":(['\"])([a-z_]+)\\1");

  private final String serverUrl;
  private final String superUser;
  private final String superPassword;

  /**
   * @param serverUrl a JDBC URL of the server without the database, e.g. {@code
   *     jdbc:postgresql://127.0.0.1:5432/}
   */
  public DatabaseProvisioner(String serverUrl, String superUser, String superPassword) {
    this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
    this.superUser = superUser;
    this.superPassword = superPassword;
  }

  public String urlOf(String database) {
    return serverUrl + database;
  }

  /** Creates (or updates) both roles, the database and its schema; safe to run again. */
  public void provision(String database, DatabaseRoles roles) throws SQLException {
    try (Connection admin = connect("postgres")) {
      run(admin, "roles.sql", roles.asPsqlVariables());
      if (!exists(admin, database)) {
        try (Statement create = admin.createStatement()) {
          create.execute(
              "CREATE DATABASE %s OWNER %s ENCODING 'UTF8' TEMPLATE template0"
                  .formatted(quoteIdentifier(database), quoteIdentifier(roles.owner())));
        }
      }
    }
    try (Connection target = connect(database)) {
      run(target, "schema.sql", roles.asPsqlVariables());
    }
  }

  public void drop(String database) throws SQLException {
    try (Connection admin = connect("postgres");
        Statement drop = admin.createStatement()) {
      drop.execute("DROP DATABASE IF EXISTS %s WITH (FORCE)".formatted(quoteIdentifier(database)));
    }
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(urlOf(database), superUser, superPassword);
  }

  private static boolean exists(Connection admin, String database) throws SQLException {
    try (PreparedStatement query =
        admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, database);
      return query.executeQuery().next();
    }
  }

  private static void run(Connection connection, String script, Map<String, String> variables)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(substitute(read(script), variables));
    }
  }

  /** Replaces psql's {@code :'name'} (a literal) and {@code :"name"} (an identifier). */
  static String substitute(String sql, Map<String, String> variables) {
    Matcher matcher = PSQL_VARIABLE.matcher(sql);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String value = variables.get(matcher.group(2));
      if (value == null) {
        throw new IllegalArgumentException("no value for psql variable " + matcher.group(2));
      }
      String quoted = matcher.group(1).equals("'") ? quoteLiteral(value) : quoteIdentifier(value);
      matcher.appendReplacement(result, Matcher.quoteReplacement(quoted));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String quoteLiteral(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static String quoteIdentifier(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static String read(String script) {
    try (InputStream in =
        DatabaseProvisioner.class.getResourceAsStream("/db/provision/" + script)) {
      if (in == null) {
        throw new IllegalStateException("missing resource db/provision/" + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
