package vn.giamngheo.domain.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.domain.UnitStep;
import vn.giamngheo.domain.notice.Notices;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;

/**
 * Targets flowing down: the province sets its own yearly targets and allocates them to the units
 * below it; each of those allocates its own to the units below it in turn. Publishing an allocation
 * tells the units below; each acknowledges what it was given.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Targets {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Units units;
  @Inject Notices notices;

  /** The province's own target for an indicator and year, published at once. */
  public Target setProvinceTarget(
      AdminUnit province, long indicatorId, int year, BigDecimal value) {
    if (!province.isAt(UnitLevel.PROVINCE)) {
      throw new UserFacingException("target.provinceOnly");
    }
    requireStep(province);
    Indicator indicator = allocatable(indicatorId);
    Target own = upsert(province.getId(), indicator, year, value);
    own.publish(now());
    audit.record(province.getId(), "TARGET_SET", indicator.getCode() + " " + year + " " + value);
    return own;
  }

  /**
   * Gives units below {@code parent} their parts of its published target; a unit left out of {@code
   * parts} keeps what it had, or for rates gets the parent's own value. Drafts until published.
   */
  public List<Target> allocate(
      AdminUnit parent, long indicatorId, int year, Map<Long, BigDecimal> parts) {
    requireStep(parent);
    Indicator indicator = allocatable(indicatorId);
    Target whole = publishedOwn(parent.getId(), indicatorId, year);
    Allocation allocation = new Allocation(indicator, whole.getValue());
    Map<Long, AdminUnit> children = childrenById(parent);
    for (Long unitId : parts.keySet()) {
      if (!children.containsKey(unitId)) {
        throw new UserFacingException("target.notAChild");
      }
    }
    for (AdminUnit child : children.values()) {
      BigDecimal part =
          Optional.ofNullable(parts.get(child.getId()))
              .or(() -> find(child.getId(), indicatorId, year).map(Target::getValue))
              .or(allocation::defaultPart)
              .orElse(null);
      if (part != null) {
        indicator.problemWith(part).ifPresent(key -> reject(key));
        upsert(child.getId(), indicator, year, part);
      }
    }
    audit.record(parent.getId(), "TARGET_ALLOCATED", indicator.getCode() + " " + year);
    return allocationsOf(parent, indicatorId, year);
  }

  /**
   * Publishes the allocations of {@code parent}'s target to the units below: refused while they
   * fall short of it, unless {@code shortfallReason} says why.
   */
  public Optional<Allocation.Shortfall> publish(
      AdminUnit parent, long indicatorId, int year, String shortfallReason) {
    requireStep(parent);
    Indicator indicator = allocatable(indicatorId);
    Target whole = publishedOwn(parent.getId(), indicatorId, year);
    List<Target> parts = allocationsOf(parent, indicatorId, year);
    Map<Long, AdminUnit> children = childrenById(parent);
    if (parts.size() < children.size()) {
      throw new UserFacingException("target.notEveryUnit", children.size() - parts.size());
    }
    Map<Long, BigDecimal> values = new HashMap<>();
    parts.forEach(part -> values.put(part.getUnitId(), part.getValue()));
    Optional<Allocation.Shortfall> shortfall =
        new Allocation(indicator, whole.getValue()).shortfall(values);
    if (shortfall.isPresent() && (shortfallReason == null || shortfallReason.isBlank())) {
      throw new UserFacingException("target.shortfallUnexplained");
    }
    whole.explainShortfall(shortfall.isPresent() ? shortfallReason : null);
    OffsetDateTime now = now();
    for (Target part : parts) {
      if (part.getStatus() == TargetStatus.DRAFT) {
        part.publish(now);
        notices.send(
            part.getUnitId(),
            "TARGET",
            indicator.getName() + " " + year,
            "targets?year=" + year,
            "target/" + part.getId() + "/" + now.toInstant().toEpochMilli());
      }
    }
    audit.record(parent.getId(), "TARGET_PUBLISHED", indicator.getCode() + " " + year);
    return shortfall;
  }

  /** The unit confirms it has seen its published target. */
  public Target acknowledge(AdminUnit unit, long indicatorId, int year) {
    if (!tenant.worksFor(unit)) {
      throw new NotInScopeException("target.notFound", indicatorId);
    }
    Target own =
        find(unit.getId(), indicatorId, year)
            .filter(t -> t.getStatus() == TargetStatus.PUBLISHED)
            .orElseThrow(() -> new NotInScopeException("target.notFound", indicatorId));
    own.acknowledge(tenant.actor(), now());
    audit.record(unit.getId(), "TARGET_ACKNOWLEDGED", indicatorId + " " + year);
    return own;
  }

  /** The unit's own targets of a year as it may see them: published ones (all, for its setters). */
  public List<Target> ownOf(AdminUnit unit, int year) {
    boolean setter = !tenant.worksFor(unit) || unit.isAt(UnitLevel.PROVINCE);
    return em.createQuery(
            "SELECT t FROM Target t WHERE t.unitId = :unit AND t.year = :year"
                + " AND (:all = TRUE OR t.status = vn.giamngheo.domain.target.TargetStatus.PUBLISHED)"
                + " ORDER BY t.indicatorId",
            Target.class)
        .setParameter("unit", unit.getId())
        .setParameter("year", year)
        .setParameter("all", setter)
        .getResultList();
  }

  /** A unit's own target for an indicator, and what each unit below it was given of it. */
  public record Line(Indicator indicator, Target own, List<Given> given) {}

  /** A unit below and its part (null when not given one yet). */
  public record Given(AdminUnit unit, Target target) {}

  /** The unit's targets of a year as it may see them, each with its allocations below. */
  public List<Line> sheet(AdminUnit unit, int year) {
    List<AdminUnit> children =
        units.children(unit).stream().filter(child -> !child.isAt(UnitLevel.VILLAGE)).toList();
    Map<Long, Map<Long, Target>> below = allocationsOf(unit, year);
    return ownOf(unit, year).stream()
        .map(
            own ->
                new Line(
                    em.find(Indicator.class, own.getIndicatorId()),
                    own,
                    children.stream()
                        .map(
                            child ->
                                new Given(
                                    child,
                                    below
                                        .getOrDefault(child.getId(), Map.of())
                                        .get(own.getIndicatorId())))
                        .toList()))
        .toList();
  }

  /** What {@code parent} gave each unit below it for an indicator and year. */
  public List<Target> allocationsOf(AdminUnit parent, long indicatorId, int year) {
    return em.createQuery(
            "SELECT t FROM Target t, AdminUnit u WHERE u.id = t.unitId AND u.parent.id = :parent"
                + " AND t.indicatorId = :indicator AND t.year = :year ORDER BY u.code",
            Target.class)
        .setParameter("parent", parent.getId())
        .setParameter("indicator", indicatorId)
        .setParameter("year", year)
        .getResultList();
  }

  /** Every target of the units below {@code parent} in a year, by unit then indicator id. */
  public Map<Long, Map<Long, Target>> allocationsOf(AdminUnit parent, int year) {
    List<Target> all =
        em.createQuery(
                "SELECT t FROM Target t, AdminUnit u WHERE u.id = t.unitId"
                    + " AND u.parent.id = :parent AND t.year = :year",
                Target.class)
            .setParameter("parent", parent.getId())
            .setParameter("year", year)
            .getResultList();
    Map<Long, Map<Long, Target>> byUnit = new HashMap<>();
    all.forEach(
        t ->
            byUnit.computeIfAbsent(t.getUnitId(), u -> new HashMap<>()).put(t.getIndicatorId(), t));
    return byUnit;
  }

  public Optional<Target> find(long unitId, long indicatorId, int year) {
    return em.createQuery(
            "SELECT t FROM Target t WHERE t.unitId = :unit AND t.indicatorId = :indicator"
                + " AND t.year = :year",
            Target.class)
        .setParameter("unit", unitId)
        .setParameter("indicator", indicatorId)
        .setParameter("year", year)
        .getResultStream()
        .findFirst();
  }

  /** A unit's own target values of a year, whatever their status, by indicator id. */
  public Map<Long, BigDecimal> ownValues(long unitId, int year) {
    Map<Long, BigDecimal> byIndicator = new HashMap<>();
    em.createQuery(
            "SELECT t.indicatorId, t.value FROM Target t WHERE t.unitId = :unit AND t.year = :year",
            Object[].class)
        .setParameter("unit", unitId)
        .setParameter("year", year)
        .getResultList()
        .forEach(row -> byIndicator.put((Long) row[0], (BigDecimal) row[1]));
    return byIndicator;
  }

  /**
   * The target values of the units below {@code parent} in a year, by unit then indicator id: what
   * a consolidated view shows beside each part, without building the targets themselves.
   */
  public Map<Long, Map<Long, BigDecimal>> allocatedValues(AdminUnit parent, int year) {
    Map<Long, Map<Long, BigDecimal>> byUnit = new HashMap<>();
    em.createQuery(
            "SELECT t.unitId, t.indicatorId, t.value FROM Target t, AdminUnit u"
                + " WHERE u.id = t.unitId AND u.parent.id = :parent AND t.year = :year",
            Object[].class)
        .setParameter("parent", parent.getId())
        .setParameter("year", year)
        .getResultList()
        .forEach(
            row ->
                byUnit
                    .computeIfAbsent((Long) row[0], unit -> new HashMap<>())
                    .put((Long) row[1], (BigDecimal) row[2]));
    return byUnit;
  }

  private Target publishedOwn(long unitId, long indicatorId, int year) {
    return find(unitId, indicatorId, year)
        .filter(t -> t.getStatus() == TargetStatus.PUBLISHED)
        .orElseThrow(() -> new UserFacingException("target.noOwnTarget"));
  }

  private Target upsert(long unitId, Indicator indicator, int year, BigDecimal value) {
    indicator.problemWith(value).ifPresent(key -> reject(key));
    Optional<Target> existing = find(unitId, indicator.getId(), year);
    if (existing.isPresent()) {
      existing.get().set(value, tenant.actor());
      return existing.get();
    }
    Target added = new Target(unitId, indicator.getId(), year, value, tenant.actor());
    em.persist(added);
    return added;
  }

  private Indicator allocatable(long indicatorId) {
    Indicator indicator = em.find(Indicator.class, indicatorId);
    if (indicator == null) {
      throw new NotInScopeException("target.indicatorNotFound", indicatorId);
    }
    if (!Allocation.allocatable(indicator)) {
      throw new UserFacingException("target.notAllocatable", indicator.getName());
    }
    return indicator;
  }

  private Map<Long, AdminUnit> childrenById(AdminUnit parent) {
    Map<Long, AdminUnit> children = new HashMap<>();
    units.children(parent).stream()
        .filter(child -> !child.isAt(UnitLevel.VILLAGE))
        .forEach(child -> children.put(child.getId(), child));
    return children;
  }

  private void requireStep(AdminUnit unit) {
    if (!tenant.worksFor(unit) || !tenant.actsAs(UnitStep.DRAFT.roles(unit))) {
      throw new UserFacingException("target.setterOnly");
    }
  }

  private static void reject(String messageKey) {
    throw new UserFacingException(messageKey);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
