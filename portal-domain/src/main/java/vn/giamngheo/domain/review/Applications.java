package vn.giamngheo.domain.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.UnitStep;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.household.RecognisedStatus;
import vn.giamngheo.domain.standard.Classification;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * The regular review: a household applies between annual reviews, is surveyed and classified under
 * the standard in force on the survey's day, and the commune's leader decides, which writes the
 * household's status of the decision's year.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Applications {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject PovertyStandards standards;

  /** The commune's applications, open ones first, newest first. */
  public List<HouseholdApplication> of(AdminUnit commune) {
    if (!tenant.scope().map(s -> s.canRead(commune)).orElse(false)) {
      throw new NotInScopeException("application.notFound", commune.getCode());
    }
    return em
        .createQuery(
            "SELECT a FROM HouseholdApplication a JOIN FETCH a.household"
                + " WHERE a.unitId = :unit ORDER BY a.appliedOn DESC, a.id DESC",
            HouseholdApplication.class)
        .setParameter("unit", commune.getId())
        .getResultList()
        .stream()
        .sorted(java.util.Comparator.comparing(a -> !a.isOpen()))
        .toList();
  }

  public HouseholdApplication find(long id) {
    HouseholdApplication application = em.find(HouseholdApplication.class, id);
    if (application == null) {
      throw new NotInScopeException("application.notFound", id);
    }
    return application;
  }

  /** A household of the commune applies. */
  public HouseholdApplication apply(
      long householdId, LocalDate day, HouseholdApplication.Request request) {
    Household household = em.find(Household.class, householdId);
    if (household == null) {
      throw new NotInScopeException("application.notFound", householdId);
    }
    requireStep(household.getUnitId(), UnitStep.DRAFT);
    HouseholdApplication application = new HouseholdApplication(household, day, request);
    em.persist(application);
    audit.record(
        household.getUnitId(), "APPLICATION_RECEIVED", household.getCode() + " " + request);
    return flushed(application);
  }

  /** Keeps the survey and classifies it with the standard in force on {@code surveyDay}. */
  public HouseholdApplication survey(
      long id, int version, Reviews.Survey survey, LocalDate surveyDay) {
    HouseholdApplication application = find(id);
    requireStep(application.getUnitId(), UnitStep.DRAFT);
    requireVersion(application, version);
    if (surveyDay == null || surveyDay.isBefore(application.getAppliedOn())) {
      throw new UserFacingException("application.surveyDateInvalid");
    }
    PovertyStandard standard = standards.inForceOn(surveyDay);
    Classification classification = application.survey(standard, survey.income(), survey.answers());
    application.getHousehold().surveyed(survey.income(), survey.answers());
    audit.record(
        application.getUnitId(),
        "APPLICATION_SURVEYED",
        application.getHousehold().getCode() + " " + classification.status());
    return flushed(application);
  }

  /** The leader's decision: the household's status of the decision's year is written. */
  public HouseholdApplication decide(long id, int version, LocalDate day) {
    HouseholdApplication application = find(id);
    requireStep(application.getUnitId(), UnitStep.LEAD);
    requireVersion(application, version);
    application.decide(day, tenant.actor());
    Household household = application.getHousehold();
    List<RecognisedStatus> existing =
        em.createQuery(
                "SELECT s FROM RecognisedStatus s WHERE s.householdId = :household"
                    + " AND s.year = :year",
                RecognisedStatus.class)
            .setParameter("household", household.getId())
            .setParameter("year", day.getYear())
            .getResultList();
    if (existing.isEmpty()) {
      em.persist(
          new RecognisedStatus(
              household,
              day.getYear(),
              application.getStatus(),
              application.getDeprivationCodes(),
              application.getStandardId(),
              RecognisedStatus.Source.REGULAR_REVIEW,
              day));
    } else {
      existing
          .get(0)
          .recognise(
              application.getStatus(),
              application.getDeprivationCodes(),
              RecognisedStatus.Source.REGULAR_REVIEW,
              day);
    }
    audit.record(
        application.getUnitId(),
        "APPLICATION_DECIDED",
        household.getCode() + " " + day.getYear() + " " + application.getStatus());
    return flushed(application);
  }

  private void requireStep(long communeId, UnitStep step) {
    AdminUnit commune = em.find(AdminUnit.class, communeId);
    if (!tenant.worksFor(commune) || !tenant.actsAs(step.roles(commune))) {
      throw new UserFacingException(
          step == UnitStep.LEAD ? "review.leaderOnly" : "review.communeOnly");
    }
  }

  private static void requireVersion(HouseholdApplication application, int version) {
    if (application.getVersion() != version) {
      throw new UserFacingException("review.changedMeanwhile");
    }
  }

  private HouseholdApplication flushed(HouseholdApplication application) {
    try {
      em.flush();
      return application;
    } catch (OptimisticLockException e) {
      throw new UserFacingException("review.changedMeanwhile");
    }
  }
}
