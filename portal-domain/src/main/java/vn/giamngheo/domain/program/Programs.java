package vn.giamngheo.domain.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * The programs a unit works under: those its province (or any unit above it) published, and all
 * versions — drafts too — of the programs it owns. Only the owning province changes a program, and
 * only as a new version.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Programs {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;

  public List<Program> visible() {
    return em.createNamedQuery(Program.VISIBLE, Program.class)
        .setParameter("scopePath", scope().readPath())
        .getResultList();
  }

  /** The program, if the caller may see it; otherwise it does not exist for them. */
  public Optional<Program> find(long id) {
    return visible().stream()
        .filter(program -> program.getId() == id)
        .findFirst()
        .map(Programs::loaded);
  }

  /**
   * Loads the whole structure inside the transaction: loaded later, outside it, row-level security
   * would see no scope and return nothing.
   */
  private static Program loaded(Program program) {
    for (ProgramComponent component : program.getComponents()) {
      component.getParent();
    }
    for (Indicator indicator : program.getIndicators()) {
      indicator.getComponent();
      indicator.getDenominator();
    }
    return program;
  }

  /** Saves a new program, configured by {@code province} for everything below it. */
  public Program add(AdminUnit province, Program program) {
    requireWritable(province.getPath());
    em.persist(program);
    em.flush();
    audit.record(province.getId(), "PROGRAM_ADDED", describe(program));
    return program;
  }

  public Program draftNextVersion(long id) {
    Program current = owned(id);
    int latest =
        em.createNamedQuery(Program.LATEST_VERSION, Integer.class)
            .setParameter("unit", current.getUnitId())
            .setParameter("code", current.getCode())
            .setParameter("periodFrom", current.getPeriodFrom())
            .getSingleResult();
    Program draft = current.draftNextVersion(latest + 1);
    em.persist(draft);
    em.flush();
    audit.record(current.getUnitId(), "PROGRAM_VERSION_DRAFTED", describe(draft));
    return loaded(draft);
  }

  public Program publish(long id) {
    Program program = owned(id);
    program.publish();
    audit.record(program.getUnitId(), "PROGRAM_PUBLISHED", describe(program));
    return program;
  }

  public Program describeComponent(
      long id, String componentCode, String objective, List<String> activities, String groups) {
    Program program = owned(id);
    program.describeComponent(componentCode, objective, activities, groups);
    audit.record(
        program.getUnitId(), "PROGRAM_COMPONENT_EDITED", describe(program) + " " + componentCode);
    return program;
  }

  private Program owned(long id) {
    Program program = find(id).orElseThrow(() -> new NotInScopeException("program.notFound", id));
    AdminUnit owner = em.find(AdminUnit.class, program.getUnitId());
    requireWritable(owner.getPath());
    return program;
  }

  private void requireWritable(String unitPath) {
    if (!scope().canWrite(unitPath)) {
      throw new UserFacingException("program.notYours");
    }
  }

  private AccessScope scope() {
    return tenant.scope().orElseThrow(() -> new UserFacingException("program.notYours"));
  }

  private static String describe(Program program) {
    return "%s %d-%d v%d"
        .formatted(
            program.getCode(),
            program.getPeriodFrom(),
            program.getPeriodTo(),
            program.getVersion());
  }
}
