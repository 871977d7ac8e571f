package vn.giamngheo.web.task;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.task.PlanTask;
import vn.giamngheo.domain.task.TaskStatus;
import vn.giamngheo.domain.task.Tasks;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.security.CurrentUser;

/** "Việc của tôi": the tasks of the positions the signed-in officer holds, and their reports. */
@Named
@ViewScoped
public class TasksPage implements Serializable {
  @Inject Tasks tasks;
  @Inject CurrentUser user;
  @Inject FacesMessages messages;
  @Inject Clock clock;

  private transient List<PlanTask> mine;
  private transient LocalDate today;
  private Long reportingId;
  private TaskStatus status;
  private String note;

  public List<PlanTask> getTasks() {
    if (mine == null) {
      mine = tasks.of(user.required().accountId());
    }
    return mine;
  }

  public LocalDate getToday() {
    if (today == null) {
      today = LocalDate.now(clock);
    }
    return today;
  }

  public boolean isLate(PlanTask task) {
    return task.isLate(getToday());
  }

  public long getLateCount() {
    return getTasks().stream().filter(this::isLate).count();
  }

  public void startReport(PlanTask task) {
    reportingId = task.getId();
    status = task.getStatus();
    note = task.getNote();
  }

  public void report() {
    try {
      PlanTask task = tasks.report(reportingId, user.required().accountId(), status, note);
      messages.info("task.reported", task.getTitle(), task.getYear());
      reportingId = null;
      mine = null;
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public TaskStatus[] getStatuses() {
    return TaskStatus.values();
  }

  public Long getReportingId() {
    return reportingId;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public void setStatus(TaskStatus status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
