package vn.giamngheo.domain.plan;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.ProgramComponent;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * How a new plan starts: from the issued plan of the level above when there is one (its sections
 * and the text of the components this unit applies), otherwise from the plan template — the
 * sections of a commune plan in their order — and the program's own component texts.
 */
public final class PlanTemplate {
  public static final String PROGRAM_2021_2025 = "/plans/template-2021-2025.json";

  private final JsonObject source;

  private PlanTemplate(JsonObject source) {
    this.source = source;
  }

  public static PlanTemplate load(String resource) {
    try (InputStream in = PlanTemplate.class.getResourceAsStream(resource);
        JsonReader reader = Json.createReader(in)) {
      return new PlanTemplate(reader.readObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A first draft for {@code unit} under {@code program}, applying the components {@code applied}
   * (codes of projects without sub-projects, or of sub-projects).
   */
  public Plan draft(AdminUnit unit, Program program, Set<String> applied, Optional<Plan> above) {
    Plan plan = new Plan(unit.getId(), program.getId(), header(unit, program, above));
    String componentsNumber = "1";
    if (above.isPresent()) {
      plan.deriveFrom(above.get());
      for (PlanSection section : above.get().topSections()) {
        componentsNumber = copy(above.get(), section, null, plan, componentsNumber);
      }
    } else {
      for (JsonObject section : objects(source, "sections")) {
        componentsNumber = add(section, null, plan, componentsNumber);
      }
    }
    addComponents(plan, program, applied, above, componentsNumber);
    return plan;
  }

  private Plan.Header header(AdminUnit unit, Program program, Optional<Plan> above) {
    String title =
        source
            .getString("title")
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
        source.getString("signerAuthority"),
        source.getString("signerTitle"),
        "",
        source.getJsonArray("recipients").getValuesAs(JsonString::getString));
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

  private static String add(
      JsonObject source, PlanSection parent, Plan to, String componentsNumber) {
    SectionKind kind = SectionKind.valueOf(source.getString("kind"));
    PlanSection section =
        to.addSection(
            parent,
            new PlanSection.Outline(
                source.getString("number"), source.getString("title"), kind, RichText.EMPTY));
    String number = componentsNumberOf(kind, source.getString("number"), componentsNumber);
    for (JsonObject child : objects(source, "children")) {
      number = add(child, section, to, number);
    }
    return number;
  }

  private static String componentsNumberOf(SectionKind kind, String sectionNumber, String found) {
    return kind == SectionKind.COMPONENTS ? sectionNumber.replaceAll("\\.$", "") : found;
  }

  private void addComponents(
      Plan plan, Program program, Set<String> applied, Optional<Plan> above, String prefix) {
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
      PlanComponent added = plan.addComponent(null, content(project, number, wholeProject, above));
      inherit(added, above);
      int subIndex = 0;
      for (ProgramComponent sub : subs) {
        String subNumber = number + "." + (++subIndex);
        inherit(plan.addComponent(added, content(sub, subNumber, true, above)), above);
      }
    }
  }

  private static void inherit(PlanComponent component, Optional<Plan> above) {
    above
        .flatMap(plan -> plan.component(component.getComponentCode()))
        .ifPresent(component::inherit);
  }

  private PlanComponent.Content content(
      ProgramComponent component, String number, boolean withText, Optional<Plan> above) {
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
        withText ? source.getString("activitiesIntro") : "",
        withText ? component.getActivities() : List.of(),
        "",
        null,
        null);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static List<JsonObject> objects(JsonObject parent, String key) {
    return parent.containsKey(key)
        ? parent.getJsonArray(key).getValuesAs(JsonObject.class)
        : new ArrayList<>();
  }
}
