package vn.giamngheo.domain.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.giamngheo.tenancy.identity.Accounts;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;

/** The figures each level's dashboard starts from. */
@ApplicationScoped
@Transactional
@InTenantScope
public class UnitOverview {
  @Inject EntityManager em;
  @Inject Units units;
  @Inject Accounts accounts;

  public CommuneCard communeCard(AdminUnit commune) {
    return new CommuneCard(commune, units.children(commune), accounts.staffOf(commune));
  }

  /** The units directly below {@code parent}, each with its own counts, in one query. */
  public List<UnitSummary> childrenOf(AdminUnit parent) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.code, c.name,"
                    + " (SELECT count(*) FROM admin_unit g"
                    + "   WHERE g.parent_id = c.id AND g.valid_to IS NULL),"
                    + " (SELECT count(*) FROM user_account a WHERE a.unit_id = c.id AND a.active)"
                    + " FROM admin_unit c WHERE c.parent_id = ?1 AND c.valid_to IS NULL"
                    + " ORDER BY c.code")
            .setParameter(1, parent.getId())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new UnitSummary(
                    (String) row[0],
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()))
        .toList();
  }
}
