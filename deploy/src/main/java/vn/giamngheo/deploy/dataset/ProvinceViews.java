package vn.giamngheo.deploy.dataset;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.rates.Counts;
import vn.giamngheo.domain.rates.PovertyRates;
import vn.giamngheo.domain.report.Completeness;
import vn.giamngheo.domain.report.Consolidation;
import vn.giamngheo.domain.report.Obligations;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.domain.report.PeriodKind;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.domain.report.WorkingCalendar;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;

/**
 * The province's views the benchmark times, each worked out twice: the portal's way (its services,
 * as the province administrator, row-level security in force) and as plain SQL aggregates over the
 * tables as the superuser, without row-level security.
 */
final class ProvinceViews {
  private final PortalServices portal;
  private final Connection raw;
  private final Clock clock;
  private final String provincePath;
  private final long templateId;
  private final List<PeriodKind> periodKinds;

  ProvinceViews(PortalServices portal, Connection raw, Clock clock) throws SQLException {
    this.portal = portal;
    this.raw = raw;
    this.clock = clock;
    try (PreparedStatement query =
            raw.prepareStatement(
                "SELECT u.path, t.id, t.period_kinds FROM admin_unit u JOIN report_template t ON t.unit_id = u.id"
                    + " WHERE u.code = ? AND u.valid_to IS NULL AND t.code = ?");
        ResultSet row =
            executed(query, DataSetGenerator.PROVINCE_CODE, DataSetGenerator.TEMPLATE_CODE)) {
      if (!row.next()) {
        throw new IllegalStateException("no data set here: run deploy/generate-dataset first");
      }
      this.provincePath = row.getString(1);
      this.templateId = row.getLong(2);
      this.periodKinds =
          java.util.Arrays.stream(row.getString(3).split(",")).map(PeriodKind::valueOf).toList();
    }
  }

  /** Where the portal's side runs: its role, whether it bypasses row-level security, its scope. */
  String portalSession() {
    return portal.as(
        provincePath,
        Role.PROVINCE_ADMIN,
        beans -> {
          Object[] session =
              (Object[])
                  beans
                      .get(jakarta.persistence.EntityManager.class)
                      .createNativeQuery(
                          "SELECT current_user::text, r.rolbypassrls OR r.rolsuper,"
                              + " current_setting('portal.read_path', true)"
                              + " FROM pg_roles r WHERE r.rolname = current_user")
                      .getSingleResult();
          if (Boolean.TRUE.equals(session[1]) || !provincePath.equals(session[2])) {
            throw new IllegalStateException(
                "the portal's side must run under row-level security in the province's scope,"
                    + " not as "
                    + session[0]
                    + " in scope "
                    + session[2]);
          }
          return session[0] + ", row-level security in force, scope " + session[2];
        });
  }

  /** The province's consolidated view of a period, as the portal's API gives it. */
  Figures consolidatedByPortal(Period period) {
    return portal.as(
        provincePath,
        Role.PROVINCE_ADMIN,
        beans -> {
          AdminUnit province =
              beans.get(Units.class).findByCode(DataSetGenerator.PROVINCE_CODE).orElseThrow();
          ReportTemplate template = beans.get(Reports.class).templates().get(0);
          Figures figures = new Figures();
          for (Consolidation.Line line :
              beans.get(Consolidation.class).view(province, template, period, false)) {
            String indicator = line.indicator().getCode();
            figures
                .put("whole " + indicator, line.value())
                .put("target " + indicator, line.target());
            for (Consolidation.Part part : line.parts()) {
              String of = part.unit().getCode() + " " + indicator;
              figures.put("part " + of, part.value()).put("target " + of, part.target());
              if (part.reports() > 0) {
                figures.put("reports " + of, part.reports());
              }
            }
          }
          return figures;
        });
  }

