package vn.giamngheo.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/** A step in a report's history: who moved it, when, from which status to which, and why. */
@Entity
@Table(name = "report_event")
public class ReportEvent extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "report_id")
  private Report report;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false)
  private ReportStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private ReportStatus toStatus;

  private String comment;

  protected ReportEvent() {}

  ReportEvent(
      Report report,
      String actor,
      OffsetDateTime at,
      ReportStatus from,
      ReportStatus to,
      String comment) {
    this.report = Objects.requireNonNull(report);
    this.unitId = report.getUnitId();
    this.actor = Objects.requireNonNull(actor);
    this.at = Objects.requireNonNull(at);
    this.fromStatus = Objects.requireNonNull(from);
    this.toStatus = Objects.requireNonNull(to);
    this.comment = comment;
  }

  public String getActor() {
    return actor;
  }

  public OffsetDateTime getAt() {
    return at;
  }

  public ReportStatus getFromStatus() {
    return fromStatus;
  }

  public ReportStatus getToStatus() {
    return toStatus;
  }

  public String getComment() {
    return comment;
  }
}
