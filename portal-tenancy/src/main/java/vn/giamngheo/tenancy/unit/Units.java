package vn.giamngheo.tenancy.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.scope.TenantContext;

/** The administrative units: finding them, their children and subtrees, adding villages. */
@ApplicationScoped
@Transactional
@InTenantScope
public class Units {
  private static final int SEARCH_LIMIT = 20;

  @Inject EntityManager em;
  @Inject TenantContext tenant;

  /** The unit currently valid under {@code code}. */
  public Optional<AdminUnit> findByCode(String code) {
    return em.createNamedQuery(AdminUnit.CURRENT_BY_CODE, AdminUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public AdminUnit byId(long id) {
    AdminUnit unit = em.find(AdminUnit.class, id);
    if (unit == null) {
      throw new IllegalArgumentException("no unit " + id);
    }
    unit.getLevel().getCode();
    return unit;
  }

  public List<AdminUnit> children(AdminUnit parent) {
    return em.createNamedQuery(AdminUnit.CHILDREN, AdminUnit.class)
        .setParameter("parent", parent)
        .getResultList();
  }

  /** The unit at {@code path} and everything below it, top-down. */
  public List<AdminUnit> subtree(String path) {
    return em.createNamedQuery(AdminUnit.SUBTREE, AdminUnit.class)
        .setParameter("pathPrefix", path + "%")
        .getResultList();
  }

  /** Provinces, districts and communes whose name contains {@code text}, ignoring diacritics. */
  public List<AdminUnit> search(String text) {
    String query = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    if (query.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(AdminUnit.SEARCH, AdminUnit.class)
        .setParameter("text", query)
        .setMaxResults(SEARCH_LIMIT)
        .getResultList();
  }

  public UnitLevel level(String levelCode) {
    return em.createQuery("SELECT l FROM UnitLevel l WHERE l.code = :code", UnitLevel.class)
        .setParameter("code", levelCode)
        .getSingleResult();
  }

  /**
   * Adds a village (thôn, bản, tổ dân phố) to a commune. Villages take part in plans and hold
   * households but are not tenants; their code is the commune's code and a running number.
   */
  public AdminUnit addVillage(AdminUnit commune, String name, LocalDate validFrom) {
    if (!commune.isAt(UnitLevel.COMMUNE)) {
      throw new UserFacingException("units.village.notCommune", commune.getCode());
    }
    if (!tenant.worksFor(commune) || !tenant.actsAs(Role.COMMUNE_LEADER, Role.COMMUNE_STAFF)) {
      throw new UserFacingException("units.outsideScope", commune.getCode());
    }
    if (name == null || name.isBlank()) {
      throw new UserFacingException("units.village.nameMissing");
    }
    long existing =
        em.createQuery("SELECT COUNT(u) FROM AdminUnit u WHERE u.parent = :commune", Long.class)
            .setParameter("commune", commune)
            .getSingleResult();
    String code = "%s-%02d".formatted(commune.getCode(), existing + 1);
    AdminUnit village = new AdminUnit(code, name, level(UnitLevel.VILLAGE), commune, validFrom);
    em.persist(village);
    em.flush();
    em.refresh(village);
    return village;
  }
}
