package vn.giamngheo.domain.standard;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/** One of a standard's dimensions of poverty (employment, health, ...) with its indicators. */
@Entity
@Table(name = "poverty_dimension")
public class PovertyDimension extends TenantOwned {
  @ManyToOne(optional = false)
  @JoinColumn(name = "standard_id")
  private PovertyStandard standard;

  @Column(nullable = false)
  private String code;

  @Column(name = "name_vi", nullable = false)
  private String nameVi;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @OneToMany(mappedBy = "dimension", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<DeprivationIndicator> indicators = new ArrayList<>();

  protected PovertyDimension() {}

  PovertyDimension(
      PovertyStandard standard, String code, String nameVi, String nameEn, int sortOrder) {
    this.standard = Objects.requireNonNull(standard);
    this.unitId = standard.getUnitId();
    this.code = Objects.requireNonNull(code);
    this.nameVi = Objects.requireNonNull(nameVi);
    this.nameEn = Objects.requireNonNull(nameEn);
    this.sortOrder = sortOrder;
  }

  /** Adds an indicator at the end of the dimension. */
  public DeprivationIndicator addIndicator(
      String indicatorCode,
      DeprivationIndicator.Texts texts,
      AnswerKind answerKind,
      DeprivedWhen comparator,
      BigDecimal threshold) {
    standard.requireNewIndicatorCode(indicatorCode);
    DeprivationIndicator indicator =
        new DeprivationIndicator(
            this, indicatorCode, texts, answerKind, comparator, threshold, indicators.size() + 1);
    indicators.add(indicator);
    return indicator;
  }

  public PovertyStandard getStandard() {
    return standard;
  }

  public String getCode() {
    return code;
  }

  public String getNameVi() {
    return nameVi;
  }

  public String getNameEn() {
    return nameEn;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public List<DeprivationIndicator> getIndicators() {
    return Collections.unmodifiableList(indicators);
  }
}
