package vn.giamngheo.domain.standard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * One of a standard's deprivation indicators (e.g. health insurance): the question a survey asks,
 * and the rule that makes a household's answer a deprivation.
 */
@Entity
@Table(name = "deprivation_indicator")
public class DeprivationIndicator extends TenantOwned {
  @ManyToOne(optional = false)
  @JoinColumn(name = "dimension_id")
  private PovertyDimension dimension;

  @Column(nullable = false)
  private String code;

  @Column(name = "name_vi", nullable = false)
  private String nameVi;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "question_vi", nullable = false)
  private String questionVi;

  @Column(name = "question_en", nullable = false)
  private String questionEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_kind", nullable = false)
  private AnswerKind answerKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeprivedWhen comparator;

  @Column(nullable = false)
  private BigDecimal threshold;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected DeprivationIndicator() {}

  DeprivationIndicator(
      PovertyDimension dimension,
      String code,
      Texts texts,
      AnswerKind answerKind,
      DeprivedWhen comparator,
      BigDecimal threshold,
      int sortOrder) {
    this.dimension = Objects.requireNonNull(dimension);
    this.unitId = dimension.getUnitId();
    this.code = Objects.requireNonNull(code);
    this.answerKind = Objects.requireNonNull(answerKind);
    this.sortOrder = sortOrder;
    rename(texts);
    changeRule(comparator, threshold);
  }

  /** The indicator's names and survey question, in Vietnamese and English. */
  public record Texts(String nameVi, String nameEn, String questionVi, String questionEn) {
    public Texts {
      Objects.requireNonNull(nameVi);
      Objects.requireNonNull(nameEn);
      Objects.requireNonNull(questionVi);
      Objects.requireNonNull(questionEn);
    }
  }

  void rename(Texts texts) {
    if (texts.nameVi().isBlank() || texts.questionVi().isBlank()) {
      throw new UserFacingException("standard.indicatorTextMissing", code);
    }
    this.nameVi = texts.nameVi().strip();
    this.nameEn = texts.nameEn().strip();
    this.questionVi = texts.questionVi().strip();
    this.questionEn = texts.questionEn().strip();
  }

  void changeRule(DeprivedWhen newComparator, BigDecimal newThreshold) {
    Objects.requireNonNull(newComparator);
    Objects.requireNonNull(newThreshold);
    if (newThreshold.signum() < 0) {
      throw new UserFacingException("standard.thresholdNegative", code);
    }
    this.comparator = newComparator;
    this.threshold = newThreshold;
  }

  /** Whether {@code answer} makes the household deprived on this indicator. */
  public boolean deprives(BigDecimal answer) {
    return comparator.holds(answer, threshold);
  }

  /** Whether {@code answer} is one this indicator can take: 0 or 1, a whole count, a measure. */
  public boolean accepts(BigDecimal answer) {
    if (answer.signum() < 0) {
      return false;
    }
    return switch (answerKind) {
      case YES_NO ->
          answer.compareTo(BigDecimal.ZERO) == 0 || answer.compareTo(BigDecimal.ONE) == 0;
      case COUNT -> answer.stripTrailingZeros().scale() <= 0;
      case NUMBER -> true;
    };
  }

  public PovertyDimension getDimension() {
    return dimension;
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

  public String getQuestionVi() {
    return questionVi;
  }

  public String getQuestionEn() {
    return questionEn;
  }

  public AnswerKind getAnswerKind() {
    return answerKind;
  }

  public DeprivedWhen getComparator() {
    return comparator;
  }

  public BigDecimal getThreshold() {
    return threshold;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
