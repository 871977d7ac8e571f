package vn.giamngheo.domain.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/**
 * A unit's target for one indicator and year, as the level above gave it (the province sets its
 * own). Published, the unit sees it and acknowledges it.
 */
@Entity
@Table(name = "target")
public class Target extends TenantOwned {

  @Column(name = "indicator_id", nullable = false)
  private long indicatorId;

  @Column(nullable = false)
  private int year;

  @Column(nullable = false)
  private BigDecimal value;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TargetStatus status;

  @Column(name = "shortfall_reason")
  private String shortfallReason;

  @Column(name = "set_by", nullable = false)
  private String setBy;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private OffsetDateTime acknowledgedAt;

  @Version private int version;

  protected Target() {}

  Target(long unitId, long indicatorId, int year, BigDecimal value, String setBy) {
    this.unitId = unitId;
    this.indicatorId = indicatorId;
    this.year = year;
    this.status = TargetStatus.DRAFT;
    set(value, setBy);
  }

  /** A new value goes back to draft until published again, and must be acknowledged again. */
  void set(BigDecimal newValue, String actor) {
    if (value != null && value.compareTo(newValue) == 0) {
      return;
    }
    this.value = Objects.requireNonNull(newValue);
    this.setBy = Objects.requireNonNull(actor);
    this.status = TargetStatus.DRAFT;
    this.publishedAt = null;
    this.acknowledgedBy = null;
    this.acknowledgedAt = null;
  }

  void publish(OffsetDateTime now) {
    if (status == TargetStatus.DRAFT) {
      status = TargetStatus.PUBLISHED;
      publishedAt = now;
    }
  }

  void explainShortfall(String reason) {
    this.shortfallReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  void acknowledge(String actor, OffsetDateTime now) {
    acknowledgedBy = actor;
    acknowledgedAt = now;
  }

  public long getIndicatorId() {
    return indicatorId;
  }

  public int getYear() {
    return year;
  }

  public BigDecimal getValue() {
    return value;
  }

  public TargetStatus getStatus() {
    return status;
  }

  public String getShortfallReason() {
    return shortfallReason;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public OffsetDateTime getAcknowledgedAt() {
    return acknowledgedAt;
  }
}
