package vn.giamngheo.tenancy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain-SQL fixtures and probes for the row-level security tests of every module. */
public final class SqlFixtures {
  private SqlFixtures() {}

  /** The ids of the units every isolation test works with. */
  public record CamThuy(long province, long district, long camChau, long camTam) {}

  /** Thanh Hóa, Cẩm Thủy district and two of its communes, Cẩm Châu and Cẩm Tâm. */
  public static CamThuy camThuy(Connection owner) throws SQLException {
    long province = unit(owner, "38", "Tỉnh Thanh Hóa", 1, null);
    long district = unit(owner, "390", "Huyện Cẩm Thủy", 2, province);
    return new CamThuy(
        province,
        district,
        unit(owner, "15160", "Xã Cẩm Châu", 3, district),
        unit(owner, "15163", "Xã Cẩm Tâm", 3, district));
  }

  public static void inScope(Connection connection, String path) throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement(
            "SELECT set_config('portal.read_path', ?, true), set_config('portal.write_path', ?, true)")) {
      set.setString(1, path);
      set.setString(2, path);
      set.executeQuery();
    }
    if (connection.getAutoCommit()) {
      // fixtures on an auto-commit connection: keep the scope for the session
      try (PreparedStatement set =
          connection.prepareStatement(
              "SELECT set_config('portal.read_path', ?, false), set_config('portal.write_path', ?, false)")) {
        set.setString(1, path);
        set.setString(2, path);
        set.executeQuery();
      }
    }
  }

  public static long unit(Connection c, String code, String name, int level, Long parent)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO admin_unit (code, name, level_id, parent_id, valid_from)"
                + " VALUES (?, ?, ?, ?, DATE '2021-01-01') RETURNING id")) {
      insert.setString(1, code);
      insert.setString(2, name);
      insert.setInt(3, level);
      insert.setObject(4, parent);
      ResultSet id = insert.executeQuery();
      id.next();
      return id.getLong(1);
    }
  }

  public static String pathOf(Connection c, long unit) throws SQLException {
    try (ResultSet path = query(c, "SELECT path FROM admin_unit WHERE id = ?", unit)) {
      path.next();
      return path.getString(1);
    }
  }

  public static ResultSet query(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    statement.closeOnCompletion();
    return statement.executeQuery();
  }

  public static long rowsOf(Connection c, String table, long unit) throws SQLException {
    return scalar(c, "SELECT count(*) FROM " + table + " WHERE unit_id = ?", unit);
  }

  public static long scalar(Connection c, String sql, Object... parameters) throws SQLException {
    try (ResultSet result = query(c, sql, parameters)) {
      result.next();
      return result.getLong(1);
    }
  }

  public static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  public static void execute(Connection c, String sql, Object... parameters) throws SQLException {
    update(c, sql, parameters);
  }

  /** The statement fails as a row-level security violation; the transaction must roll back. */
  public static void assertRefusedByRowLevelSecurity(
      Connection c, String sql, Object... parameters) {
    SQLException refused = assertThrows(SQLException.class, () -> update(c, sql, parameters));
    assertEquals("42501", refused.getSQLState(), "row-level security violation: " + sql);
  }
}
