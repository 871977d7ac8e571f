package vn.giamngheo.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.review.Applications;
import vn.giamngheo.domain.review.HouseholdApplication;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.i18n.LocaleSelection;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The commune's regular reviews: households apply between annual reviews, each application is
 * surveyed ({@code applications?id=}) and classified, and the leader decides.
 */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CurrentUnit unit;
  @Inject CurrentUser user;
  @Inject Applications applications;
  @Inject Reviews reviews;
  @Inject PovertyStandards standards;
  @Inject FacesMessages messages;
  @Inject LocaleSelection locale;

  private Long id;
  private int version;
  private transient List<HouseholdApplication> all;
  private transient HouseholdApplication application;
  private final SurveyForm survey = new SurveyForm();
  private boolean filled;
  private String householdCode;
  private LocalDate appliedOn;
  private HouseholdApplication.Request request = HouseholdApplication.Request.ENTER_LIST;
  private LocalDate surveyedOn;
  private LocalDate decidedOn;

  public List<HouseholdApplication> getAll() {
    if (all == null) {
      all = applications.of(unit.get());
    }
    return all;
  }

  public HouseholdApplication getApplication() {
    if (application == null && id != null) {
      application = getAll().stream().filter(a -> a.getId().equals(id)).findFirst().orElse(null);
    }
    return application;
  }

  public boolean isWrites() {
    return user.isCommuneUser() && user.required().unitId() == unit.get().getId();
  }

  public boolean isDecides() {
    return isWrites() && user.has(Role.COMMUNE_LEADER);
  }

  public HouseholdApplication.Request[] getRequests() {
    return HouseholdApplication.Request.values();
  }

  private PovertyStandard standard() {
    return standards.inForceOn(surveyedOn == null ? LocalDate.now() : surveyedOn);
  }

  public List<SurveyForm.Question> getQuestions() {
    try {
      return SurveyForm.questions(standard(), locale.getLocale());
    } catch (UserFacingException noStandard) {
      return List.of();
    }
  }

  public SurveyForm getSurvey() {
    if (!filled && getApplication() != null && !FacesContext.getCurrentInstance().isPostback()) {
      survey.fill(getApplication().getIncome(), getApplication().getAnswers());
    }
    filled = true;
    return survey;
  }

  private void act(Runnable step, String doneKey) {
    try {
      step.run();
      messages.info(doneKey);
      all = null;
      application = null;
      if (getApplication() != null) {
        version = getApplication().getVersion();
      }
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public void apply() {
    act(
        () -> {
          Household h = reviews.household(unit.get(), householdCode);
          applications.apply(h.getId(), appliedOn, request);
          householdCode = null;
        },
        "review.saved");
  }

  public void saveSurvey() {
    act(
        () -> applications.survey(id, version, survey.survey(standard()), surveyedOn),
        "review.surveySaved");
  }

  public void decide() {
    act(() -> applications.decide(id, version, decidedOn), "application.decidedDone");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getVersion() {
    return getApplication() != null && !FacesContext.getCurrentInstance().isPostback()
        ? getApplication().getVersion()
        : version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getHouseholdCode() {
    return householdCode;
  }

  public void setHouseholdCode(String householdCode) {
    this.householdCode = householdCode;
  }

  public LocalDate getAppliedOn() {
    return appliedOn;
  }

  public void setAppliedOn(LocalDate appliedOn) {
    this.appliedOn = appliedOn;
  }

  public HouseholdApplication.Request getRequest() {
    return request;
  }

  public void setRequest(HouseholdApplication.Request request) {
    this.request = request;
  }

  public LocalDate getSurveyedOn() {
    return surveyedOn;
  }

  public void setSurveyedOn(LocalDate surveyedOn) {
    this.surveyedOn = surveyedOn;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }
}
