package vn.giamngheo.domain.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import vn.giamngheo.domain.TenantOwned;

/**
 * What the program measures: a named value with its unit (households, people, %, VND ...), its
 * type, how it adds up the hierarchy, and the bounds a reported value must keep.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "program_id")
  private Program program;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "component_id")
  private ProgramComponent component;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "measure_unit", nullable = false)
  private String measureUnit;

  @Enumerated(EnumType.STRING)
  @Column(name = "value_type", nullable = false)
  private ValueType valueType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Aggregation aggregation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "denominator_id")
  private Indicator denominator;

  @Column(name = "min_value")
  private BigDecimal minValue;

  @Column(name = "max_value")
  private BigDecimal maxValue;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Indicator() {}

  Indicator(Program program, Definition definition, int sortOrder) {
    this.program = Objects.requireNonNull(program);
    this.unitId = program.getUnitId();
    this.code = requireText(definition.code(), "code");
    this.name = requireText(definition.name(), "name");
    this.measureUnit = requireText(definition.measureUnit(), "measure unit");
    this.valueType = Objects.requireNonNull(definition.valueType());
    this.aggregation = Objects.requireNonNull(definition.aggregation());
    this.minValue = definition.minValue();
    this.maxValue = definition.maxValue();
    this.sortOrder = sortOrder;
    if (minValue != null && maxValue != null && minValue.compareTo(maxValue) > 0) {
      throw new IllegalArgumentException(code + ": minimum above maximum");
    }
  }

  /** The parts of an indicator that its configuration gives. */
  public record Definition(
      String code,
      String name,
      String measureUnit,
      ValueType valueType,
      Aggregation aggregation,
      BigDecimal minValue,
      BigDecimal maxValue) {}

  Definition definition() {
    return new Definition(code, name, measureUnit, valueType, aggregation, minValue, maxValue);
  }

  void measure(ProgramComponent measured) {
    this.component = measured;
  }

  void weighBy(Indicator weight) {
    if (aggregation != Aggregation.WEIGHTED_AVERAGE) {
      throw new IllegalArgumentException(code + " is not a weighted average");
    }
    this.denominator = Objects.requireNonNull(weight);
  }

  /** The message key of what is wrong with {@code value} for this indicator, if anything. */
  public Optional<String> problemWith(BigDecimal value) {
    Optional<String> typeProblem = valueType.problemWith(value);
    if (typeProblem.isPresent()) {
      return typeProblem;
    }
    if (minValue != null && value.compareTo(minValue) < 0) {
      return Optional.of("indicator.value.belowMinimum");
    }
    if (maxValue != null && value.compareTo(maxValue) > 0) {
      return Optional.of("indicator.value.aboveMaximum");
    }
    return Optional.empty();
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("indicator " + what + " must not be blank");
    }
    return value.strip();
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getMeasureUnit() {
    return measureUnit;
  }

  public ValueType getValueType() {
    return valueType;
  }

  public Aggregation getAggregation() {
    return aggregation;
  }

  public Indicator getDenominator() {
    return denominator;
  }

  public ProgramComponent getComponent() {
    return component;
  }

  public BigDecimal getMinValue() {
    return minValue;
  }

  public BigDecimal getMaxValue() {
    return maxValue;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
