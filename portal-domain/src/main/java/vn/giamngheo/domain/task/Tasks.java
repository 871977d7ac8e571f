package vn.giamngheo.domain.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanComponent;
import vn.giamngheo.domain.plan.PlanIssued;
import vn.giamngheo.domain.plan.StaffPosition;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.identity.UserAccount;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * The tasks issued plans assign: one per component with a lead position and per year left in the
 * program's period, due at the end of that year (or by the component's deadline in its year). An
 * amendment takes over how the tasks of the version it replaces stood, earlier years included.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Tasks {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject Clock clock;

  void createFor(@Observes PlanIssued issued) {
    Plan plan = issued.plan();
    Map<String, PlanTask> before = tasksOfVersionBefore(plan);
    int firstYear = Math.max(plan.getIssuedOn().getYear(), issued.programPeriodFrom());
    for (PlanComponent component : plan.getComponents()) {
      if (component.getLead() == null) {
        continue;
      }
      for (int year = issued.programPeriodFrom(); year <= issued.programPeriodTo(); year++) {
        PlanTask earlier = before.get(key(component.getComponentCode(), year));
        if (year < firstYear && earlier == null) {
          continue;
        }
        PlanTask task =
            new PlanTask(plan.getUnitId(), plan.getId(), component, year, dueIn(component, year));
        if (earlier != null) {
          task.carryOver(earlier);
        }
        em.persist(task);
      }
    }
  }

  private Map<String, PlanTask> tasksOfVersionBefore(Plan plan) {
    if (plan.getPreviousVersionId() == null) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT t FROM PlanTask t JOIN FETCH t.component WHERE t.planId = :plan",
            PlanTask.class)
        .setParameter("plan", plan.getPreviousVersionId())
        .getResultStream()
        .collect(
            Collectors.toMap(
                task -> key(task.getComponent().getComponentCode(), task.getYear()), task -> task));
  }

  private static String key(String componentCode, int year) {
    return componentCode + "/" + year;
  }

  private static LocalDate dueIn(PlanComponent component, int year) {
    LocalDate deadline = component.getDeadline();
    return deadline != null && deadline.getYear() == year ? deadline : LocalDate.of(year, 12, 31);
  }

  /**
   * Makes an account of the position's unit its holder: the position's tasks become theirs. The
   * unit's leader decides who holds what.
   */
  public void hold(StaffPosition position, long accountId) {
    AdminUnit unit = em.find(AdminUnit.class, position.getUnitId());
    if (!tenant.worksFor(unit)
        || !tenant.actsAs(Role.COMMUNE_LEADER, Role.DISTRICT_OFFICER, Role.PROVINCE_ADMIN)) {
      throw new UserFacingException("plan.leaderOnly");
    }
    UserAccount account = em.find(UserAccount.class, accountId);
    if (account == null || account.getUnit().getId() != position.getUnitId()) {
      throw new UserFacingException("position.accountNotOfUnit");
    }
    if (!holders(position.getId()).contains(accountId)) {
      em.persist(new PositionHolder(position.getUnitId(), position.getId(), accountId));
    }
  }

  private List<Long> holders(long positionId) {
    return em.createQuery(
            "SELECT h.accountId FROM PositionHolder h WHERE h.positionId = :position", Long.class)
        .setParameter("position", positionId)
        .getResultList();
  }

  /** Who holds each position of a unit: position name and the holder's full name. */
  public List<Holding> holdingsOf(AdminUnit unit) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT p.name, a.fullName, a.username FROM PositionHolder h, StaffPosition p,"
                    + " UserAccount a WHERE h.positionId = p.id AND h.accountId = a.id"
                    + " AND p.unitId = :unit ORDER BY p.sortOrder, a.fullName",
                Object[].class)
            .setParameter("unit", unit.getId())
            .getResultList();
    return rows.stream()
        .map(row -> new Holding((String) row[0], (String) row[1], (String) row[2]))
        .toList();
  }

  /** A position and the person who holds it. */
  public record Holding(String position, String fullName, String username) {}

  /**
   * The tasks of the positions {@code accountId} holds, in issued plans: open ones first, each
   * group earliest due first.
   */
  public List<PlanTask> of(long accountId) {
    return em.createQuery(
            "SELECT t FROM PlanTask t JOIN FETCH t.component JOIN FETCH t.position, Plan p"
                + " WHERE p.id = t.planId AND p.status = vn.giamngheo.domain.plan.PlanStatus.ISSUED"
                + " AND t.position.id IN (SELECT h.positionId FROM PositionHolder h"
                + "   WHERE h.accountId = :account)"
                + " ORDER BY CASE WHEN t.status = vn.giamngheo.domain.task.TaskStatus.DONE"
                + "   THEN 1 ELSE 0 END, t.dueOn, t.component.sortOrder",
            PlanTask.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** Each component's tasks of a plan: done of total, and late, in one query. */
  public List<ComponentProgress> progressOf(long planId) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT c.componentCode, c.number, c.title, COUNT(t),"
                    + " SUM(CASE WHEN t.status = vn.giamngheo.domain.task.TaskStatus.DONE THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN t.status <> vn.giamngheo.domain.task.TaskStatus.DONE"
                    + "          AND t.dueOn < :today THEN 1 ELSE 0 END)"
                    + " FROM PlanTask t JOIN t.component c WHERE t.planId = :plan"
                    + " GROUP BY c.componentCode, c.number, c.title, c.sortOrder ORDER BY c.sortOrder",
                Object[].class)
            .setParameter("plan", planId)
            .setParameter("today", today())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ComponentProgress(
                    (String) row[0],
                    row[1] + ". " + row[2],
                    ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue(),
                    ((Number) row[5]).longValue()))
        .toList();
  }

  /** The holder of the task's position reports how it stands. */
  public PlanTask report(long taskId, long accountId, TaskStatus status, String note) {
    PlanTask task =
        of(accountId).stream()
            .filter(t -> t.getId() == taskId)
            .findFirst()
            .orElseThrow(() -> new NotInScopeException("task.notFound", taskId));
    if (status == null) {
      throw new UserFacingException("task.statusMissing");
    }
    task.report(status, note, today());
    audit.record(task.getUnitId(), "TASK_" + status, task.getTitle() + " " + task.getYear());
    return task;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
