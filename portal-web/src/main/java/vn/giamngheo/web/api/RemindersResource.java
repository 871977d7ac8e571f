package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.giamngheo.domain.report.Reminders;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.web.report.ReminderRun;

/** The reminders of a day, run again on demand (each goes out once, however often it runs). */
@Path("reminders")
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {
  @Inject Caller caller;
  @Inject ReminderRun run;

  @POST
  public List<Reminders.Reminder> run(@QueryParam("date") String date) {
    caller.require(Role.PROVINCE_ADMIN);
    try {
      return run.run(LocalDate.parse(date == null ? "" : date));
    } catch (DateTimeParseException e) {
      throw new UserFacingException("report.dateInvalid");
    }
  }
}
