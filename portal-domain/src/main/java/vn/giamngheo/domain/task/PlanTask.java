package vn.giamngheo.domain.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.plan.PlanComponent;
import vn.giamngheo.domain.plan.StaffPosition;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * What an issued plan assigns to a staff position for one year of one component: led by the
 * position, due by the end of the year (or the component's deadline), and tracked to done.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask extends TenantOwned {
  private static final int MAX_NOTE = 2000;

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_component_id")
  private PlanComponent component;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "position_id")
  private StaffPosition position;

  @Column(nullable = false)
  private int year;

  @Column(nullable = false)
  private String title;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskStatus status;

  @Column(name = "done_on")
  private LocalDate doneOn;

  private String note;

  protected PlanTask() {}

  PlanTask(long unitId, long planId, PlanComponent component, int year, LocalDate dueOn) {
    this.unitId = unitId;
    this.planId = planId;
    this.component = Objects.requireNonNull(component);
    this.position = Objects.requireNonNull(component.getLead(), "a task needs a lead");
    this.year = year;
    this.title = component.getHeading();
    this.dueOn = Objects.requireNonNull(dueOn);
    this.status = TaskStatus.NOT_STARTED;
  }

  /** Moves the task on; done records the day. */
  public void report(TaskStatus newStatus, String newNote, LocalDate today) {
    if (newNote != null && newNote.length() > MAX_NOTE) {
      throw new UserFacingException("task.noteTooLong");
    }
    this.status = Objects.requireNonNull(newStatus);
    this.doneOn = newStatus == TaskStatus.DONE ? today : null;
    this.note = newNote == null || newNote.isBlank() ? null : newNote.strip();
  }

  /** Stands as {@code earlier}, the same component's task of that year in the version before. */
  void carryOver(PlanTask earlier) {
    this.status = earlier.status;
    this.doneOn = earlier.doneOn;
    this.note = earlier.note;
  }

  public boolean isLate(LocalDate today) {
    return status != TaskStatus.DONE && today.isAfter(dueOn);
  }

  public long getPlanId() {
    return planId;
  }

  public PlanComponent getComponent() {
    return component;
  }

  public StaffPosition getPosition() {
    return position;
  }

  public int getYear() {
    return year;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public String getNote() {
    return note;
  }
}
