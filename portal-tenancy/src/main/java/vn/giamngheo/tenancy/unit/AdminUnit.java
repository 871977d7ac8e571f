package vn.giamngheo.tenancy.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative unit — province, district, commune or village — identified by the statistics
 * office's code. Communes are the portal's tenants; every unit sees its own subtree.
 */
@Entity
@Table(name = "admin_unit")
@NamedQuery(
    name = AdminUnit.CURRENT_BY_CODE,
    query =
        "SELECT u FROM AdminUnit u JOIN FETCH u.level WHERE u.code = :code AND u.validTo IS NULL")
@NamedQuery(
    name = AdminUnit.CHILDREN,
    query =
        "SELECT u FROM AdminUnit u JOIN FETCH u.level LEFT JOIN FETCH u.parent"
            + " WHERE u.parent = :parent"
            + " AND u.validTo IS NULL ORDER BY u.code")
@NamedQuery(
    name = AdminUnit.SUBTREE,
    query =
        "SELECT u FROM AdminUnit u JOIN FETCH u.level LEFT JOIN FETCH u.parent"
            + " WHERE u.path LIKE :pathPrefix"
            + " AND u.validTo IS NULL ORDER BY u.level.depth, u.code")
@NamedQuery(
    name = AdminUnit.SEARCH,
    query =
        "SELECT u FROM AdminUnit u JOIN FETCH u.level l LEFT JOIN FETCH u.parent"
            + " WHERE u.validTo IS NULL"
            + " AND l.code <> 'VILLAGE'"
            + " AND u.searchName LIKE CONCAT('%', FUNCTION('fold_vietnamese', :text), '%')"
            + " ORDER BY l.depth DESC, u.name")
public class AdminUnit {
  static final String CURRENT_BY_CODE = "AdminUnit.currentByCode";
  static final String CHILDREN = "AdminUnit.children";
  static final String SUBTREE = "AdminUnit.subtree";
  static final String SEARCH = "AdminUnit.search";

  private static final List<String> UNIT_KINDS =
      List.of("Thành phố", "Thị trấn", "Thị xã", "Tỉnh", "Huyện", "Quận", "Xã", "Phường");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "search_name", insertable = false, updatable = false)
  private String searchName;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "level_id")
  private UnitLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private AdminUnit parent;

  /** Kept by the database: the ids from the root down to this unit, e.g. {@code /1/27/400/}. */
  @Column(insertable = false, updatable = false)
  private String path;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected AdminUnit() {}

  public AdminUnit(
      String code, String name, UnitLevel level, AdminUnit parent, LocalDate validFrom) {
    this.code = requireText(code, "code");
    this.level = Objects.requireNonNull(level, "level");
    this.parent = parent;
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    rename(name);
  }

  public void rename(String newName) {
    this.name = Normalizer.normalize(requireText(newName, "name"), Normalizer.Form.NFC);
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value.strip();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public UnitLevel getLevel() {
    return level;
  }

  public AdminUnit getParent() {
    return parent;
  }

  public String getPath() {
    return path;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  /** The People's Committee that governs the unit, as documents name it: "UBND xã Cẩm Châu". */
  public String committeeName() {
    return "UBND " + nameInSentence();
  }

  /** The name without its kind of unit, as documents write the place: "Cẩm Châu". */
  public String placeName() {
    for (String kind : UNIT_KINDS) {
      if (name.startsWith(kind + " ")) {
        return name.substring(kind.length() + 1);
      }
    }
    return name;
  }

  /** "xã Cẩm Châu", as a sentence names the unit. */
  public String nameInSentence() {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  public boolean isAt(String levelCode) {
    return level.is(levelCode);
  }
}
