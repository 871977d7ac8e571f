package vn.giamngheo.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * How the reports of the units right below a unit stand, period by period: a reviewer's matrix of
 * units × periods, each cell the report's status and whether it is late, with counts and the
 * on-time rate.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Completeness {
  @Inject EntityManager em;
  @Inject Clock clock;

  /** One cell: the report (if the unit owes one), its status, and whether it is or was late. */
  public record Cell(Long reportId, ReportStatus status, boolean late) {}

  /** One unit's row: its cells by period code, in the order of the periods asked for. */
  public record Row(long unitId, String unitCode, String unitName, Map<String, Cell> cells) {}

  /** The matrix of the units below {@code parent} for the given periods of a template. */
  public List<Row> matrix(AdminUnit parent, long templateId, List<Period> periods) {
    return rows("u.parent_id = ?1 AND l.code <> 'VILLAGE'", parent.getId(), templateId, periods);
  }

  /** The matrix of every commune in {@code unit}'s scope: a province's down to its communes. */
  public List<Row> communes(AdminUnit unit, long templateId, List<Period> periods) {
    return rows("u.path LIKE ?1 AND l.code = 'COMMUNE'", unit.getPath() + "%", templateId, periods);
  }

  private List<Row> rows(
      String units, Object unitParameter, long templateId, List<Period> periods) {
    LocalDate today = LocalDate.now(clock);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT u.id, u.code, u.name, r.id, r.period, r.status, r.due_on,"
                    + " (r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date"
                    + " FROM admin_unit u JOIN unit_level l ON l.id = u.level_id"
                    + " LEFT JOIN report r ON r.unit_id = u.id AND r.template_id = ?2"
                    + "   AND r.period = ANY (string_to_array(?3, ','))"
                    + " WHERE "
                    + units
                    + " AND u.valid_to IS NULL"
                    + " ORDER BY u.code")
            .setParameter(1, unitParameter)
            .setParameter(2, templateId)
            .setParameter(3, String.join(",", periods.stream().map(Period::code).toList()))
            .getResultList();
    Map<Long, Row> byUnit = new LinkedHashMap<>();
    for (Object[] row : rows) {
      long unitId = ((Number) row[0]).longValue();
      Row unitRow =
          byUnit.computeIfAbsent(
              unitId, id -> new Row(id, (String) row[1], (String) row[2], new LinkedHashMap<>()));
      if (row[3] != null) {
        ReportStatus status = ReportStatus.valueOf((String) row[5]);
        LocalDate due = ((Date) row[6]).toLocalDate();
        LocalDate submitted = row[7] == null ? null : ((Date) row[7]).toLocalDate();
        unitRow
            .cells()
            .put(
                (String) row[4],
                new Cell(
                    ((Number) row[3]).longValue(),
                    status,
                    Report.late(status, due, submitted, today)));
      }
    }
    List<Row> ordered = new ArrayList<>();
    for (Row row : byUnit.values()) {
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (Period period : periods) {
        cells.put(period.code(), row.cells().get(period.code()));
      }
      ordered.add(new Row(row.unitId(), row.unitCode(), row.unitName(), cells));
    }
    return ordered;
  }

  /** Counts of a matrix: cells by status, late ones, and the share submitted on time. */
  public record Summary(Map<ReportStatus, Long> byStatus, long late, long due, long onTime) {
    public int onTimePercent() {
      return due == 0 ? 100 : (int) Math.round(onTime * 100.0 / due);
    }
  }

  public static Summary summarise(List<Row> rows, LocalDate today, Map<String, LocalDate> dueOn) {
    Map<ReportStatus, Long> byStatus = new LinkedHashMap<>();
    for (ReportStatus status : ReportStatus.values()) {
      byStatus.put(status, 0L);
    }
    long late = 0;
    long due = 0;
    long onTime = 0;
    for (Row row : rows) {
      for (Map.Entry<String, Cell> entry : row.cells().entrySet()) {
        Cell cell = entry.getValue();
        if (cell == null) {
          continue;
        }
        byStatus.merge(cell.status(), 1L, Long::sum);
        if (cell.late()) {
          late++;
        }
        LocalDate dueDate = dueOn.get(entry.getKey());
        if (dueDate != null && !today.isBefore(dueDate)) {
          due++;
          if (!cell.status().isOpen() && !cell.late()) {
            onTime++;
          }
        }
      }
    }
    return new Summary(byStatus, late, due, onTime);
  }
}
