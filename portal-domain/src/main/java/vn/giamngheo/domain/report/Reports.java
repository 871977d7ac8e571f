package vn.giamngheo.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.giamngheo.domain.UnitStep;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.target.Target;
import vn.giamngheo.domain.target.Targets;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

/**
 * Writing, submitting and reviewing reports. A commune's staff write its report, its leader submits
 * it; a district's or the province's report is consolidated from the approved commune reports
 * below, with its own narrative. The level above approves or returns each report.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Reports {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Consolidation consolidation;
  @Inject Targets targets;
  @Inject @Any Instance<KnownValue> knownValues;

  /**
   * The report templates the caller sees, loaded whole inside the transaction: loaded later,
   * outside it, row-level security would see no scope and return nothing.
   */
  public List<ReportTemplate> templates() {
    List<ReportTemplate> templates =
        em.createQuery("SELECT t FROM ReportTemplate t ORDER BY t.id", ReportTemplate.class)
            .getResultList();
    templates.forEach(
        template -> {
          template.getIndicators();
          template.getSections();
        });
    return templates;
  }

  public ReportTemplate addTemplate(AdminUnit province, ReportTemplate template) {
    if (!province.isAt(UnitLevel.PROVINCE)
        || !tenant.worksFor(province)
        || !tenant.actsAs(UnitStep.LEAD.roles(province))) {
      throw new UserFacingException("report.template.provinceOnly");
    }
    em.persist(template);
    audit.record(province.getId(), "REPORT_TEMPLATE_ADDED", template.getCode());
    return template;
  }

  /**
   * Changes a template's rules: its name, periods, due date, change threshold and reminders.
   * Reports already owed keep their due dates; those created from now on follow the new rule.
   */
  public ReportTemplate changeRules(long templateId, ReportTemplate.Rules rules) {
    ReportTemplate template = provincesOwn(templateId);
    template.change(rules);
    audit.record(template.getUnitId(), "REPORT_TEMPLATE_CHANGED", template.getCode());
    return template;
  }

  /**
   * Asks for exactly these indicators of the template's program, each required or not. Reports keep
   * the values they have; their forms show what the template asks from now on.
   */
  public ReportTemplate askFor(long templateId, Map<Long, Boolean> requiredByIndicatorId) {
    ReportTemplate template = provincesOwn(templateId);
    Map<Indicator, Boolean> asked = new LinkedHashMap<>();
    em.createQuery(
            "SELECT i FROM Indicator i WHERE i.program.id = :program AND i.id IN :ids"
                + " ORDER BY i.sortOrder",
            Indicator.class)
        .setParameter("program", template.getProgramId())
        .setParameter(
            "ids", requiredByIndicatorId.isEmpty() ? List.of(-1L) : requiredByIndicatorId.keySet())
        .getResultList()
        .forEach(indicator -> asked.put(indicator, requiredByIndicatorId.get(indicator.getId())));
    if (asked.size() != requiredByIndicatorId.size() && !requiredByIndicatorId.isEmpty()) {
      throw new UserFacingException("report.template.indicatorNotOfProgram");
    }
    template.askOnly(asked);
    audit.record(
        template.getUnitId(),
        "REPORT_TEMPLATE_INDICATORS",
        template.getCode() + " " + asked.size());
    return template;
  }

  /** A template the caller, an administrator of the province that owns it, may change. */
  private ReportTemplate provincesOwn(long templateId) {
    ReportTemplate template =
        Optional.ofNullable(em.find(ReportTemplate.class, templateId))
            .orElseThrow(() -> new NotInScopeException("report.notFound", templateId));
    AdminUnit province = em.find(AdminUnit.class, template.getUnitId());
    if (!tenant.worksFor(province) || !tenant.actsAs(UnitStep.LEAD.roles(province))) {
      throw new UserFacingException("report.template.provinceOnly");
    }
    return template;
  }

  /** The unit's reports whose periods end in {@code year}, in the order they fall due. */
  public List<Report> of(AdminUnit unit, int year) {
    readable(unit);
    return em.createQuery(
            "SELECT r FROM Report r WHERE r.unitId = :unit AND r.periodEnd BETWEEN :from AND :to"
                + " ORDER BY r.templateId, r.periodEnd, r.periodCode DESC",
            Report.class)
        .setParameter("unit", unit.getId())
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .getResultList();
  }

  /** The years the unit has reports for, in order. */
  public List<Integer> years(AdminUnit unit) {
    readable(unit);
    @SuppressWarnings("unchecked")
    List<Number> years =
        em.createNativeQuery(
                "SELECT DISTINCT extract(year FROM period_end)::int FROM report WHERE unit_id = ?1"
                    + " ORDER BY 1")
            .setParameter(1, unit.getId())
            .getResultList();
    return years.stream().map(Number::intValue).toList();
  }

  public Optional<Report> find(long id) {
    Report report = em.find(Report.class, id);
    if (report == null || !tenant.scope().map(s -> s.canRead(unitOf(report))).orElse(false)) {
      return Optional.empty();
    }
    report.getEvents();
    return Optional.of(report);
  }

  /** What the form of a report shows: each indicator with its target, values and sources. */
  public ReportForm form(long id) {
    Report report = visible(id);
    AdminUnit unit = unitOf(report);
    ReportTemplate template = em.find(ReportTemplate.class, report.getTemplateId());
    Period period = report.getPeriod();
    Map<Long, BigDecimal> previous = valuesOf(unit, template, period.previous());
    Map<Long, BigDecimal> continued =
        period.continues().map(p -> valuesOf(unit, template, p)).orElse(Map.of());
    Map<Long, Partial> consolidated =
        consolidates(unit) && report.getStatus().isOpen()
            ? Consolidation.whole(consolidation.partials(unit, template.getId(), period, false))
            : Map.of();
    List<ReportForm.Line> lines =
        template.getIndicators().stream()
            .map(
                line -> {
                  Indicator indicator = line.getIndicator();
                  Optional<ReportValue> stored = report.value(indicator.getId());
                  Optional<BigDecimal> known =
                      consolidates(unit)
                          ? Optional.ofNullable(consolidated.get(indicator.getId()))
                              .flatMap(p -> p.value(indicator.getAggregation()))
                          : knownValue(line, unit, period);
                  String knownSource =
                      consolidates(unit) ? ReportValue.CONSOLIDATED : line.getSource();
                  boolean useKnown =
                      known.isPresent()
                          && (consolidates(unit) && report.getStatus().isOpen()
                              || stored.map(v -> v.getValue() == null).orElse(true));
                  return new ReportForm.Line(
                      indicator,
                      line.isRequired(),
                      targets
                          .find(unit.getId(), indicator.getId(), period.year())
                          .map(Target::getValue)
                          .orElse(null),
                      previous.get(indicator.getId()),
                      continued.get(indicator.getId()),
                      useKnown ? known.get() : stored.map(ReportValue::getValue).orElse(null),
                      useKnown ? knownSource : stored.map(ReportValue::getSource).orElse(null),
                      stored.map(ReportValue::getComment).orElse(null),
                      known.orElse(null));
                })
            .toList();
    Map<String, String> narrative = new LinkedHashMap<>();
    template.getSections().forEach(s -> narrative.put(s.getKey(), report.text(s.getKey())));
    return new ReportForm(report, template, unit, lines, narrative);
  }

  /**
   * Saves the values and narrative of a report the unit is still writing. A value equal to what the
   * portal knows keeps that source; any other was entered.
   */
  public Report save(
      long id, int version, Map<Long, Report.Entry> entries, Map<String, String> texts) {
    ReportForm form = form(id);
    Report report = form.report();
    requireStep(form.unit(), UnitStep.DRAFT);
    requireVersion(report, version);
    Map<Long, Report.Entry> sourced = sourced(form, entries);
    List<ReportCheck.Problem> problems =
        new ReportCheck(form.template(), report.getPeriod())
            .problems(sourced, Map.of(), Map.of(), false);
    if (!problems.isEmpty()) {
      throw new ReportProblems(problems);
    }
    report.write(sourced, texts, tenant.actor(), now());
    return flushed(report);
  }

  /** The leader's approval at the unit: checks the report and sends it up. */
  public Report submit(long id, int version) {
    ReportForm form = form(id);
    Report report = form.report();
    requireStep(form.unit(), UnitStep.LEAD);
    requireVersion(report, version);
    Map<Long, Report.Entry> entries = new HashMap<>();
    for (ReportForm.Line line : form.lines()) {
      entries.put(
          line.indicator().getId(),
          new Report.Entry(
              line.value(),
              line.source() == null ? ReportValue.ENTERED : line.source(),
              line.comment()));
    }
    if (!consolidates(form.unit())) {
      List<ReportCheck.Problem> problems =
          new ReportCheck(form.template(), report.getPeriod())
              .problems(entries, form.previousValues(), form.continuedValues(), true);
      if (!problems.isEmpty()) {
        throw new ReportProblems(problems);
      }
    }
    report.write(entries, Map.of(), tenant.actor(), now());
    report.submit(tenant.actor(), now());
    audit.record(report.getUnitId(), "REPORT_SUBMITTED", describe(report));
    return flushed(report);
  }

  public Report approve(long id, int version) {
    return review(id, version, report -> report.approve(tenant.actor(), now()), "APPROVED", null);
  }

  public Report returnWith(long id, int version, String comment) {
    return review(
        id,
        version,
        report -> report.returnWith(comment, tenant.actor(), now()),
        "RETURNED",
        comment);
  }

  public Report unapprove(long id, int version, String reason) {
    return review(
        id,
        version,
        report -> report.unapprove(reason, tenant.actor(), now()),
        "UNAPPROVED",
        reason);
  }

  /** Whether the caller reviews the unit's reports: it works for the unit right above it. */
  public boolean reviews(AdminUnit unit) {
    AdminUnit above = unit.getParent();
    return above != null
        && !above.isAt(UnitLevel.VILLAGE)
        && tenant.worksFor(above)
        && tenant.actsAs(UnitStep.LEAD.roles(above));
  }

  public boolean writes(AdminUnit unit) {
    return tenant.worksFor(unit) && tenant.actsAs(UnitStep.DRAFT.roles(unit));
  }

  public boolean submits(AdminUnit unit) {
    return tenant.worksFor(unit) && tenant.actsAs(UnitStep.LEAD.roles(unit));
  }

  /** A district's or the province's report: its values are the units' below, consolidated. */
  public static boolean consolidates(AdminUnit unit) {
    return !unit.isAt(UnitLevel.COMMUNE);
  }

  private Report review(
      long id, int version, Consumer<Report> step, String action, String comment) {
    Report report = visible(id);
    if (!reviews(unitOf(report))) {
      throw new UserFacingException("report.reviewerOnly");
    }
    requireVersion(report, version);
    step.accept(report);
    audit.record(
        report.getUnitId(),
        "REPORT_" + action,
        describe(report) + (comment == null ? "" : " " + comment));
    return flushed(report);
  }

  /** Writes now, so that a concurrent change is told apart from any other failure. */
  private Report flushed(Report report) {
    try {
      em.flush();
      return report;
    } catch (OptimisticLockException e) {
      throw new UserFacingException("report.changedMeanwhile", changedBy(report.getId()));
    }
  }

  private void requireVersion(Report report, int version) {
    if (report.getVersion() != version) {
      throw new UserFacingException("report.changedMeanwhile", report.getChangedBy());
    }
  }

  private String changedBy(long id) {
    return String.valueOf(
        em.createNativeQuery("SELECT changed_by FROM report WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult());
  }

  private Map<Long, Report.Entry> sourced(ReportForm form, Map<Long, Report.Entry> entries) {
    Map<Long, Report.Entry> sourced = new HashMap<>();
    for (ReportForm.Line line : form.lines()) {
      Report.Entry entry = entries.get(line.indicator().getId());
      if (entry == null) {
        continue;
      }
      boolean asKnown =
          line.known() != null
              && entry.value() != null
              && line.known().compareTo(entry.value()) == 0;
      String source =
          asKnown
              ? (consolidates(form.unit())
                  ? ReportValue.CONSOLIDATED
                  : line.templateSource(form.template()))
              : ReportValue.ENTERED;
      sourced.put(
          line.indicator().getId(), new Report.Entry(entry.value(), source, entry.comment()));
    }
    return sourced;
  }

  private Optional<BigDecimal> knownValue(TemplateIndicator line, AdminUnit unit, Period period) {
    if (line.getSource() == null) {
      return Optional.empty();
    }
    for (KnownValue known : knownValues) {
      if (known.source().equals(line.getSource())) {
        return known.of(unit.getId(), period);
      }
    }
    return Optional.empty();
  }

  private Map<Long, BigDecimal> valuesOf(AdminUnit unit, ReportTemplate template, Period period) {
    Map<Long, BigDecimal> values = new HashMap<>();
    em
        .createQuery(
            "SELECT v FROM ReportValue v JOIN v.report r WHERE r.unitId = :unit"
                + " AND r.templateId = :template AND r.periodCode = :period",
            ReportValue.class)
        .setParameter("unit", unit.getId())
        .setParameter("template", template.getId())
        .setParameter("period", period.code())
        .getResultList()
        .stream()
        .filter(v -> v.getValue() != null)
        .forEach(v -> values.put(v.getIndicatorId(), v.getValue()));
    return values;
  }

  private Report visible(long id) {
    return find(id).orElseThrow(() -> new NotInScopeException("report.notFound", id));
  }

  private void readable(AdminUnit unit) {
    if (!tenant.scope().map(s -> s.canRead(unit)).orElse(false)) {
      throw new NotInScopeException("report.notFound", unit.getCode());
    }
  }

  private void requireStep(AdminUnit unit, UnitStep step) {
    if (!tenant.worksFor(unit) || !tenant.actsAs(step.roles(unit))) {
      throw new UserFacingException(
          step == UnitStep.LEAD ? "report.leaderOnly" : "report.writerOnly");
    }
  }

  private AdminUnit unitOf(Report report) {
    return em.find(AdminUnit.class, report.getUnitId());
  }

  private static String describe(Report report) {
    return "report " + report.getId() + " " + report.getPeriod().code();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