  /** The same numbers: approved commune reports aggregated per district and over the province. */
  Figures consolidatedBySql(Period period) throws SQLException {
    Figures figures = new Figures();
    try (PreparedStatement query =
            raw.prepareStatement(
                "SELECT d.code, i.code, count(v.value),"
                    + " CASE i.aggregation WHEN 'SUM' THEN sum(v.value) WHEN 'MIN' THEN min(v.value)"
                    + "  ELSE round(sum(v.value * w.value) / nullif(sum(w.value), 0), 2) END"
                    + " FROM report r"
                    + " JOIN admin_unit c ON c.id = r.unit_id"
                    + " JOIN unit_level l ON l.id = c.level_id AND l.code = 'COMMUNE'"
                    + " JOIN admin_unit d ON d.id = c.parent_id"
                    + " JOIN report_value v ON v.report_id = r.id"
                    + " JOIN indicator i ON i.id = v.indicator_id"
                    + " LEFT JOIN report_value w"
                    + "  ON w.report_id = r.id AND w.indicator_id = i.denominator_id"
                    + " WHERE r.template_id = ? AND r.period = ? AND r.status = 'APPROVED'"
                    + " AND v.value IS NOT NULL AND c.path LIKE ?"
                    + " GROUP BY GROUPING SETS ((d.code, i.code, i.aggregation),"
                    + "  (i.code, i.aggregation))");
        ResultSet rows = executed(query, templateId, period.code(), provincePath + "%")) {
      while (rows.next()) {
        String district = rows.getString(1);
        String indicator = rows.getString(2);
        if (district == null) {
          figures.put("whole " + indicator, rows.getBigDecimal(4));
        } else {
          figures
              .put("part " + district + " " + indicator, rows.getBigDecimal(4))
              .put("reports " + district + " " + indicator, rows.getLong(3));
        }
      }
    }
    try (PreparedStatement query =
            raw.prepareStatement(
                "SELECT CASE WHEN u.path = ? THEN '' ELSE u.code || ' ' END || i.code, t.value"
                    + " FROM target t JOIN admin_unit u ON u.id = t.unit_id"
                    + " JOIN indicator i ON i.id = t.indicator_id"
                    + " WHERE t.year = ? AND (u.path = ? OR u.parent_id = ("
                    + "  SELECT id FROM admin_unit WHERE path = ?))");
        ResultSet rows = executed(query, provincePath, period.year(), provincePath, provincePath)) {
      while (rows.next()) {
        figures.put("target " + rows.getString(1), rows.getBigDecimal(2));
      }
    }
    return figures;
  }

  /** Every commune × the periods of a year: each report's status and lateness, and the counts. */
  Figures completenessByPortal(int year) {
    return portal.as(
        provincePath,
        Role.PROVINCE_ADMIN,
        beans -> {
          AdminUnit province =
              beans.get(Units.class).findByCode(DataSetGenerator.PROVINCE_CODE).orElseThrow();
          ReportTemplate template = beans.get(Reports.class).templates().get(0);
          List<Period> periods = Period.ofYear(year, template.periodKinds());
          List<Completeness.Row> rows =
              beans.get(Completeness.class).communes(province, template.getId(), periods);
          WorkingCalendar calendar = beans.get(Obligations.class).calendarOf(province);
          Map<String, LocalDate> dueOn = new HashMap<>();
          periods.forEach(period -> dueOn.put(period.code(), template.dueOn(period, calendar)));
          Completeness.Summary summary = Completeness.summarise(rows, LocalDate.now(clock), dueOn);
          Figures figures = new Figures();
          for (Completeness.Row row : rows) {
            row.cells()
                .forEach(
                    (period, cell) -> {
                      if (cell != null) {
                        figures.put(
                            "cell " + row.unitCode() + " " + period,
                            cell.status() + (cell.late() ? " late" : ""));
                      }
                    });
          }
          summary
              .byStatus()
              .forEach(
                  (status, count) -> {
                    if (count > 0) {
                      figures.put("status " + status, count);
                    }
                  });
          return figures
              .put("late", summary.late())
              .put("due", summary.due())
              .put("on time", summary.onTime())
              .put("on time %", summary.onTimePercent());
        });
  }

