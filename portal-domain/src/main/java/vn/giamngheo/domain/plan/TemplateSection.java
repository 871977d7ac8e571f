package vn.giamngheo.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/** A section of a plan template version as stored; its number follows from its place. */
@Entity
@Table(name = "plan_template_section")
public class TemplateSection extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "template_id")
  private PlanTemplate template;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private TemplateSection parent;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SectionKind kind;

  @Column(nullable = false)
  private boolean required;

  @Column(nullable = false)
  private String body;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected TemplateSection() {}

  TemplateSection(
      PlanTemplate template, TemplateSection parent, OutlineSection outline, int sortOrder) {
    this.template = Objects.requireNonNull(template);
    this.unitId = template.getUnitId();
    this.parent = parent;
    this.title = outline.title();
    this.kind = outline.kind();
    this.required = outline.required();
    this.body = PlanText.join(outline.paragraphs());
    this.sortOrder = sortOrder;
  }

  /** This section with {@code children} as its sub-sections. */
  OutlineSection outline(List<OutlineSection> children) {
    return new OutlineSection(title, kind, required, PlanText.split(body), children);
  }

  TemplateSection getParent() {
    return parent;
  }
}
