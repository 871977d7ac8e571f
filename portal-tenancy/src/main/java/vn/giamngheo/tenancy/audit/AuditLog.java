package vn.giamngheo.tenancy.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;

/** Records who did what in which unit, in the transaction of the work itself. */
@ApplicationScoped
@Transactional
@InTenantScope
public class AuditLog {
  @Inject EntityManager em;
  @Inject TenantContext tenant;

  public void record(long unitId, String action, String detail) {
    recordAs(tenant.actor(), unitId, action, detail);
  }

  public void recordAs(String actor, long unitId, String action, String detail) {
    em.persist(new AuditEvent(unitId, actor, action, detail));
  }
}
