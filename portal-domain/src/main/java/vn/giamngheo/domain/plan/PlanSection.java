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
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.UserFacingException;

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

  /** The text in the cleaned HTML of {@link RichText}. */
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
    rewrite(outline.text());
  }

  /** A section's number, title, kind and text, without its place in a plan. */
  public record Outline(String number, String title, SectionKind kind, RichText text) {}

  Outline outline() {
    return new Outline(number, title, kind, getText());
  }

  void rewrite(RichText text) {
    if (text.length() > RichText.MAX_LENGTH) {
      throw new UserFacingException("plan.sectionTooLong", RichText.MAX_LENGTH);
    }
    this.body = text.getHtml();
  }

  /** This section took its text over from {@code above}'s as it reads now. */
  void inherit(PlanSection above) {
    this.inheritedBody = above.body;
  }

  /** A copy (an amendment) inherited what the original had inherited. */
  void inheritFrom(PlanSection original) {
    this.inheritedBody = original.inheritedBody;
  }

  /**
   * Whether {@code above} now reads differently from what this section took over. Both are in the
   * canonical form of {@link RichText}, so equal HTML is equal text and equal formatting.
   */
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

  /** The text, cleaned again as it is read: what a page shows as HTML has always been cleaned. */
  public RichText getText() {
    return RichText.clean(body);
  }

  /** The text the plain way, a line per paragraph or item (see {@link RichText#lines()}). */
  public List<String> getParagraphs() {
    return getText().lines();
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
