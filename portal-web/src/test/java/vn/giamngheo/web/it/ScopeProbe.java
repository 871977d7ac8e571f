package vn.giamngheo.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.unit.AdminUnit;

/** Raw queries that forget the tenant filter on purpose, run as the portal's own services do. */
@ApplicationScoped
@Transactional
@InTenantScope
public class ScopeProbe {
  @Inject EntityManager em;

  public String readPath() {
    return (String)
        em.createNativeQuery("SELECT current_setting('portal.read_path', true)").getSingleResult();
  }

  public long accountsOf(AdminUnit unit) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM user_account WHERE unit_id = ?1")
                .setParameter(1, unit.getId())
                .getSingleResult())
        .longValue();
  }
}
