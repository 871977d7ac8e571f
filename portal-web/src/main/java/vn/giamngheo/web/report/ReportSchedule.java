package vn.giamngheo.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.giamngheo.domain.report.Obligations;
import vn.giamngheo.tenancy.scope.TenantContext;

/**
 * The reporting calendar's own work: at start-up and every morning, the reports every unit owes
 * this year and next; every morning, the day's reminders.
 */
@Startup
@Singleton
@DependsOn("MigrateOnStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportSchedule {
  @Inject RequestContextController requestContext;
  @Inject TenantContext tenant;
  @Inject Obligations obligations;
  @Inject ReminderRun reminders;
  @Inject Clock clock;

  @PostConstruct
  void atStart() {
    inRequest(this::owedReports);
  }

  @Schedule(hour = "6", minute = "30", persistent = false)
  void everyMorning() {
    inRequest(
        () -> {
          owedReports();
          return reminders.run(LocalDate.now(clock));
        });
  }

  private Integer owedReports() {
    int year = LocalDate.now(clock).getYear();
    return tenant.runAsSystem(() -> obligations.ensureAll(year) + obligations.ensureAll(year + 1));
  }

  private void inRequest(Supplier<?> work) {
    requestContext.activate();
    try {
      work.get();
    } finally {
      requestContext.deactivate();
    }
  }
}
