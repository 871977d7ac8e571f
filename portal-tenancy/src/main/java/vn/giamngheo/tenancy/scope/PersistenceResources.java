package vn.giamngheo.tenancy.scope;

import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes the portal's persistence context injectable with {@code @Inject EntityManager}. */
@jakarta.enterprise.context.ApplicationScoped
public class PersistenceResources {
  @Produces
  @PersistenceContext(unitName = "portal")
  private EntityManager entityManager;
}
