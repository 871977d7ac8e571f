package vn.giamngheo.web.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.giamngheo.domain.importing.HouseholdImports;
import vn.giamngheo.domain.importing.ImportError;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.identity.SignedInUser;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * Runs household imports on the server's managed executor, each in a request context of its own
 * with the tenant scope of the user who started it, and keeps them for an hour after they end so
 * that the page and the API can read how they went.
 */
@ApplicationScoped
public class ImportJobs {
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());
  private static final Duration KEPT = Duration.ofHours(1);

  @Resource ManagedExecutorService executor;
  @Inject Instance<RequestContextController> requestContexts;
  @Inject TenantContext tenant;
  @Inject HouseholdImports imports;

  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

  /** Starts importing {@code file} into {@code commune} as {@code user}. */
  public ImportJob start(SignedInUser user, AdminUnit commune, byte[] file) {
    forgetOld();
    ImportJob job = new ImportJob(commune.getId(), user.callerName());
    jobs.put(job.getId(), job);
    String code = commune.getCode();
    executor.execute(() -> run(job, user, code, file));
    return job;
  }

  /** The job of {@code unitId} with that id. */
  public Optional<ImportJob> find(String id, long unitId) {
    return Optional.ofNullable(id == null ? null : jobs.get(id))
        .filter(job -> job.getUnitId() == unitId);
  }

  private void run(ImportJob job, SignedInUser user, String communeCode, byte[] file) {
    RequestContextController context = requestContexts.get();
    boolean activated = context.activate();
    try {
      tenant.enter(user.scope(), user.callerName(), user.role());
      job.end(imports.importFile(communeCode, file, job));
    } catch (RuntimeException e) {
      UserFacingException problem = userFacing(e);
      if (problem != null) {
        job.reject(ImportError.of(0, "", problem.messageKey(), problem.arguments()));
      } else {
        LOG.log(Level.SEVERE, "household import failed", e);
        job.fail();
      }
    } finally {
      if (activated) {
        context.deactivate();
      }
      requestContexts.destroy(context);
    }
  }

  private static UserFacingException userFacing(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UserFacingException problem) {
        return problem;
      }
    }
    return null;
  }

  private void forgetOld() {
    Instant before = Instant.now().minus(KEPT);
    jobs.values().removeIf(job -> job.getEnded() != null && job.getEnded().isBefore(before));
  }
}
