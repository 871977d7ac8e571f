package vn.giamngheo.domain.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.ProgramComponent;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * How a new plan starts: from the issued plan of the level above when there is one (its sections
 * and the text of the components this unit applies), otherwise from the province's plan template —
 * its sections in their order with their starting text — and the program's own component texts.
 */
public final class PlanDrafter {
  private PlanDrafter() {}

  /**
   * A first draft for {@code unit} under {@code program}, applying the components {@code applied}
   * (codes of projects without sub-projects, or of sub-projects). The {@code template} gives the
   * document's frame, and the sections when there is no plan {@code above}.
   */
  public static Plan draft(
      PlanTemplate template,
      AdminUnit unit,
      Program program,
      Set<String> applied,
      Optional<Plan> above) {
    PlanTemplate.Frame frame = template.frame();
    Plan plan = new Plan(unit.getId(), program.getId(), header(frame, unit, program, above));
    String componentsNumber = "1";
    if (above.isPresent()) {
      plan.deriveFrom(above.get());
      for (PlanSection section : above.get().topSections()) {
        componentsNumber = copy(above.get(), section, null, plan, componentsNumber);
      }
    } else {
      plan.startFrom(template);
      Map<String, PlanSection> added = new HashMap<>();
      for (TemplateOutline.Row row : template.outline().rows()) {
        OutlineSection section = row.section();
        added.put(
            row.path(),
            plan.addSection(
                added.get(row.parentPath()),
                new PlanSection.Outline(
                    row.number(),
                    section.title(),
                    section.kind(),
                    RichText.ofLines(section.paragraphs()))));
        componentsNumber = componentsNumberOf(section.kind(), row.number(), componentsNumber);
      }
    }
    addComponents(plan, program, applied, above, componentsNumber, frame.activitiesIntro());
    return plan;
  }

  private static Plan.Header header(
      PlanTemplate.Frame frame, AdminUnit unit, Program program, Optional<Plan> above) {
    String title =
        frame
            .title()
            .replace("{program}", program.getName())
            .replace("{from}", Integer.toString(program.getPeriodFrom()))
            .replace("{to}", Integer.toString(program.getPeriodTo()))
            .replace("{unit}", unit.nameInSentence());
    String preamble =
        above
            .filter(plan -> plan.getNumberSymbol() != null)
            .map(
                plan ->
                    "Thực hiện Kế hoạch số %1$s ngày %3$td/%3$tm/%3$tY về %2$s, %4$s ban hành Kế hoạch %5$s,"
                            .formatted(
                                plan.getNumberSymbol(),
                                lowerFirst(plan.getTitle()),
                                plan.getIssuedOn(),
                                unit.committeeName(),
                                lowerFirst(title))
                        + " với các nội dung chính sau:")
            .orElse("");
    return new Plan.Header(
        title,
        preamble,
        unit.placeName(),
        frame.signerAuthority(),
        frame.signerTitle(),
        "",
        frame.recipients());
  }

  private static String copy(
      Plan from, PlanSection section, PlanSection parent, Plan to, String componentsNumber) {
    PlanSection copy = to.addSection(parent, section.outline());
    copy.inherit(section);
    String number = componentsNumberOf(section.getKind(), section.getNumber(), componentsNumber);
    for (PlanSection child : from.sectionsIn(section)) {
      number = copy(from, child, copy, to, number);
    }
    return number;
  }

  private static String componentsNumberOf(SectionKind kind, String sectionNumber, String found) {
    return kind == SectionKind.COMPONENTS ? sectionNumber.replaceAll("\\.$", "") : found;
  }

  private static void addComponents(
      Plan plan,
      Program program,
      Set<String> applied,
      Optional<Plan> above,
      String prefix,
      String activitiesIntro) {
    int projectIndex = 0;
    for (ProgramComponent project : program.projects()) {
      List<ProgramComponent> subs =
          program.subProjectsOf(project).stream()
              .filter(s -> applied.contains(s.getCode()))
              .toList();
      boolean wholeProject =
          program.subProjectsOf(project).isEmpty() && applied.contains(project.getCode());
      if (subs.isEmpty() && !wholeProject) {
        continue;
      }
      String number = prefix + "." + (++projectIndex);
      PlanComponent added =
          plan.addComponent(null, content(project, number, wholeProject, above, activitiesIntro));
      inherit(added, above);
      int subIndex = 0;
      for (ProgramComponent sub : subs) {
        String subNumber = number + "." + (++subIndex);
        inherit(
            plan.addComponent(added, content(sub, subNumber, true, above, activitiesIntro)), above);
      }
    }
  }

  private static void inherit(PlanComponent component, Optional<Plan> above) {
    above
        .flatMap(plan -> plan.component(component.getComponentCode()))
        .ifPresent(component::inherit);
  }

  private static PlanComponent.Content content(
      ProgramComponent component,
      String number,
      boolean withText,
      Optional<Plan> above,
      String activitiesIntro) {
    Optional<PlanComponent> fromAbove = above.flatMap(plan -> plan.component(component.getCode()));
    if (fromAbove.isPresent()) {
      PlanComponent.Content c = fromAbove.get().content();
      return new PlanComponent.Content(
          c.componentCode(),
          number,
          c.title(),
          c.objective(),
          c.fundingNeed(),
          c.activitiesIntro(),
          c.activities(),
          c.assignment(),
          null,
          c.deadline());
    }
    return new PlanComponent.Content(
        component.getCode(),
        number,
        component.getTitle(),
        withText ? component.getObjective() : "",
        "",
        withText ? activitiesIntro : "",
        withText ? component.getActivities() : List.of(),
        "",
        null,
        null);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
