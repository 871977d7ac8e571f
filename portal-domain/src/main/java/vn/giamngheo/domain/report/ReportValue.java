package vn.giamngheo.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/**
 * One indicator's value in a report, where it came from ({@link #ENTERED} by a person, {@link
 * #CONSOLIDATED} from the units below, or the name of the {@link KnownValue} that found it), and
 * the reporter's comment.
 */
@Entity
@Table(name = "report_value")
public class ReportValue extends TenantOwned {
  public static final String ENTERED = "ENTERED";
  public static final String CONSOLIDATED = "CONSOLIDATED";

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "report_id")
  private Report report;

  @Column(name = "indicator_id", nullable = false)
  private long indicatorId;

  private BigDecimal value;

  @Column(nullable = false)
  private String source;

  private String comment;

  protected ReportValue() {}

  ReportValue(Report report, long indicatorId) {
    this.report = Objects.requireNonNull(report);
    this.unitId = report.getUnitId();
    this.indicatorId = indicatorId;
    this.source = ENTERED;
  }

  void set(BigDecimal value, String source, String comment) {
    this.value = value;
    this.source = Objects.requireNonNull(source);
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public long getIndicatorId() {
    return indicatorId;
  }

  public BigDecimal getValue() {
    return value;
  }

  public String getSource() {
    return source;
  }

  public String getComment() {
    return comment;
  }
}
