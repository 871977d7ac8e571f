package vn.giamngheo.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.standard.AnswersJson;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.Classification;
import vn.giamngheo.domain.standard.HouseholdAnswers;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.UserFacingException;

/** A household on a review's list: why it is there, what its survey found, how it classifies. */
@Entity
@Table(name = "review_entry")
public class ReviewEntry extends TenantOwned {
  @Column(name = "review_id", nullable = false)
  private long reviewId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EntryReason reason;

  @Embedded private HouseholdSurvey survey;

  @Column(name = "surveyed_on")
  private LocalDate surveyedOn;

  @Column(name = "surveyed_by")
  private String surveyedBy;

  @Column(nullable = false)
  private boolean agreed;

  @Version private int version;

  protected ReviewEntry() {}

  /** A household put on the list, starting from its latest survey. */
  public ReviewEntry(HouseholdReview review, Household household, EntryReason reason) {
    this.unitId = review.getUnitId();
    this.reviewId = review.getId();
    this.household = household;
    this.reason = reason;
    this.survey = new HouseholdSurvey(household.getIncome(), household.getAnswers());
    this.agreed = true;
  }

  /**
   * Keeps what the survey found and classifies it under {@code standard}; an entry the meeting
   * disagreed with is agreed again once surveyed anew.
   */
  public Classification survey(
      PovertyStandard standard,
      long newIncome,
      Map<String, BigDecimal> newAnswers,
      LocalDate day,
      String by) {
    Classification classification =
        survey.take(standard, household.getAreaType(), newIncome, newAnswers);
    this.surveyedOn = day;
    this.surveyedBy = by;
    this.agreed = true;
    return classification;
  }

  /**
   * How {@code standard} classifies a survey kept on an entry — its income and answers as stored,
   * on the household's area type — read as a row rather than as the entity (classify all).
   */
  static Classification classifyKept(
      PovertyStandard standard, AreaType areaType, long income, String answers) {
    return standard.classify(new HouseholdAnswers(areaType, income, AnswersJson.parse(answers)));
  }

  /** Classifies the answers kept again, e.g. under a standard whose rule changed. */
  public void reclassify(PovertyStandard standard) {
    survey.classified(standard.classify(answers()));
  }

  public void disagree() {
    this.agreed = false;
  }

  public boolean isSurveyed() {
    return surveyedOn != null && survey.getStatus() != null;
  }

  public HouseholdAnswers answers() {
    return survey
        .answers(household.getAreaType())
        .orElseThrow(() -> new UserFacingException("review.notSurveyed", household.getCode()));
  }

  public long getReviewId() {
    return reviewId;
  }

  public Household getHousehold() {
    return household;
  }

  public EntryReason getReason() {
    return reason;
  }

  public Long getIncome() {
    return survey.getIncome();
  }

  public Map<String, BigDecimal> getAnswers() {
    return survey.getAnswers();
  }

  public LocalDate getSurveyedOn() {
    return surveyedOn;
  }

  public String getSurveyedBy() {
    return surveyedBy;
  }

  public PovertyStatus getStatus() {
    return survey.getStatus();
  }

  public List<String> getDeprivations() {
    return survey.getDeprivations();
  }

  public String getDeprivationCodes() {
    return survey.getDeprivationCodes();
  }

  public boolean isAgreed() {
    return agreed;
  }

  public int getVersion() {
    return version;
  }
}
