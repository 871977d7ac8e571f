package vn.giamngheo.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/** What a report says in words under one of its template's narrative parts. */
@Entity
@Table(name = "report_narrative")
public class ReportNarrative extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "report_id")
  private Report report;

  @Column(name = "section_key", nullable = false)
  private String sectionKey;

  @Column(nullable = false)
  private String body;

  protected ReportNarrative() {}

  ReportNarrative(Report report, String sectionKey) {
    this.report = Objects.requireNonNull(report);
    this.unitId = report.getUnitId();
    this.sectionKey = Objects.requireNonNull(sectionKey);
    this.body = "";
  }

  void rewrite(String text) {
    this.body = text == null ? "" : text.strip();
  }

  public String getSectionKey() {
    return sectionKey;
  }

  public String getBody() {
    return body;
  }
}
