package vn.giamngheo.deploy.dataset;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.deploy.dataset.PortalServices.Beans;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;

/**
 * What the benchmark asks of the portal's poverty rates: for a year, every commune under a unit
 * with its households on the register at the year's end and its poor and near-poor households on
 * that year's lists. The portal's rates service answers it where it exists; {@link #REGISTER} is
 * the same question asked of the register's entities, as the portal's services ask, under row-level
 * security.
 */
interface CommuneRates {
  record Rate(String communeCode, long households, long poor, long nearPoor) {}

  List<Rate> byCommune(Beans beans, AdminUnit unit, int year);

  /** Households and lists counted through the mapped entities, in two queries. */
  CommuneRates REGISTER =
      (beans, unit, year) -> {
        jakarta.persistence.EntityManager em = beans.get(jakarta.persistence.EntityManager.class);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row :
            em.createQuery(
                    "SELECT h.unitId, COUNT(h) FROM Household h WHERE h.registeredOn <= :end"
                        + " AND (h.leftOn IS NULL OR h.leftOn > :end) GROUP BY h.unitId",
                    Object[].class)
                .setParameter("end", end)
                .getResultList()) {
          counts.computeIfAbsent((Long) row[0], id -> new long[3])[0] = (Long) row[1];
        }
        for (Object[] row :
            em.createQuery(
                    "SELECT s.unitId, s.status, COUNT(s) FROM RecognisedStatus s"
                        + " WHERE s.year = :year AND s.status IN :listed"
                        + " GROUP BY s.unitId, s.status",
                    Object[].class)
                .setParameter("year", year)
                .setParameter("listed", List.of(PovertyStatus.POOR, PovertyStatus.NEAR_POOR))
                .getResultList()) {
          counts
                  .computeIfAbsent((Long) row[0], id -> new long[3])[
                  row[1] == PovertyStatus.POOR ? 1 : 2] =
              (Long) row[2];
        }
        return beans.get(Units.class).subtree(unit.getPath()).stream()
            .filter(u -> u.isAt(UnitLevel.COMMUNE) && counts.containsKey(u.getId()))
            .map(
                u -> {
                  long[] c = counts.get(u.getId());
                  return new Rate(u.getCode(), c[0], c[1], c[2]);
                })
            .toList();
      };
}
