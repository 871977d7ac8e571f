package vn.giamngheo.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.Programs;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * The plan templates of the programs a unit works under: the versions its province published, and
 * all versions — drafts too — of the templates it owns. Only the owning province changes a
 * template, as one draft version at a time, and publishing it makes it the one new plans start
 * from.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class PlanTemplates {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject Programs programs;

  /** The template versions of a program (of any of its versions) the caller sees, newest first. */
  public List<PlanTemplate> of(long programId) {
    Program program =
        programs
            .find(programId)
            .orElseThrow(() -> new NotInScopeException("program.notFound", programId));
    return versionsOf(program);
  }

  private List<PlanTemplate> versionsOf(Program program) {
    return em.createNamedQuery(PlanTemplate.OF_PROGRAM, PlanTemplate.class)
        .setParameter("code", program.getCode())
        .setParameter("periodFrom", program.getPeriodFrom())
        .setParameter("scopePath", scope().readPath())
        .getResultList();
  }

  /** The version new plans under {@code program} start from: the newest published one. */
  public Optional<PlanTemplate> newestPublished(Program program) {
    return versionsOf(program).stream()
        .filter(template -> template.getStatus() == TemplateStatus.PUBLISHED)
        .findFirst()
        .map(PlanTemplates::loaded);
  }

  /** The template version, if the caller may see it; otherwise it does not exist for them. */
  public Optional<PlanTemplate> find(long id) {
    PlanTemplate template = em.find(PlanTemplate.class, id);
    if (template == null) {
      return Optional.empty();
    }
    AdminUnit owner = em.find(AdminUnit.class, template.getUnitId());
    AccessScope scope = scope();
    boolean visible =
        scope.canRead(owner)
            || (scope.readPath().startsWith(owner.getPath())
                && template.getStatus() == TemplateStatus.PUBLISHED);
    return visible ? Optional.of(loaded(template)) : Optional.empty();
  }

  /** Saves a new template, configured by {@code province} for everything below it. */
  public PlanTemplate add(AdminUnit province, PlanTemplate template) {
    requireWritable(province.getPath());
    em.persist(template);
    em.flush();
    audit.record(province.getId(), "PLAN_TEMPLATE_ADDED", template.toString());
    return template;
  }

  /** A draft of the next version, copied from the newest one; one draft at a time. */
  public PlanTemplate draftNextVersion(long id) {
    PlanTemplate current = owned(id);
    Program program = em.find(Program.class, current.getProgramId());
    PlanTemplate newest = versionsOf(program).get(0);
    if (newest.isEditable()) {
      throw new UserFacingException("template.draftExists", newest.getVersion());
    }
    PlanTemplate draft = loaded(newest).draftNextVersion(newest.getVersion() + 1);
    em.persist(draft);
    em.flush();
    audit.record(current.getUnitId(), "PLAN_TEMPLATE_VERSION_DRAFTED", draft.toString());
    return loaded(draft);
  }

  /** Replaces the sections of a draft; refused, it changes nothing. */
  public PlanTemplate rewrite(long id, TemplateOutline outline) {
    PlanTemplate template = owned(id);
    template.rewrite(outline);
    em.flush();
    audit.record(template.getUnitId(), "PLAN_TEMPLATE_EDITED", template.toString());
    return loaded(template);
  }

  public PlanTemplate publish(long id) {
    PlanTemplate template = owned(id);
    template.publish();
    audit.record(template.getUnitId(), "PLAN_TEMPLATE_PUBLISHED", template.toString());
    return template;
  }

  private PlanTemplate owned(long id) {
    PlanTemplate template =
        find(id).orElseThrow(() -> new NotInScopeException("template.notFound", id));
    requireWritable(em.find(AdminUnit.class, template.getUnitId()).getPath());
    return template;
  }

  /**
   * Loads the sections inside the transaction: loaded later, outside it, row-level security would
   * see no scope and return nothing.
   */
  private static PlanTemplate loaded(PlanTemplate template) {
    template.load();
    return template;
  }

  private void requireWritable(String unitPath) {
    if (!scope().canWrite(unitPath)) {
      throw new UserFacingException("template.notYours");
    }
  }

  private AccessScope scope() {
    return tenant.scope().orElseThrow(() -> new UserFacingException("template.notYours"));
  }
}
