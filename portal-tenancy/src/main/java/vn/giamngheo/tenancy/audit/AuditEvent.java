package vn.giamngheo.tenancy.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One thing someone did in a unit: signed in, was locked out, imported units, added a village. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  private String detail;

  protected AuditEvent() {}

  AuditEvent(long unitId, String actor, String action, String detail) {
    this.unitId = unitId;
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.detail = detail;
    this.occurredAt = OffsetDateTime.now();
  }

  public long getUnitId() {
    return unitId;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }
}
