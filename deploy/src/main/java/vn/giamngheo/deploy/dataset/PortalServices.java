package vn.giamngheo.deploy.dataset;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.scope.TenantScopeInterceptor;

/**
 * The portal's services outside the server, run as a request runs them: as the runtime role, in a
 * fresh persistence context and transaction per call, with the beans' {@code @Inject} fields wired
 * by hand (there is no CDI container here), and the tenant scope handed to PostgreSQL by the
 * portal's own {@link TenantScopeInterceptor} on the transaction's connection.
 */
public final class PortalServices implements AutoCloseable {
  private final EntityManagerFactory factory;
  private final Clock clock;

  public PortalServices(DataSetDatabase database, Clock clock) {
    this.factory =
        Persistence.createEntityManagerFactory(
            "dataset",
            Map.of(
                "jakarta.persistence.jdbc.url", database.url(),
                "jakarta.persistence.jdbc.user", database.roles().app(),
                "jakarta.persistence.jdbc.password", database.roles().appPassword()));
    this.clock = clock;
  }

  /** Runs {@code work} as a user holding {@code role} in the unit at {@code unitPath}. */
  public <T> T as(String unitPath, Role role, Function<Beans, T> work) {
    TenantContext tenant = new TenantContext();
    tenant.enter(AccessScope.subtreeOf(unitPath), "dataset/" + role.name().toLowerCase(), role);
    return transaction(tenant, work);
  }

  /** Runs {@code work} as the portal's own start-up work: the whole hierarchy in scope. */
  public <T> T asSystem(Function<Beans, T> work) {
    TenantContext tenant = new TenantContext();
    return tenant.runAsSystem(() -> transaction(tenant, work));
  }

  private <T> T transaction(TenantContext tenant, Function<Beans, T> work) {
    EntityManager em = factory.createEntityManager();
    EntityTransaction transaction = em.getTransaction();
    try {
      transaction.begin();
      // One connection for the whole transaction, as JTA gives the server: the scope that
      // set_config(..., true) sets lasts as long as the transaction on that connection.
      em.unwrap(Connection.class);
      Beans beans = new Beans(em, tenant, clock);
      T result = beans.inScope(() -> work.apply(beans));
      transaction.commit();
      return result;
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    factory.close();
  }

  /** The portal's beans of one transaction, each made once, with its injected fields set. */
  public static final class Beans {
    private final Map<Class<?>, Object> made = new HashMap<>();

    private Beans(EntityManager em, TenantContext tenant, Clock clock) {
      made.put(EntityManager.class, em);
      made.put(TenantContext.class, tenant);
      made.put(Clock.class, clock);
    }

    public <T> T get(Class<T> type) {
      Object bean = made.get(type);
      if (bean != null) {
        return type.cast(bean);
      }
      if (!type.getName().startsWith("vn.giamngheo.")) {
        throw new IllegalStateException("nothing provides " + type.getName());
      }
      try {
        Constructor<T> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        T created = constructor.newInstance();
        made.put(type, created);
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
          for (Field field : c.getDeclaredFields()) {
            // Instance<...> looks beans up by qualifier: the paths measured here use none.
            if (field.isAnnotationPresent(Inject.class) && field.getType() != Instance.class) {
              field.setAccessible(true);
              field.set(created, get(field.getType()));
            }
          }
        }
        return created;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make " + type.getName(), e);
      }
    }

    private <T> T inScope(Supplier<T> work) {
      TenantScopeInterceptor interceptor = get(TenantScopeInterceptor.class);
      try {
        Field transactions = TenantScopeInterceptor.class.getDeclaredField("transactions");
        transactions.setAccessible(true);
        transactions.set(interceptor, new OneTransaction());
        @SuppressWarnings("unchecked")
        T result = (T) interceptor.applyScope(new Invocation(work));
        return result;
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The call the interceptor wraps. */
  private record Invocation(Supplier<?> work) implements InvocationContext {
    @Override
    public Object proceed() {
      return work.get();
    }

    @Override
    public Method getMethod() {
      try {
        return Supplier.class.getMethod("get");
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Object getTarget() {
      return work;
    }

    @Override
    public Object getTimer() {
      return null;
    }

    @Override
    public Constructor<?> getConstructor() {
      return null;
    }

    @Override
    public Object[] getParameters() {
      return new Object[0];
    }

    @Override
    public void setParameters(Object[] parameters) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Object> getContextData() {
      return Map.of();
    }
  }

  /** The registry of the one resource-local transaction under way. */
  private static final class OneTransaction implements TransactionSynchronizationRegistry {
    private final Object key = new Object();
    private final Map<Object, Object> resources = new HashMap<>();

    @Override
    public Object getTransactionKey() {
      return key;
    }

    @Override
    public void putResource(Object name, Object value) {
      resources.put(name, value);
    }

    @Override
    public Object getResource(Object name) {
      return resources.get(name);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      return jakarta.transaction.Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
