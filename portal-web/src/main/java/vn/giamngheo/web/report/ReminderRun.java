package vn.giamngheo.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.giamngheo.domain.report.Reminders;
import vn.giamngheo.tenancy.identity.Accounts;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.web.i18n.Messages;
import vn.giamngheo.web.mail.Mailer;

/**
 * One day's reminders: notices to every unit with a report coming due or just overdue, and the same
 * by e-mail to its staff who gave an address, when the portal has an SMTP server.
 */
@ApplicationScoped
public class ReminderRun {
  private static final Logger LOG = Logger.getLogger(ReminderRun.class.getName());
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject TenantContext tenant;
  @Inject Reminders reminders;
  @Inject Accounts accounts;
  @Inject Mailer mailer;
  @Inject Messages messages;

  public List<Reminders.Reminder> run(LocalDate day) {
    return tenant.runAsSystem(
        () -> {
          List<Reminders.Reminder> sent = reminders.send(day);
          if (mailer.isConfigured()) {
            Map<Long, Accounts.Addresses> addresses =
                accounts.addressesOf(sent.stream().map(Reminders.Reminder::unitId).toList());
            sent.stream()
                .filter(reminder -> addresses.containsKey(reminder.unitId()))
                .forEach(reminder -> mail(reminder, addresses.get(reminder.unitId())));
          }
          return sent;
        });
  }

  private void mail(Reminders.Reminder reminder, Accounts.Addresses unit) {
    String subject =
        messages.get(
            Messages.VIETNAMESE,
            "reminder.subject." + reminder.kind(),
            reminder.period(),
            unit.unitName());
    String body =
        messages.get(
            Messages.VIETNAMESE,
            "reminder.body." + reminder.kind(),
            reminder.period(),
            unit.unitName(),
            DAY.format(reminder.dueOn()));
    try {
      mailer.send(unit.emails(), subject, body);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "could not e-mail the reminder of report " + reminder.reportId(), e);
    }
  }
}
