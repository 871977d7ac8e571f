package vn.giamngheo.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.unit.AdminUnit;

/** Counts over a commune's household register, run as the portal's services run. */
@ApplicationScoped
@Transactional
@InTenantScope
public class RegisterProbe {
  @Inject EntityManager em;

  /** Households on the register at the end of the year, and the poor and near-poor of its lists. */
  public long[] year(AdminUnit commune, int year) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT (SELECT count(*) FROM household h WHERE h.unit_id = ?1"
                        + "  AND h.registered_on <= make_date(?2, 12, 31)"
                        + "  AND (h.left_on IS NULL OR h.left_on > make_date(?2, 12, 31))),"
                        + " (SELECT count(*) FROM household_status s WHERE s.unit_id = ?1"
                        + "  AND s.year = ?2 AND s.status = 'POOR'),"
                        + " (SELECT count(*) FROM household_status s WHERE s.unit_id = ?1"
                        + "  AND s.year = ?2 AND s.status = 'NEAR_POOR'),"
                        + " (SELECT count(*) FROM review_entry e JOIN household_review r"
                        + "  ON r.id = e.review_id WHERE r.unit_id = ?1 AND r.year = ?2)")
                .setParameter(1, commune.getId())
                .setParameter(2, year)
                .getSingleResult();
    return new long[] {
      ((Number) row[0]).longValue(),
      ((Number) row[1]).longValue(),
      ((Number) row[2]).longValue(),
      ((Number) row[3]).longValue()
    };
  }

  public long members(AdminUnit commune) {
    return count("SELECT count(*) FROM household_member WHERE unit_id = ?1", commune);
  }

  public long households(AdminUnit commune) {
    return count("SELECT count(*) FROM household WHERE unit_id = ?1", commune);
  }

  /** The commune's reviews: year, status, decision number, day recognised. */
  @SuppressWarnings("unchecked")
  public List<Object[]> reviews(AdminUnit commune) {
    return em.createNativeQuery(
            "SELECT year, status, decision_no, recognised_on FROM household_review"
                + " WHERE unit_id = ?1 ORDER BY year")
        .setParameter(1, commune.getId())
        .getResultList();
  }

  /** Sources of the year's recognised statuses. */
  @SuppressWarnings("unchecked")
  public List<String> sources(AdminUnit commune, int year) {
    return em.createNativeQuery(
            "SELECT DISTINCT source FROM household_status WHERE unit_id = ?1 AND year = ?2")
        .setParameter(1, commune.getId())
        .setParameter(2, year)
        .getResultList();
  }

  private long count(String sql, AdminUnit commune) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, commune.getId()).getSingleResult())
        .longValue();
  }
}
