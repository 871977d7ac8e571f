package vn.giamngheo.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.program.Aggregation;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.target.Targets;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;

/**
 * A unit's indicators over its whole scope for one period: the commune reports below it combined by
 * each indicator's rule, and what each child unit's part of it is. Only approved reports count,
 * unless the caller asks to see the unapproved ones too.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Consolidation {
  @Inject EntityManager em;
  @Inject Units units;
  @Inject Targets targets;

  /** One indicator over the scope: the whole, the unit's target, and each child's part. */
  public record Line(Indicator indicator, BigDecimal value, BigDecimal target, List<Part> parts) {}

  /** A child unit's part: its value, its target and how many commune reports make it up. */
  public record Part(AdminUnit unit, BigDecimal value, BigDecimal target, long reports) {}

  /** Every indicator of the template consolidated over {@code unit}'s scope for a period. */
  public List<Line> view(
      AdminUnit unit, ReportTemplate template, Period period, boolean includeUnapproved) {
    Map<Long, Map<Long, Partial>> parts =
        partials(unit, template.getId(), period, includeUnapproved);
    Map<Long, Partial> whole = whole(parts);
    List<AdminUnit> children =
        units.children(unit).stream().filter(child -> !child.isAt(UnitLevel.VILLAGE)).toList();
    Map<Long, Map<Long, BigDecimal>> childTargets = targets.allocatedValues(unit, period.year());
    Map<Long, BigDecimal> ownTargets = targets.ownValues(unit.getId(), period.year());
    List<Line> lines = new ArrayList<>();
    for (TemplateIndicator asked : asked(template)) {
      Indicator indicator = asked.getIndicator();
      Aggregation rule = indicator.getAggregation();
      List<Part> childParts =
          children.stream()
              .map(
                  child -> {
                    Partial partial =
                        parts
                            .getOrDefault(child.getId(), Map.of())
                            .getOrDefault(indicator.getId(), Partial.NONE);
                    return new Part(
                        child,
                        partial.value(rule).orElse(null),
                        childTargets.getOrDefault(child.getId(), Map.of()).get(indicator.getId()),
                        partial.reports());
                  })
              .toList();
      lines.add(
          new Line(
              indicator,
              whole.getOrDefault(indicator.getId(), Partial.NONE).value(rule).orElse(null),
              ownTargets.get(indicator.getId()),
              childParts));
    }
    return lines;
  }

  /** The template's indicators read in one query, not one per indicator. */
  private List<TemplateIndicator> asked(ReportTemplate template) {
    return em.createQuery(
            "SELECT ti FROM TemplateIndicator ti JOIN FETCH ti.indicator"
                + " WHERE ti.template.id = :template ORDER BY ti.sortOrder",
            TemplateIndicator.class)
        .setParameter("template", template.getId())
        .getResultList();
  }

  /**
   * The partial sums per part (each child of {@code unit}, or the unit itself for a commune) and
   * indicator id, in one query over the commune reports of the scope.
   */
  public Map<Long, Map<Long, Partial>> partials(
      AdminUnit unit, long templateId, Period period, boolean includeUnapproved) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CASE WHEN u.path = ?1 THEN u.id"
                    + "   ELSE split_part(substr(u.path, length(?1) + 1), '/', 1)::bigint END,"
                    + " v.indicator_id, count(v.value), sum(v.value), min(v.value),"
                    + " sum(v.value * w.value), sum(w.value),"
                    + " (array_agg(v.value ORDER BY r.changed_at DESC NULLS LAST))[1],"
                    + " max(r.changed_at)"
                    + " FROM report r"
                    + " JOIN admin_unit u ON u.id = r.unit_id"
                    + " JOIN unit_level l ON l.id = u.level_id AND l.code = 'COMMUNE'"
                    + " JOIN report_value v ON v.report_id = r.id AND v.value IS NOT NULL"
                    + " JOIN indicator i ON i.id = v.indicator_id"
                    + " LEFT JOIN report_value w"
                    + "   ON w.report_id = r.id AND w.indicator_id = i.denominator_id"
                    + " WHERE r.template_id = ?2 AND r.period = ?3 AND u.path LIKE ?1 || '%'"
                    + " AND (r.status = 'APPROVED' OR (?4 AND r.status <> 'NOT_STARTED'))"
                    + " GROUP BY 1, 2")
            .setParameter(1, unit.getPath())
            .setParameter(2, templateId)
            .setParameter(3, period.code())
            .setParameter(4, includeUnapproved)
            .getResultList();
    Map<Long, Map<Long, Partial>> parts = new LinkedHashMap<>();
    for (Object[] row : rows) {
      parts
          .computeIfAbsent(((Number) row[0]).longValue(), part -> new HashMap<>())
          .put(
              ((Number) row[1]).longValue(),
              new Partial(
                  ((Number) row[2]).longValue(),
                  (BigDecimal) row[3],
                  (BigDecimal) row[4],
                  (BigDecimal) row[5],
                  (BigDecimal) row[6],
                  (BigDecimal) row[7],
                  offsetDateTime(row[8])));
    }
    return parts;
  }

  /** The whole of each indicator over all parts. */
  public static Map<Long, Partial> whole(Map<Long, Map<Long, Partial>> parts) {
    Map<Long, Partial> whole = new HashMap<>();
    for (Map<Long, Partial> part : parts.values()) {
      part.forEach((indicator, partial) -> whole.merge(indicator, partial, Partial::plus));
    }
    return whole;
  }

  private static OffsetDateTime offsetDateTime(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    return OffsetDateTime.parse(value.toString());
  }
}
