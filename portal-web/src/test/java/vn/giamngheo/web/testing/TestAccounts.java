package vn.giamngheo.web.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Accounts for communes the demo gives none, so that a test can own a commune no other test writes
 * to: a copy of a demo account (same username, role and password) in another commune.
 */
public final class TestAccounts {
  private TestAccounts() {}

  /** Gives {@code commune} an account like {@code username} of {@code demoCommune}, once. */
  public static void copy(String demoCommune, String username, String commune) throws SQLException {
    try (Connection owner = PortalTestEnvironment.database().connectAsOwner();
        PreparedStatement scope =
            owner.prepareStatement(
                "SELECT set_config('portal.read_path', '/', false),"
                    + " set_config('portal.write_path', '/', false)");
        PreparedStatement insert =
            owner.prepareStatement(
                "INSERT INTO user_account (unit_id, username, password_hash, full_name, role)"
                    + " SELECT c.id, a.username, a.password_hash, a.full_name, a.role"
                    + " FROM user_account a JOIN admin_unit d ON d.id = a.unit_id,"
                    + " admin_unit c WHERE d.code = ? AND d.valid_to IS NULL AND a.username = ?"
                    + " AND c.code = ? AND c.valid_to IS NULL"
                    + " ON CONFLICT (unit_id, username) DO NOTHING")) {
      scope.executeQuery();
      insert.setString(1, demoCommune);
      insert.setString(2, username);
      insert.setString(3, commune);
      insert.executeUpdate();
    }
  }
}
