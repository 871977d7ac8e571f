package vn.giamngheo.domain.task;

/** Where a task stands; "late" is not a status but a task not done past its due date. */
public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE
}