  /** The same in SQL: the cells, then their counts. */
  Figures completenessBySql(int year) throws SQLException {
    LocalDate today = LocalDate.now(clock);
    Array periods =
        raw.createArrayOf(
            "text", Period.ofYear(year, periodKinds).stream().map(Period::code).toArray());
    String cells =
        "SELECT c.code, r.period, r.status,"
            + " CASE WHEN r.status IN ('NOT_STARTED', 'DRAFT', 'RETURNED') THEN ?::date > r.due_on"
            + "  ELSE (r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > r.due_on END AS late,"
            + " ?::date >= r.due_on AS due"
            + " FROM admin_unit c JOIN unit_level l ON l.id = c.level_id AND l.code = 'COMMUNE'"
            + " JOIN report r ON r.unit_id = c.id AND r.template_id = ? AND r.period = ANY (?)"
            + " WHERE c.path LIKE ? AND c.valid_to IS NULL";
    Object[] parameters = {today, today, templateId, periods, provincePath + "%"};
    Figures figures = new Figures();
    try (PreparedStatement query = raw.prepareStatement(cells);
        ResultSet rows = executed(query, parameters)) {
      while (rows.next()) {
        figures.put(
            "cell " + rows.getString(1) + " " + rows.getString(2),
            rows.getString(3) + (rows.getBoolean(4) ? " late" : ""));
      }
    }
    try (PreparedStatement query =
            raw.prepareStatement(
                "SELECT status, count(*), count(*) FILTER (WHERE late),"
                    + " count(*) FILTER (WHERE due),"
                    + " count(*) FILTER (WHERE due AND status IN ('SUBMITTED', 'APPROVED')"
                    + "  AND NOT late)"
                    + " FROM ("
                    + cells
                    + ") cells GROUP BY ROLLUP (status)");
        ResultSet rows = executed(query, parameters)) {
      while (rows.next()) {
        String status = rows.getString(1);
        if (status != null) {
          figures.put("status " + status, rows.getLong(2));
        } else {
          long due = rows.getLong(4);
          long onTime = rows.getLong(5);
          figures
              .put("late", rows.getLong(3))
              .put("due", due)
              .put("on time", onTime)
              .put("on time %", due == 0 ? 100 : Math.round(onTime * 100.0 / due));
        }
      }
    }
    return figures;
  }

  /**
   * Every commune's households, poor and near-poor households, by the portal's rates service (the
   * counting its province table rolls up), under row-level security.
   */
  Figures ratesByPortal(int year) {
    return portal.as(
        provincePath,
        Role.PROVINCE_ADMIN,
        beans -> {
          AdminUnit province =
              beans.get(Units.class).findByCode(DataSetGenerator.PROVINCE_CODE).orElseThrow();
          Map<Long, Counts> communes = beans.get(PovertyRates.class).byCommune(province, year);
          Figures figures = new Figures();
          for (AdminUnit unit : beans.get(Units.class).subtree(province.getPath())) {
            Counts counts = communes.get(unit.getId());
            if (counts != null) {
              putRate(
                  figures, unit.getCode(), counts.households(), counts.poor(), counts.nearPoor());
            }
          }
          return figures;
        });
  }

  /**
   * The same in SQL: households on the register at the year's end (registered by 31/12, not left by
   * then) and the poor and near-poor households on that year's lists, per commune.
   */
  Figures ratesBySql(int year) throws SQLException {
    LocalDate end = LocalDate.of(year, 12, 31);
    Figures figures = new Figures();
    try (PreparedStatement query =
            raw.prepareStatement(
                "WITH h AS (SELECT unit_id, count(*) AS n FROM household"
                    + "  WHERE registered_on <= ? AND (left_on IS NULL OR left_on > ?)"
                    + "  GROUP BY unit_id),"
                    + " s AS (SELECT unit_id, count(*) FILTER (WHERE status = 'POOR') AS poor,"
                    + "  count(*) FILTER (WHERE status = 'NEAR_POOR') AS near_poor"
                    + "  FROM household_status WHERE year = ? GROUP BY unit_id)"
                    + " SELECT c.code, coalesce(h.n, 0), coalesce(s.poor, 0),"
                    + "  coalesce(s.near_poor, 0)"
                    + " FROM admin_unit c LEFT JOIN h ON h.unit_id = c.id"
                    + " LEFT JOIN s ON s.unit_id = c.id"
                    + " WHERE c.path LIKE ? AND (h.n IS NOT NULL OR s.unit_id IS NOT NULL)");
        ResultSet rows = executed(query, end, end, year, provincePath + "%")) {
      while (rows.next()) {
        putRate(figures, rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
      }
    }
    return figures;
  }

  private static void putRate(
      Figures figures, String commune, long households, long poor, long nearPoor) {
    figures
        .put("households " + commune, households)
        .put("poor " + commune, poor)
        .put("near-poor " + commune, nearPoor)
        .put(
            "poor % " + commune,
            households == 0
                ? null
                : java.math.BigDecimal.valueOf(poor * 100)
                    .divide(
                        java.math.BigDecimal.valueOf(households),
                        2,
                        java.math.RoundingMode.HALF_UP));
  }

  private static ResultSet executed(PreparedStatement query, Object... parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      query.setObject(i + 1, parameters[i]);
    }
    return query.executeQuery();
  }
}
