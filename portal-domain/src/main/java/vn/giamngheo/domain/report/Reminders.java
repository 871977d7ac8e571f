package vn.giamngheo.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.domain.notice.Notices;
import vn.giamngheo.tenancy.scope.InTenantScope;

/**
 * Reminders of reports not yet submitted: the template's number of days before the due date, and
 * the day after it. Each is a notice to the unit, sent once however often the run repeats.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Reminders {
  public static final String DUE = "REPORT_DUE";
  public static final String LATE = "REPORT_LATE";

  @Inject EntityManager em;
  @Inject Notices notices;

  /** A reminder that went out: to which unit, of which report, which kind. */
  public record Reminder(long unitId, long reportId, String period, LocalDate dueOn, String kind) {}

  /** Sends {@code today}'s reminders; answers those newly sent. */
  public List<Reminder> send(LocalDate today) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.unit_id, r.id, r.period, r.due_on,"
                    + " CASE WHEN r.due_on < CAST(?1 AS date) THEN 'LATE' ELSE 'DUE' END"
                    + " FROM report r JOIN report_template t ON t.id = r.template_id"
                    + " WHERE r.status IN ('NOT_STARTED', 'DRAFT', 'RETURNED')"
                    + " AND (r.due_on = CAST(?1 AS date) + t.reminder_days_before"
                    + "   OR r.due_on = CAST(?1 AS date) - 1)")
            .setParameter(1, today)
            .getResultList();
    List<Reminder> sent = new ArrayList<>();
    for (Object[] row : rows) {
      Reminder reminder =
          new Reminder(
              ((Number) row[0]).longValue(),
              ((Number) row[1]).longValue(),
              (String) row[2],
              ((Date) row[3]).toLocalDate(),
              "LATE".equals(row[4]) ? LATE : DUE);
      if (notices.send(
          reminder.unitId(),
          reminder.kind(),
          reminder.period(),
          "report?id=" + reminder.reportId(),
          "report/" + reminder.reportId() + "/" + reminder.kind())) {
        sent.add(reminder);
      }
    }
    return sent;
  }
}
