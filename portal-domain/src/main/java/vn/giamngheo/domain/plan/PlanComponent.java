package vn.giamngheo.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/**
 * A program component (project or sub-project) as a plan applies it: the objective, the funding
 * need, the activities, who leads and who co-operates, the deadline and the money by source.
 */
@Entity
@Table(name = "plan_component")
public class PlanComponent extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private PlanComponent parent;

  @Column(name = "component_code", nullable = false)
  private String componentCode;

  @Column(nullable = false)
  private String number;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String objective;

  @Column(name = "funding_need", nullable = false)
  private String fundingNeed;

  @Column(name = "activities_intro", nullable = false)
  private String activitiesIntro;

  @Column(nullable = false)
  private String activities;

  @Column(nullable = false)
  private String assignment;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lead_position_id")
  private StaffPosition lead;

  private LocalDate deadline;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /** The objective and activities the component had in the plan above when taken over. */
  @Column(name = "inherited_objective")
  private String inheritedObjective;

  @Column(name = "inherited_activities")
  private String inheritedActivities;

  @OneToMany(mappedBy = "component", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("year, source")
  private List<FundingLine> funding = new ArrayList<>();

  @OneToMany(mappedBy = "component", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<PlanPartner> partners = new ArrayList<>();

  protected PlanComponent() {}

  PlanComponent(Plan plan, PlanComponent parent, Content content, int sortOrder) {
    this.plan = Objects.requireNonNull(plan);
    this.unitId = plan.getUnitId();
    this.parent = parent;
    this.componentCode = Objects.requireNonNull(content.componentCode());
    this.number = Objects.requireNonNull(content.number());
    this.title = Objects.requireNonNull(content.title());
    this.sortOrder = sortOrder;
    rewrite(content);
  }

  /** What a plan says about a component; {@code lead} may be null. */
  public record Content(
      String componentCode,
      String number,
      String title,
      String objective,
      String fundingNeed,
      String activitiesIntro,
      List<String> activities,
      String assignment,
      StaffPosition lead,
      LocalDate deadline) {}

  Content content() {
    return new Content(
        componentCode,
        number,
        title,
        objective,
        fundingNeed,
        activitiesIntro,
        getActivities(),
        assignment,
        lead,
        deadline);
  }

  void rewrite(Content content) {
    this.objective = text(content.objective());
    this.fundingNeed = text(content.fundingNeed());
    this.activitiesIntro = text(content.activitiesIntro());
    this.activities = PlanText.join(content.activities());
    this.assignment = text(content.assignment());
    this.lead = content.lead();
    this.deadline = content.deadline();
  }

  /** Took {@code above}'s objective and activities over as they read now. */
  void inherit(PlanComponent above) {
    this.inheritedObjective = above.objective;
    this.inheritedActivities = above.activities;
  }

  /** A copy (an amendment) inherited what the original had inherited. */
  void inheritFrom(PlanComponent original) {
    this.inheritedObjective = original.inheritedObjective;
    this.inheritedActivities = original.inheritedActivities;
  }

  /** Whether {@code above} now reads differently from what this component took over. */
  boolean differsUpstream(PlanComponent above) {
    return inheritedObjective != null
        && (!inheritedObjective.equals(above.objective)
            || !inheritedActivities.equals(above.activities));
  }

  /** Takes {@code above}'s objective and activities as they read now. */
  void take(PlanComponent above) {
    this.objective = above.objective;
    this.activities = above.activities;
    inherit(above);
  }

  void fund(FundingSource source, int year, long amount) {
    funding.removeIf(line -> line.getSource() == source && line.getYear() == year);
    if (amount > 0) {
      funding.add(new FundingLine(this, source, year, amount));
    }
  }

  /**
   * The positions that co-operate with the lead, in the order the plan names them; the lead itself
   * and repeats are left out.
   */
  void cooperateWith(List<StaffPosition> positions) {
    partners.clear();
    positions.stream()
        .filter(position -> lead == null || !position.equals(lead))
        .distinct()
        .forEach(position -> partners.add(new PlanPartner(this, position, partners.size() + 1)));
  }

  private static String text(String value) {
    return value == null ? "" : value.replaceAll("\\s+", " ").strip();
  }

  /** "1.2.1. Tiểu dự án 1: ..." as the document heads it. */
  public String getHeading() {
    return number + ". " + title;
  }

  public long getTotalFunding() {
    return funding.stream().mapToLong(FundingLine::getAmount).sum();
  }

  public PlanComponent getParent() {
    return parent;
  }

  public String getComponentCode() {
    return componentCode;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getObjective() {
    return objective;
  }

  public String getFundingNeed() {
    return fundingNeed;
  }

  public String getActivitiesIntro() {
    return activitiesIntro;
  }

  public List<String> getActivities() {
    return PlanText.split(activities);
  }

  public String getAssignment() {
    return assignment;
  }

  public StaffPosition getLead() {
    return lead;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public List<StaffPosition> getPartners() {
    return partners.stream().map(PlanPartner::getPosition).toList();
  }

  public List<FundingLine> getFunding() {
    return List.copyOf(funding);
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
