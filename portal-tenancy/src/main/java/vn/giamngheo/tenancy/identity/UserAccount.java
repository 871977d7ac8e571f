package vn.giamngheo.tenancy.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * A person's account in one unit. Usernames are unique within a unit only: {@code vhcs} of Cẩm Châu
 * and {@code vhcs} of Cẩm Tâm are two accounts.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = UserAccount.BY_UNIT_AND_USERNAME,
    query =
        "SELECT a FROM UserAccount a JOIN FETCH a.unit u JOIN FETCH u.level"
            + " WHERE u = :unit AND a.username = :username")
@NamedQuery(
    name = UserAccount.OF_UNIT,
    query =
        "SELECT a FROM UserAccount a WHERE a.unit = :unit AND a.active = true ORDER BY a.role, a.fullName")
public class UserAccount {
  static final String BY_UNIT_AND_USERNAME = "UserAccount.byUnitAndUsername";
  static final String OF_UNIT = "UserAccount.ofUnit";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private AdminUnit unit;

  @Column(nullable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "job_title")
  private String jobTitle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(nullable = false)
  private boolean active = true;

  private String email;

  protected UserAccount() {}

  UserAccount(
      AdminUnit unit,
      String username,
      String passwordHash,
      String fullName,
      String jobTitle,
      Role role) {
    this.unit = Objects.requireNonNull(unit);
    this.username = Objects.requireNonNull(username);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.fullName = Objects.requireNonNull(fullName);
    this.jobTitle = jobTitle;
    this.role = Objects.requireNonNull(role);
    AccessScope.of(unit, role); // rejects a role that does not belong to the unit's level
  }

  SignedInUser toSignedInUser() {
    return new SignedInUser(
        id,
        username,
        fullName,
        jobTitle,
        role,
        unit.getId(),
        unit.getCode(),
        unit.getName(),
        unit.getPath(),
        unit.getLevel().getCode());
  }

  public Long getId() {
    return id;
  }

  public AdminUnit getUnit() {
    return unit;
  }

  public String getUsername() {
    return username;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public String getFullName() {
    return fullName;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public Role getRole() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  /** Gives the address the person is reached at by e-mail, or none. */
  public void reachAt(String address) {
    if (address != null && !address.isBlank() && !address.strip().matches("[^@\\s]+@[^@\\s]+")) {
      throw new UserFacingException("accounts.emailInvalid");
    }
    this.email = address == null || address.isBlank() ? null : address.strip();
  }

  public String getEmail() {
    return email;
  }
}
