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

/** A numbered section of a plan ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích" ...) and its text. */
@Entity
@Table(name = "plan_section")
public class PlanSection extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private PlanSection parent;

  @Column(nullable = false)
  private String number;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SectionKind kind;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /** The text the section had in the plan above when this plan took it over. */
  @Column(name = "inherited_body")
  private String inheritedBody;

  protected PlanSection() {}

  PlanSection(Plan plan, PlanSection parent, Outline outline, int sortOrder) {
    this.plan = Objects.requireNonNull(plan);
    this.unitId = plan.getUnitId();
    this.parent = parent;
    this.number = Objects.requireNonNull(outline.number());
    this.title = Objects.requireNonNull(outline.title());
    this.kind = Objects.requireNonNull(outline.kind());
    this.sortOrder = sortOrder;
    rewrite(outline.paragraphs());
  }

  /** A section's number, title, kind and text, without its place in a plan. */
  public record Outline(String number, String title, SectionKind kind, List<String> paragraphs) {}

  Outline outline() {
    return new Outline(number, title, kind, getParagraphs());
  }

  void rewrite(List<String> paragraphs) {
    this.body = PlanText.join(paragraphs);
  }

  /** This section took its text over from {@code above}'s as it reads now. */
  void inherit(PlanSection above) {
    this.inheritedBody = above.body;
  }

  /** A copy (an amendment) inherited what the original had inherited. */
  void inheritFrom(PlanSection original) {
    this.inheritedBody = original.inheritedBody;
  }

  /** Whether {@code above} now reads differently from what this section took over. */
  boolean differsUpstream(PlanSection above) {
    return inheritedBody != null && !inheritedBody.equals(above.body);
  }

  /** Takes {@code above}'s text as it reads now. */
  void take(PlanSection above) {
    this.body = above.body;
    inherit(above);
  }

  /** "I. MỤC ĐÍCH, YÊU CẦU." as the document heads it. */
  public String getHeading() {
    return (number + " " + title).strip();
  }

  public PlanSection getParent() {
    return parent;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public SectionKind getKind() {
    return kind;
  }

  public List<String> getParagraphs() {
    return PlanText.split(body);
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
