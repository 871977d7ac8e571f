package vn.giamngheo.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.giamngheo.domain.TenantOwned;

/** One step of a plan's workflow: who moved it from which status to which, when, and why. */
@Entity
@Table(name = "plan_event")
@NamedQuery(
    name = PlanEvent.OF_PLAN,
    query = "SELECT e FROM PlanEvent e WHERE e.planId = :plan ORDER BY e.occurredAt, e.id")
public class PlanEvent extends TenantOwned {
  static final String OF_PLAN = "PlanEvent.ofPlan";

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private PlanStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private PlanStatus toStatus;

  private String comment;

  protected PlanEvent() {}

  PlanEvent(Plan plan, String actor, PlanStatus from, String comment) {
    this.unitId = plan.getUnitId();
    this.planId = plan.getId();
    this.occurredAt = OffsetDateTime.now();
    this.actor = actor;
    this.fromStatus = from;
    this.toStatus = plan.getStatus();
    this.comment = comment;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public PlanStatus getFromStatus() {
    return fromStatus;
  }

  public PlanStatus getToStatus() {
    return toStatus;
  }

  public String getComment() {
    return comment;
  }
}
