package vn.giamngheo.tenancy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;

/** The accounts of the units in scope: creating them, checking passwords, locking them out. */
@ApplicationScoped
@Transactional
@InTenantScope
public class Accounts {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,40}");
  private static final int MIN_PASSWORD_LENGTH = 8;

  @Inject EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject LockoutPolicy lockout;
  @Inject AuditLog audit;

  /** Hashes an unknown user's attempt too, so that timing does not tell which usernames exist. */
  private String decoyHash;

  @PostConstruct
  void configureHashing() {
    passwordHash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoyHash = passwordHash.generate("decoy-password".toCharArray());
  }

  public UserAccount create(
      AdminUnit unit,
      String username,
      String password,
      String fullName,
      String jobTitle,
      Role role) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new UserFacingException("accounts.usernameInvalid");
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new UserFacingException("accounts.passwordTooShort", MIN_PASSWORD_LENGTH);
    }
    if (find(unit, username) != null) {
      throw new UserFacingException("accounts.usernameTaken", username);
    }
    UserAccount account =
        new UserAccount(
            unit,
            username,
            passwordHash.generate(password.toCharArray()),
            fullName,
            jobTitle,
            role);
    em.persist(account);
    audit.record(unit.getId(), "ACCOUNT_CREATED", username + " " + role);
    return account;
  }

  /** Checks a password for {@code username} of {@code unit}, counting and locking failures. */
  public SignInResult verify(AdminUnit unit, String username, String password) {
    String caller = CallerName.of(unit.getCode(), username);
    if (recentFailures(unit, username) >= lockout.maxFailures()) {
      audit.recordAs(caller, unit.getId(), "SIGN_IN_LOCKED", null);
      return SignInResult.refused(SignInResult.Outcome.LOCKED);
    }
    UserAccount account = find(unit, username);
    String hash = account == null || !account.isActive() ? decoyHash : account.getPasswordHash();
    boolean matches = passwordHash.verify(password.toCharArray(), hash);
    if (account == null || !account.isActive() || !matches) {
      em.createNativeQuery("INSERT INTO login_failure (unit_id, username) VALUES (?1, ?2)")
          .setParameter(1, unit.getId())
          .setParameter(2, username)
          .executeUpdate();
      audit.recordAs(caller, unit.getId(), "SIGN_IN_FAILED", null);
      return SignInResult.refused(SignInResult.Outcome.WRONG_CREDENTIALS);
    }
    em.createNativeQuery("DELETE FROM login_failure WHERE unit_id = ?1 AND username = ?2")
        .setParameter(1, unit.getId())
        .setParameter(2, username)
        .executeUpdate();
    audit.recordAs(caller, unit.getId(), "SIGNED_IN", null);
    return SignInResult.signedIn(account.toSignedInUser());
  }

  private long recentFailures(AdminUnit unit, String username) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM login_failure WHERE unit_id = ?1 AND username = ?2"
                        + " AND failed_at > now() - make_interval(secs => ?3)")
                .setParameter(1, unit.getId())
                .setParameter(2, username)
                .setParameter(3, (double) lockout.window().toSeconds())
                .getSingleResult();
    return count.longValue();
  }

  public UserAccount find(AdminUnit unit, String username) {
    return em.createNamedQuery(UserAccount.BY_UNIT_AND_USERNAME, UserAccount.class)
        .setParameter("unit", unit)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Sets where an account of {@code unit} is reached by e-mail. */
  public void reachAt(AdminUnit unit, String username, String email) {
    UserAccount account = find(unit, username);
    if (account == null) {
      throw new UserFacingException("accounts.notFound", username);
    }
    account.reachAt(email);
  }

  /** A unit's staff's e-mail addresses, with the unit's name. */
  public record Addresses(String unitName, List<String> emails) {}

  /** The e-mail addresses of the active staff of each of {@code unitIds} that has any. */
  public Map<Long, Addresses> addressesOf(Collection<Long> unitIds) {
    Map<Long, Addresses> byUnit = new HashMap<>();
    if (unitIds.isEmpty()) {
      return byUnit;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.unit.id, a.unit.name, a.email FROM UserAccount a WHERE a.active = TRUE"
                    + " AND a.email IS NOT NULL AND a.unit.id IN :units ORDER BY a.username",
                Object[].class)
            .setParameter("units", unitIds)
            .getResultList();
    for (Object[] row : rows) {
      byUnit
          .computeIfAbsent((Long) row[0], unit -> new Addresses((String) row[1], new ArrayList<>()))
          .emails()
          .add((String) row[2]);
    }
    return byUnit;
  }

  /** The active accounts of a unit: its staff. */
  public List<UserAccount> staffOf(AdminUnit unit) {
    return em.createNamedQuery(UserAccount.OF_UNIT, UserAccount.class)
        .setParameter("unit", unit)
        .getResultList();
  }
}
