package vn.giamngheo.web.api;

import java.time.LocalDate;
import vn.giamngheo.domain.task.PlanTask;

/** A task as the API shows it. */
public record TaskView(
    long id,
    long planId,
    String component,
    String title,
    String position,
    int year,
    LocalDate dueOn,
    String status,
    boolean late,
    LocalDate doneOn,
    String note) {

  static TaskView of(PlanTask task, LocalDate today) {
    return new TaskView(
        task.getId(),
        task.getPlanId(),
        task.getComponent().getComponentCode(),
        task.getTitle(),
        task.getPosition().getName(),
        task.getYear(),
        task.getDueOn(),
        task.getStatus().name(),
        task.isLate(today),
        task.getDoneOn(),
        task.getNote());
  }
}
