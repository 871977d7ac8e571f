package vn.giamngheo.web.report;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Every morning, the day's report reminders. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {
  @Inject RequestContextController requestContext;
  @Inject ReminderRun run;
  @Inject Clock clock;

  @Schedule(hour = "6", minute = "30", persistent = false)
  void everyMorning() {
    requestContext.activate();
    try {
      run.run(LocalDate.now(clock));
    } finally {
      requestContext.deactivate();
    }
  }
}
