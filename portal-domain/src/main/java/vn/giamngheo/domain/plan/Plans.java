package vn.giamngheo.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.giamngheo.domain.UnitStep;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.Programs;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * The plans of the units in scope. A unit sees all of its own plans and those of the units below
 * it, and the issued plans of the units above it. Staff draft and submit; the leader returns or
 * issues; an issued plan changes only through an amendment.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Plans {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject Programs programs;
  @Inject Event<PlanIssued> issuedEvents;
  @Inject PlanTemplates templates;

  /** The plans of {@code unit} the caller may see, newest version first. */
  public List<Plan> of(AdminUnit unit) {
    return em.createNamedQuery(Plan.OF_UNIT, Plan.class)
        .setParameter("unit", unit.getId())
        .getResultStream()
        .filter(plan -> visible(plan, unit))
        .toList();
  }

  public Optional<Plan> find(long id) {
    Plan plan = em.find(Plan.class, id);
    if (plan == null) {
      return Optional.empty();
    }
    AdminUnit owner = em.find(AdminUnit.class, plan.getUnitId());
    return visible(plan, owner) ? Optional.of(loaded(plan)) : Optional.empty();
  }

  /** Where each unit directly below {@code parent} stands with its plan, in one query. */
  public List<PlanStanding> standingOfChildren(AdminUnit parent) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT u.code, u.name, p.id, p.status, p.number_symbol, p.issued_on, p.version"
                    + " FROM admin_unit u LEFT JOIN LATERAL ("
                    + "   SELECT * FROM plan WHERE plan.unit_id = u.id AND plan.status <> 'SUPERSEDED'"
                    + "   ORDER BY (plan.status = 'ISSUED') DESC, plan.version DESC LIMIT 1) p ON true"
                    + " WHERE u.parent_id = ?1 AND u.valid_to IS NULL ORDER BY u.code")
            .setParameter(1, parent.getId())
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(PlanStanding::of).toList();
  }

  /**
   * What the plan of the level above — its newest issued version — now says differently from what
   * this plan took over from it.
   */
  public List<UpstreamChange> upstreamChanges(long id) {
    Plan plan = find(id).orElseThrow(() -> new NotInScopeException("plan.notFound", id));
    return upstreamOf(plan).map(above -> changesBetween(plan, above)).orElse(List.of());
  }

  /** Takes the text from above, or keeps this plan's own, for one change; drafts only. */
  public Plan resolveUpstream(long id, String key, boolean take) {
    Plan plan = editable(id, UnitStep.DRAFT);
    if (!plan.isEditable()) {
      throw new UserFacingException("plan.notDraft");
    }
    Plan above = upstreamOf(plan).orElseThrow(() -> new UserFacingException("plan.noUpstream"));
    String[] parts = key == null ? new String[0] : key.split(":", 2);
    if (parts.length != 2) {
      throw new UserFacingException("plan.noUpstream");
    }
    if (UpstreamChange.SECTION.equals(parts[0])) {
      PlanSection own = sectionById(plan, parts[1]);
      PlanSection theirs =
          sameSection(above, own).orElseThrow(() -> new UserFacingException("plan.noUpstream"));
      if (take) {
        own.take(theirs);
      } else {
        own.inherit(theirs);
      }
    } else {
      PlanComponent own =
          plan.component(parts[1]).orElseThrow(() -> new UserFacingException("plan.noUpstream"));
      PlanComponent theirs =
          above.component(parts[1]).orElseThrow(() -> new UserFacingException("plan.noUpstream"));
      if (take) {
        own.take(theirs);
      } else {
        own.inherit(theirs);
      }
    }
    audit.record(
        plan.getUnitId(), take ? "PLAN_UPSTREAM_TAKEN" : "PLAN_UPSTREAM_KEPT", plan + " " + key);
    return plan;
  }

  private Optional<Plan> upstreamOf(Plan plan) {
    if (plan.getDerivedFromId() == null) {
      return Optional.empty();
    }
    Plan origin = em.find(Plan.class, plan.getDerivedFromId());
    if (origin == null) {
      return Optional.empty();
    }
    Program program = em.find(Program.class, origin.getProgramId());
    return newestIssued(origin.getUnitId(), program);
  }

  private static List<UpstreamChange> changesBetween(Plan plan, Plan above) {
    List<UpstreamChange> changes = new ArrayList<>();
    for (PlanSection own : plan.getSections()) {
      sameSection(above, own)
          .filter(own::differsUpstream)
          .ifPresent(
              theirs ->
                  changes.add(
                      new UpstreamChange(
                          UpstreamChange.SECTION + ":" + own.getId(),
                          own.getHeading(),
                          theirs.getText(),
                          own.getText())));
    }
    for (PlanComponent own : plan.getComponents()) {
      above
          .component(own.getComponentCode())
          .filter(own::differsUpstream)
          .ifPresent(
              theirs ->
                  changes.add(
                      new UpstreamChange(
                          UpstreamChange.COMPONENT + ":" + own.getComponentCode(),
                          own.getHeading(),
                          describe(theirs),
                          describe(own))));
    }
    return changes;
  }

  /** A component's objective and its activities as bullets. */
  private static RichText describe(PlanComponent component) {
    List<String> lines = new ArrayList<>(List.of(component.getObjective()));
    component.getActivities().forEach(activity -> lines.add(RichText.BULLET + activity));
    return RichText.ofLines(lines);
  }

  /** The section of {@code above} at the same place: the same heading under the same parent. */
  private static Optional<PlanSection> sameSection(Plan above, PlanSection own) {
    String parent = own.getParent() == null ? "" : own.getParent().getHeading();
    return above.getSections().stream()
        .filter(s -> s.getHeading().equals(own.getHeading()))
        .filter(s -> (s.getParent() == null ? "" : s.getParent().getHeading()).equals(parent))
        .findFirst();
  }

  private static PlanSection sectionById(Plan plan, String id) {
    return plan.getSections().stream()
        .filter(s -> String.valueOf(s.getId()).equals(id))
        .findFirst()
        .orElseThrow(() -> new UserFacingException("plan.noUpstream"));
  }

  public List<PlanEvent> history(long id) {
    return em.createNamedQuery(PlanEvent.OF_PLAN, PlanEvent.class)
        .setParameter("plan", id)
        .getResultList();
  }

  public List<StaffPosition> positionsOf(AdminUnit unit) {
    return em.createQuery(
            "SELECT p FROM StaffPosition p WHERE p.unitId = :unit ORDER BY p.sortOrder",
            StaffPosition.class)
        .setParameter("unit", unit.getId())
        .getResultList();
  }

  public StaffPosition addPosition(AdminUnit unit, String name) {
    requireStep(unit, UnitStep.LEAD);
    if (name == null || name.isBlank()) {
      throw new UserFacingException("position.nameMissing");
    }
    if (positionsOf(unit).stream().anyMatch(p -> p.getName().equalsIgnoreCase(name.strip()))) {
      throw new UserFacingException("position.exists", name.strip());
    }
    StaffPosition position = new StaffPosition(unit.getId(), name, positionsOf(unit).size() + 1);
    em.persist(position);
    return position;
  }

  /** Saves a new draft plan of {@code unit}. */
  public Plan create(AdminUnit unit, Plan draft) {
    requireStep(unit, UnitStep.DRAFT);
    em.persist(draft);
    em.flush();
    record(draft, null, null);
    return draft;
  }

  /**
   * Starts the plan of {@code unit} under a program: from the issued plan of the nearest level
   * above that has one, otherwise from the newest published version of the program's template. A
   * unit has one plan per program; changing it later means an amendment.
   */
  public Plan draft(AdminUnit unit, long programId, Set<String> applied) {
    requireStep(unit, UnitStep.DRAFT);
    Program program =
        programs
            .find(programId)
            .orElseThrow(() -> new NotInScopeException("program.notFound", programId));
    if (applied.isEmpty()) {
      throw new UserFacingException("plan.nothingApplied");
    }
    if (hasPlanUnder(unit, program)) {
      throw new UserFacingException("plan.exists");
    }
    PlanTemplate template =
        templates
            .newestPublished(program)
            .orElseThrow(() -> new UserFacingException("template.noneFor"));
    Plan draft = PlanDrafter.draft(template, unit, program, applied, issuedAbove(unit, program));
    em.persist(draft);
    em.flush();
    record(draft, null, null);
    return loaded(draft);
  }

  /**
   * Whether {@code unit} has a current plan under any version of {@code program}: a new version of
   * a program does not call for a second plan.
   */
  public boolean hasPlanUnder(AdminUnit unit, Program program) {
    return !em.createQuery(
            "SELECT p.id FROM Plan p, Program g WHERE g.id = p.programId AND p.unitId = :unit"
                + " AND p.status <> vn.giamngheo.domain.plan.PlanStatus.SUPERSEDED"
                + " AND g.code = :code AND g.periodFrom = :periodFrom",
            Long.class)
        .setParameter("unit", unit.getId())
        .setParameter("code", program.getCode())
        .setParameter("periodFrom", program.getPeriodFrom())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The newest issued plan of the same program by the nearest unit above {@code unit}. */
  private Optional<Plan> issuedAbove(AdminUnit unit, Program program) {
    for (AdminUnit above = unit.getParent(); above != null; above = above.getParent()) {
      Optional<Plan> issued = newestIssued(above.getId(), program);
      if (issued.isPresent()) {
        return issued;
      }
    }
    return Optional.empty();
  }

  /** The newest issued version of {@code unitId}'s plan under any version of {@code program}. */
  private Optional<Plan> newestIssued(long unitId, Program program) {
    return em.createQuery(
            "SELECT p FROM Plan p, Program g WHERE g.id = p.programId AND p.unitId = :unit"
                + " AND p.status = vn.giamngheo.domain.plan.PlanStatus.ISSUED"
                + " AND g.code = :code AND g.periodFrom = :periodFrom ORDER BY p.version DESC",
            Plan.class)
        .setParameter("unit", unitId)
        .setParameter("code", program.getCode())
        .setParameter("periodFrom", program.getPeriodFrom())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(Plans::loaded);
  }

  /**
   * Rewrites a section of a draft with {@code html} from the editor, the API or a paste, cleaned
   * here whatever it came through.
   */
  public Plan rewriteSection(long id, long sectionId, String html) {
    return change(
        id,
        UnitStep.DRAFT,
        plan -> {
          if (html != null && html.length() > RichText.MAX_SOURCE_LENGTH) {
            throw new UserFacingException("plan.sectionTooLong", RichText.MAX_LENGTH);
          }
          plan.rewriteSection(sectionId, RichText.clean(html));
        },
        "PLAN_SECTION_EDITED");
  }

  public Plan rewriteComponent(long id, PlanComponent.Content content) {
    return change(
        id, UnitStep.DRAFT, plan -> plan.rewriteComponent(content), "PLAN_COMPONENT_EDITED");
  }

  /**
   * Assigns a component of a draft: the position that leads it and those that co-operate (all the
   * unit's own), its deadline, and the assignment as the document words it.
   */
  public Plan assign(
      long id,
      String componentCode,
      Long leadId,
      List<Long> partnerIds,
      LocalDate deadline,
      String assignment) {
    Plan draft = find(id).orElseThrow(() -> new NotInScopeException("plan.notFound", id));
    StaffPosition lead = leadId == null ? null : positionOf(draft, leadId);
    List<StaffPosition> partners =
        partnerIds.stream().map(partnerId -> positionOf(draft, partnerId)).toList();
    PlanComponent component =
        draft
            .component(componentCode)
            .orElseThrow(() -> new UserFacingException("plan.componentMissing", componentCode));
    PlanComponent.Content current = component.content();
    PlanComponent.Content assigned =
        new PlanComponent.Content(
            current.componentCode(),
            current.number(),
            current.title(),
            current.objective(),
            current.fundingNeed(),
            current.activitiesIntro(),
            current.activities(),
            assignment,
            lead,
            deadline);
    return change(
        id,
        UnitStep.DRAFT,
        plan -> {
          plan.rewriteComponent(assigned);
          component.cooperateWith(partners);
        },
        "PLAN_COMPONENT_ASSIGNED");
  }

  private StaffPosition positionOf(Plan plan, long positionId) {
    StaffPosition position = em.find(StaffPosition.class, positionId);
    if (position == null || position.getUnitId() != plan.getUnitId()) {
      throw new UserFacingException("plan.positionNotOfUnit");
    }
    return position;
  }

  public Plan fund(long id, String componentCode, FundingSource source, int year, long amount) {
    Plan funded = find(id).orElseThrow(() -> new NotInScopeException("plan.notFound", id));
    Program program = em.find(Program.class, funded.getProgramId());
    if (year < program.getPeriodFrom() || year > program.getPeriodTo()) {
      throw new UserFacingException(
          "plan.fundingYearOutside", program.getPeriodFrom(), program.getPeriodTo());
    }
    return change(
        id,
        UnitStep.DRAFT,
        plan -> plan.fund(componentCode, source, year, amount),
        "PLAN_FUNDING_EDITED");
  }

  public Plan submit(long id) {
    return transition(id, UnitStep.DRAFT, Plan::submit, null);
  }

  public Plan returnForChanges(long id, String comment) {
    return transition(id, UnitStep.LEAD, plan -> plan.returnForChanges(comment), comment);
  }

  public Plan issue(long id, String number, LocalDate date) {
    Plan issued = transition(id, UnitStep.LEAD, plan -> plan.issue(number, date), number);
    Program program = em.find(Program.class, issued.getProgramId());
    issuedEvents.fire(new PlanIssued(issued, program.getPeriodFrom(), program.getPeriodTo()));
    if (issued.getPreviousVersionId() != null) {
      Plan previous = em.find(Plan.class, issued.getPreviousVersionId());
      record(previous, previous.supersede(), "→ v" + issued.getVersion());
    }
    return issued;
  }

  public Plan amend(long id) {
    Plan issued = editable(id, UnitStep.DRAFT);
    boolean amendedAlready =
        of(em.find(AdminUnit.class, issued.getUnitId())).stream()
            .anyMatch(plan -> Long.valueOf(id).equals(plan.getPreviousVersionId()));
    if (amendedAlready) {
      throw new UserFacingException("plan.amendmentExists");
    }
    Plan amendment = issued.amend();
    em.persist(amendment);
    em.flush();
    record(amendment, null, "← v" + issued.getVersion());
    return loaded(amendment);
  }

  private Plan change(long id, UnitStep step, Consumer<Plan> edit, String action) {
    Plan plan = editable(id, step);
    edit.accept(plan);
    audit.record(plan.getUnitId(), action, plan.toString());
    return plan;
  }

  private Plan transition(long id, UnitStep step, Function<Plan, PlanStatus> move, String comment) {
    Plan plan = editable(id, step);
    PlanStatus from = move.apply(plan);
    record(plan, from, comment);
    return plan;
  }

  /** The plan, if the caller works for the unit that owns it, in a role that takes this step. */
  private Plan editable(long id, UnitStep step) {
    Plan plan = find(id).orElseThrow(() -> new NotInScopeException("plan.notFound", id));
    requireStep(em.find(AdminUnit.class, plan.getUnitId()), step);
    return plan;
  }

  private void requireStep(AdminUnit owner, UnitStep step) {
    requireWritable(owner);
    if (!tenant.worksFor(owner) || !tenant.actsAs(step.roles(owner))) {
      throw new UserFacingException(step == UnitStep.LEAD ? "plan.leaderOnly" : "plan.roleMissing");
    }
  }

  private void record(Plan plan, PlanStatus from, String comment) {
    em.persist(new PlanEvent(plan, tenant.actor(), from, comment));
    audit.record(
        plan.getUnitId(),
        "PLAN_" + plan.getStatus(),
        plan + (comment == null ? "" : " " + comment));
  }

  /** Plans of the caller's subtree in any status; of the units above, only issued ones. */
  private boolean visible(Plan plan, AdminUnit owner) {
    AccessScope scope = scope();
    boolean above = scope.readPath().startsWith(owner.getPath());
    boolean issued =
        plan.getStatus() == PlanStatus.ISSUED || plan.getStatus() == PlanStatus.SUPERSEDED;
    return scope.canRead(owner) || (above && issued);
  }

  /**
   * Loads the whole plan inside the transaction: loaded later, outside it, row-level security would
   * see no scope and return nothing.
   */
  private static Plan loaded(Plan plan) {
    plan.getTemplate();
    for (PlanSection section : plan.getSections()) {
      section.getParent();
    }
    for (PlanComponent component : plan.getComponents()) {
      component.getParent();
      component.getLead();
      component.getFunding();
      component.getPartners();
    }
    return plan;
  }

  private void requireWritable(AdminUnit unit) {
    if (!scope().canWrite(unit)) {
      throw new UserFacingException("plan.notYours");
    }
  }

  private AccessScope scope() {
    return tenant.scope().orElseThrow(() -> new UserFacingException("plan.notYours"));
  }
}
