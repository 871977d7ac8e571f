package vn.giamngheo.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.domain.standard.AnswersJson;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.Classification;
import vn.giamngheo.domain.standard.HouseholdAnswers;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * What a survey of a household found — its income per person per month (form B1) and its answers to
 * the deprivation indicators (form B2) — and how a standard classified it. A review's entry and an
 * application for a regular review each keep one.
 */
@Embeddable
public class HouseholdSurvey {
  private Long income;

  @Column(nullable = false)
  private String answers;

  @Enumerated(EnumType.STRING)
  private PovertyStatus status;

  @Column(nullable = false)
  private String deprivations;

  protected HouseholdSurvey() {}

  /** A survey not classified yet, starting from what is known of the household (if anything). */
  HouseholdSurvey(Long income, Map<String, BigDecimal> answers) {
    this.income = income;
    this.answers = AnswersJson.format(answers);
    this.deprivations = "";
  }

  /** Keeps the new income and answers and classifies them under {@code standard}. */
  Classification take(
      PovertyStandard standard, AreaType area, long newIncome, Map<String, BigDecimal> newAnswers) {
    if (newIncome < 0) {
      throw new UserFacingException("household.incomeNegative");
    }
    Classification classification =
        standard.classify(new HouseholdAnswers(area, newIncome, newAnswers));
    this.income = newIncome;
    this.answers = AnswersJson.format(newAnswers);
    classified(classification);
    return classification;
  }

  void classified(Classification classification) {
    this.status = classification.status();
    this.deprivations = classification.deprivationCodes();
  }

  /** The answers as the standard reads them, once the survey has an income. */
  Optional<HouseholdAnswers> answers(AreaType area) {
    return income == null
        ? Optional.empty()
        : Optional.of(new HouseholdAnswers(area, income, getAnswers()));
  }

  public Long getIncome() {
    return income;
  }

  public Map<String, BigDecimal> getAnswers() {
    return AnswersJson.parse(answers);
  }

  public PovertyStatus getStatus() {
    return status;
  }

  public List<String> getDeprivations() {
    return deprivations.isEmpty() ? List.of() : Arrays.asList(deprivations.split(","));
  }

  public String getDeprivationCodes() {
    return deprivations;
  }
}
