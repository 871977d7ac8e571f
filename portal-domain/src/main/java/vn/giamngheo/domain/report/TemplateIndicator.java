package vn.giamngheo.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.program.Indicator;

/** An indicator a report template asks for: whether it must be given, and where it is known. */
@Entity
@Table(name = "report_template_indicator")
public class TemplateIndicator extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "template_id")
  private ReportTemplate template;

  @ManyToOne(optional = false)
  @JoinColumn(name = "indicator_id")
  private Indicator indicator;

  @Column(nullable = false)
  private boolean required;

  /** The name of the {@link KnownValue} that fills it in, if any. */
  private String source;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected TemplateIndicator() {}

  TemplateIndicator(
      ReportTemplate template, Indicator indicator, boolean required, String source, int order) {
    this.template = Objects.requireNonNull(template);
    this.unitId = template.getUnitId();
    this.indicator = Objects.requireNonNull(indicator);
    this.required = required;
    this.source = source;
    this.sortOrder = order;
  }

  void require(boolean isRequired) {
    this.required = isRequired;
  }

  int getSortOrder() {
    return sortOrder;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  public boolean isRequired() {
    return required;
  }

  public String getSource() {
    return source;
  }
}
