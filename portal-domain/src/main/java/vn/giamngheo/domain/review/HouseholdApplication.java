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
import java.util.Map;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.standard.Classification;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * A household's application between annual reviews (the regular review): to be recognised poor or
 * near-poor, or to leave the lists. It is surveyed, classified, and the commune's leader decides.
 */
@Entity
@Table(name = "household_application")
public class HouseholdApplication extends TenantOwned {
  /** What the household asks. */
  public enum Request {
    ENTER_LIST,
    LEAVE_LIST
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Column(name = "applied_on", nullable = false)
  private LocalDate appliedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Request request;

  @Embedded private HouseholdSurvey survey;

  @Column(name = "standard_id")
  private Long standardId;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decided_by")
  private String decidedBy;

  @Version private int version;

  protected HouseholdApplication() {}

  public HouseholdApplication(Household household, LocalDate appliedOn, Request request) {
    if (appliedOn == null) {
      throw new UserFacingException("application.dateMissing");
    }
    if (request == null) {
      throw new UserFacingException("application.requestMissing");
    }
    if (household.getLeftOn() != null) {
      throw new UserFacingException("application.householdLeft", household.getCode());
    }
    this.unitId = household.getUnitId();
    this.household = household;
    this.appliedOn = appliedOn;
    this.request = request;
    this.survey = new HouseholdSurvey(null, Map.of());
  }

  /** Keeps the survey and classifies it under the standard in force on the survey's day. */
  public Classification survey(
      PovertyStandard standard, long newIncome, Map<String, BigDecimal> newAnswers) {
    requireOpen();
    Classification classification =
        survey.take(standard, household.getAreaType(), newIncome, newAnswers);
    this.standardId = standard.getId();
    return classification;
  }

  /** The leader decides on the surveyed application. */
  public void decide(LocalDate day, String leader) {
    requireOpen();
    if (survey.getStatus() == null) {
      throw new UserFacingException("application.notSurveyed");
    }
    if (day == null || day.isBefore(appliedOn)) {
      throw new UserFacingException("application.decisionDateInvalid");
    }
    this.decidedOn = day;
    this.decidedBy = leader;
  }

  private void requireOpen() {
    if (decidedOn != null) {
      throw new UserFacingException("application.decided");
    }
  }

  public boolean isOpen() {
    return decidedOn == null;
  }

  public Household getHousehold() {
    return household;
  }

  public LocalDate getAppliedOn() {
    return appliedOn;
  }

  public Request getRequest() {
    return request;
  }

  public Long getIncome() {
    return survey.getIncome();
  }

  public Map<String, BigDecimal> getAnswers() {
    return survey.getAnswers();
  }

  public Long getStandardId() {
    return standardId;
  }

  public PovertyStatus getStatus() {
    return survey.getStatus();
  }

  public String getDeprivationCodes() {
    return survey.getDeprivationCodes();
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public int getVersion() {
    return version;
  }
}
