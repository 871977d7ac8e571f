package vn.giamngheo.domain.standard;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * A multidimensional poverty standard as a province applies it over a validity period (Decree
 * 07/2021/NĐ-CP for 2022–2025): income lines by area type, the dimensions of poverty with their
 * deprivation indicators, and the number of deprivations that makes a household poor.
 */
@Entity
@Table(name = "poverty_standard")
public class PovertyStandard extends TenantOwned {
  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "legal_basis", nullable = false)
  private String legalBasis;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "rural_poverty_line", nullable = false)
  private long ruralPovertyLine;

  @Column(name = "urban_poverty_line", nullable = false)
  private long urbanPovertyLine;

  @Column(name = "rural_average_line", nullable = false)
  private long ruralAverageLine;

  @Column(name = "urban_average_line", nullable = false)
  private long urbanAverageLine;

  @Column(name = "poor_min_deprivations", nullable = false)
  private int poorMinDeprivations;

  @Version private int version;

  @OneToMany(mappedBy = "standard", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<PovertyDimension> dimensions = new ArrayList<>();

  protected PovertyStandard() {}

  public PovertyStandard(long provinceId, String code, Rules rules) {
    this.unitId = provinceId;
    this.code = Objects.requireNonNull(code);
    change(rules);
  }

  /**
   * What a province may change of a standard: its name, validity and lines. Lines are VND per
   * person per month.
   */
  public record Rules(
      String name,
      String legalBasis,
      LocalDate validFrom,
      LocalDate validTo,
      long ruralPovertyLine,
      long urbanPovertyLine,
      long ruralAverageLine,
      long urbanAverageLine,
      int poorMinDeprivations) {}

  public void change(Rules rules) {
    if (rules.name() == null || rules.name().isBlank()) {
      throw new UserFacingException("standard.nameMissing");
    }
    if (rules.validFrom() == null
        || rules.validTo() != null && rules.validTo().isBefore(rules.validFrom())) {
      throw new UserFacingException("standard.validityInvalid");
    }
    if (rules.ruralPovertyLine() <= 0 || rules.urbanPovertyLine() <= 0) {
      throw new UserFacingException("standard.lineInvalid");
    }
    if (rules.ruralAverageLine() < rules.ruralPovertyLine()
        || rules.urbanAverageLine() < rules.urbanPovertyLine()) {
      throw new UserFacingException("standard.averageBelowPoverty");
    }
    if (rules.poorMinDeprivations() < 1) {
      throw new UserFacingException("standard.minDeprivationsInvalid");
    }
    this.name = rules.name().strip();
    this.legalBasis = rules.legalBasis() == null ? "" : rules.legalBasis().strip();
    this.validFrom = rules.validFrom();
    this.validTo = rules.validTo();
    this.ruralPovertyLine = rules.ruralPovertyLine();
    this.urbanPovertyLine = rules.urbanPovertyLine();
    this.ruralAverageLine = rules.ruralAverageLine();
    this.urbanAverageLine = rules.urbanAverageLine();
    this.poorMinDeprivations = rules.poorMinDeprivations();
  }

  public Rules rules() {
    return new Rules(
        name,
        legalBasis,
        validFrom,
        validTo,
        ruralPovertyLine,
        urbanPovertyLine,
        ruralAverageLine,
        urbanAverageLine,
        poorMinDeprivations);
  }

  public PovertyDimension addDimension(String dimensionCode, String nameVi, String nameEn) {
    if (dimensions.stream().anyMatch(d -> d.getCode().equals(dimensionCode))) {
      throw new IllegalArgumentException("dimension " + dimensionCode + " twice");
    }
    PovertyDimension dimension =
        new PovertyDimension(this, dimensionCode, nameVi, nameEn, dimensions.size() + 1);
    dimensions.add(dimension);
    return dimension;
  }

  void requireNewIndicatorCode(String indicatorCode) {
    if (indicator(indicatorCode).isPresent()) {
      throw new IllegalArgumentException("indicator " + indicatorCode + " twice");
    }
  }

  /** Whether the standard is in force on {@code day}. */
  public boolean appliesOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public long povertyLine(AreaType area) {
    return area == AreaType.URBAN ? urbanPovertyLine : ruralPovertyLine;
  }

  public long averageLine(AreaType area) {
    return area == AreaType.URBAN ? urbanAverageLine : ruralAverageLine;
  }

  /** Every indicator, dimension by dimension. */
  public List<DeprivationIndicator> indicators() {
    return dimensions.stream().flatMap(d -> d.getIndicators().stream()).toList();
  }

  public Optional<DeprivationIndicator> indicator(String indicatorCode) {
    return indicators().stream().filter(i -> i.getCode().equals(indicatorCode)).findFirst();
  }

  /** Changes an indicator's rule: the comparison and threshold that make a deprivation. */
  public void changeRule(String indicatorCode, DeprivedWhen comparator, BigDecimal threshold) {
    indicator(indicatorCode)
        .orElseThrow(() -> new UserFacingException("standard.indicatorUnknown", indicatorCode))
        .changeRule(comparator, threshold);
  }

  /**
   * The household's status under this standard. At or below the poverty line a household is poor
   * with at least the standard's number of deprivations, near-poor with fewer; above it, up to the
   * average line, it has an average living standard. Every indicator needs an answer it can take.
   */
  public Classification classify(HouseholdAnswers household) {
    Map<String, BigDecimal> answers = household.answers();
    TreeSet<String> unknown = new TreeSet<>(answers.keySet());
    List<String> missing = new ArrayList<>();
    List<Deprivation> deprivations = new ArrayList<>();
    for (DeprivationIndicator indicator : indicators()) {
      unknown.remove(indicator.getCode());
      BigDecimal answer = answers.get(indicator.getCode());
      if (answer == null) {
        missing.add(indicator.getCode());
      } else if (!indicator.accepts(answer)) {
        throw new UserFacingException(
            "standard.answerInvalid", indicator.getCode(), answer.toPlainString());
      } else if (indicator.deprives(answer)) {
        deprivations.add(new Deprivation(indicator.getCode(), indicator.getDimension().getCode()));
      }
    }
    if (!unknown.isEmpty()) {
      throw new UserFacingException("standard.answerUnknown", String.join(", ", unknown));
    }
    if (!missing.isEmpty()) {
      throw new UserFacingException("standard.answersMissing", String.join(", ", missing));
    }
    return new Classification(status(household, deprivations.size()), deprivations);
  }

  private PovertyStatus status(HouseholdAnswers household, int deprivationCount) {
    if (household.income() <= povertyLine(household.areaType())) {
      return deprivationCount >= poorMinDeprivations ? PovertyStatus.POOR : PovertyStatus.NEAR_POOR;
    }
    return household.income() <= averageLine(household.areaType())
        ? PovertyStatus.AVERAGE
        : PovertyStatus.NONE;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public int getPoorMinDeprivations() {
    return poorMinDeprivations;
  }

  public int getVersion() {
    return version;
  }

  public List<PovertyDimension> getDimensions() {
    return Collections.unmodifiableList(dimensions);
  }
}
