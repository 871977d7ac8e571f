package vn.giamngheo.tenancy.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A level of the administrative hierarchy: province, district, commune or village. */
@Entity
@Table(name = "unit_level")
public class UnitLevel {
  public static final String PROVINCE = "PROVINCE";
  public static final String DISTRICT = "DISTRICT";
  public static final String COMMUNE = "COMMUNE";
  public static final String VILLAGE = "VILLAGE";

  @Id private short id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private short depth;

  @Column(name = "name_vi", nullable = false)
  private String nameVi;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  protected UnitLevel() {}

  public UnitLevel(int id, String code, int depth, String nameVi, String nameEn) {
    this.id = (short) id;
    this.code = code;
    this.depth = (short) depth;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  public String getCode() {
    return code;
  }

  public int getDepth() {
    return depth;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
  }

  public boolean is(String levelCode) {
    return code.equals(levelCode);
  }
}
