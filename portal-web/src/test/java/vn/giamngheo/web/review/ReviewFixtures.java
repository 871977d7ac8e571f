package vn.giamngheo.web.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.household.RecognisedStatus;
import vn.giamngheo.domain.review.HouseholdReview;
import vn.giamngheo.domain.review.ReviewEntry;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.scope.InTenantScope;

/** Households of the test's own, written as the commune would have them on its register. */
@ApplicationScoped
@Transactional
@InTenantScope
public class ReviewFixtures {
  @Inject EntityManager em;

  public Household household(long communeId, long villageId, String code, String head) {
    Household household =
        new Household(communeId, villageId, code, head, AreaType.RURAL, LocalDate.of(2020, 1, 1));
    em.persist(household);
    em.flush();
    return household;
  }

  public void recognised(Household household, int year, PovertyStatus status) {
    em.persist(
        new RecognisedStatus(
            em.find(Household.class, household.getId()),
            year,
            status,
            "",
            null,
            RecognisedStatus.Source.IMPORT,
            LocalDate.of(year, 12, 20)));
  }

  public List<RecognisedStatus> statuses(long householdId) {
    return em.createQuery(
            "SELECT s FROM RecognisedStatus s WHERE s.householdId = :h ORDER BY s.year",
            RecognisedStatus.class)
        .setParameter("h", householdId)
        .getResultList();
  }

  public HouseholdReview review(long id) {
    return em.find(HouseholdReview.class, id);
  }

  public ReviewEntry entry(long id) {
    return em.find(ReviewEntry.class, id);
  }
}
