package vn.giamngheo.web.api;

import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.plan.FundingLine;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanComponent;
import vn.giamngheo.domain.plan.PlanSection;
import vn.giamngheo.domain.plan.StaffPosition;

/** A plan as the API shows it: its header and status, and (in full) its whole structure. */
public record PlanView(
    long id,
    long programId,
    int version,
    String status,
    String numberSymbol,
    LocalDate issuedOn,
    String title,
    String returnComment,
    TemplateRef template,
    Header header,
    List<SectionView> sections,
    List<ComponentView> components) {

  /** The plan template version the plan's sections started from. */
  public record TemplateRef(long id, int version) {}

  public record Header(
      String preamble,
      String place,
      String signerAuthority,
      String signerTitle,
      String signerName,
      List<String> recipients) {}

  public record SectionView(
      long id,
      String number,
      String title,
      String kind,
      List<String> paragraphs,
      String html,
      List<SectionView> sections) {}

  public record ComponentView(
      String code,
      String number,
      String title,
      String objective,
      String fundingNeed,
      List<String> activities,
      String assignment,
      String lead,
      List<String> partners,
      LocalDate deadline,
      List<FundingView> funding,
      List<ComponentView> subComponents) {}

  public record FundingView(String source, int year, long amount) {}

  static PlanView summary(Plan plan) {
    return of(plan, false);
  }

  static PlanView full(Plan plan) {
    return of(plan, true);
  }

  private static PlanView of(Plan plan, boolean withStructure) {
    return new PlanView(
        plan.getId(),
        plan.getProgramId(),
        plan.getVersion(),
        plan.getStatus().name(),
        plan.getNumberSymbol(),
        plan.getIssuedOn(),
        plan.getTitle(),
        plan.getReturnComment(),
        !withStructure || plan.getTemplate() == null
            ? null
            : new TemplateRef(plan.getTemplate().getId(), plan.getTemplate().getVersion()),
        withStructure
            ? new Header(
                plan.getPreamble(),
                plan.getPlace(),
                plan.getSignerAuthority(),
                plan.getSignerTitle(),
                plan.getSignerName(),
                plan.getRecipients())
            : null,
        withStructure ? plan.topSections().stream().map(s -> section(plan, s)).toList() : null,
        withStructure ? plan.projects().stream().map(c -> component(plan, c)).toList() : null);
  }

  private static SectionView section(Plan plan, PlanSection section) {
    return new SectionView(
        section.getId(),
        section.getNumber(),
        section.getTitle(),
        section.getKind().name(),
        section.getParagraphs(),
        section.getText().getHtml(),
        plan.sectionsIn(section).stream().map(s -> section(plan, s)).toList());
  }

  private static ComponentView component(Plan plan, PlanComponent component) {
    return new ComponentView(
        component.getComponentCode(),
        component.getNumber(),
        component.getTitle(),
        component.getObjective(),
        component.getFundingNeed(),
        component.getActivities(),
        component.getAssignment(),
        component.getLead() == null ? null : component.getLead().getName(),
        component.getPartners().stream().map(StaffPosition::getName).toList(),
        component.getDeadline(),
        component.getFunding().stream().map(PlanView::funding).toList(),
        plan.subComponentsOf(component).stream().map(c -> component(plan, c)).toList());
  }

  private static FundingView funding(FundingLine line) {
    return new FundingView(line.getSource().name(), line.getYear(), line.getAmount());
  }
}
