package vn.giamngheo.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/** A narrative part a report template asks for, e.g. "Tồn tại, hạn chế, khó khăn, vướng mắc". */
@Entity
@Table(name = "report_template_section")
public class NarrativeSection extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "template_id")
  private ReportTemplate template;

  @Column(nullable = false)
  private String key;

  @Column(nullable = false)
  private String title;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected NarrativeSection() {}

  NarrativeSection(ReportTemplate template, String key, String title, int sortOrder) {
    this.template = Objects.requireNonNull(template);
    this.unitId = template.getUnitId();
    this.key = Objects.requireNonNull(key);
    this.title = Objects.requireNonNull(title);
    this.sortOrder = sortOrder;
  }

  public String getKey() {
    return key;
  }

  public String getTitle() {
    return title;
  }
}
