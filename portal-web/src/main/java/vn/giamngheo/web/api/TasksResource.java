package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.task.TaskStatus;
import vn.giamngheo.domain.task.Tasks;
import vn.giamngheo.tenancy.UserFacingException;

/** The caller's tasks and their reports. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {
  @Inject Caller caller;
  @Inject Tasks tasks;
  @Inject Clock clock;

  public record Report(String status, String note) {}

  /** The tasks of the positions the caller holds. */
  @GET
  public List<TaskView> mine() {
    LocalDate today = LocalDate.now(clock);
    return tasks.of(caller.user().accountId()).stream()
        .map(task -> TaskView.of(task, today))
        .toList();
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskView report(@PathParam("id") long id, Report report) {
    TaskStatus status;
    try {
      status =
          report == null || report.status() == null ? null : TaskStatus.valueOf(report.status());
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("task.statusMissing");
    }
    return TaskView.of(
        tasks.report(id, caller.user().accountId(), status, report == null ? null : report.note()),
        LocalDate.now(clock));
  }
}
