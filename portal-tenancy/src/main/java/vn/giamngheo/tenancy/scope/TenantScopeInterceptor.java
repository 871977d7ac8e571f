package vn.giamngheo.tenancy.scope;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Hands the tenant scope to PostgreSQL for the current transaction with {@code set_config(...,
 * true)}, so that it ends with the transaction and never stays on a pooled connection. Runs inside
 * the transaction that {@code @Transactional} opened (its priority is lower).
 */
@InTenantScope
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantScopeInterceptor {
  private static final String APPLIED = TenantScopeInterceptor.class.getName() + ".applied";

  @Inject TenantContext tenant;
  @Inject EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object applyScope(InvocationContext invocation) throws Exception {
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException(
          invocation.getMethod() + " is tenant-scoped and must run in a transaction");
    }
    String readPath = tenant.scope().map(AccessScope::readPath).orElse("");
    String writePath = tenant.scope().map(AccessScope::writePath).orElse("");
    String applied = readPath + ' ' + writePath;
    if (!applied.equals(transactions.getResource(APPLIED))) {
      em.createNativeQuery(
              "SELECT set_config('portal.read_path', ?1, true),"
                  + " set_config('portal.write_path', ?2, true)")
          .setParameter(1, readPath)
          .setParameter(2, writePath)
          .getSingleResult();
      transactions.putResource(APPLIED, applied);
    }
    return invocation.proceed();
  }
}
