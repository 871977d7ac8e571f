package vn.giamngheo.web.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.ProgramComponent;

/**
 * A program version as the API shows it: header, components (projects with sub-projects) and
 * indicators.
 */
public record ProgramView(
    long id,
    String code,
    int version,
    String name,
    int periodFrom,
    int periodTo,
    String legalBasis,
    String generalObjective,
    String status,
    OffsetDateTime publishedAt,
    List<ComponentView> components,
    List<IndicatorView> indicators) {

  public record ComponentView(
      String code,
      String kind,
      String title,
      String objective,
      List<String> activities,
      String targetGroups,
      List<ComponentView> subProjects) {}

  public record IndicatorView(
      String code,
      String name,
      String unit,
      String type,
      String aggregation,
      String denominator,
      String component,
      BigDecimal min,
      BigDecimal max) {}

  static ProgramView summary(Program program) {
    return of(program, false);
  }

  static ProgramView full(Program program) {
    return of(program, true);
  }

  private static ProgramView of(Program program, boolean withStructure) {
    return new ProgramView(
        program.getId(),
        program.getCode(),
        program.getVersion(),
        program.getName(),
        program.getPeriodFrom(),
        program.getPeriodTo(),
        program.getLegalBasis(),
        program.getGeneralObjective(),
        program.getStatus().name(),
        program.getPublishedAt(),
        withStructure ? program.projects().stream().map(p -> component(program, p)).toList() : null,
        withStructure
            ? program.getIndicators().stream().map(ProgramView::indicator).toList()
            : null);
  }

  private static ComponentView component(Program program, ProgramComponent component) {
    return new ComponentView(
        component.getCode(),
        component.getKind().name(),
        component.getTitle(),
        component.getObjective(),
        component.getActivities(),
        component.getTargetGroups(),
        program.subProjectsOf(component).stream().map(c -> component(program, c)).toList());
  }

  private static IndicatorView indicator(Indicator indicator) {
    return new IndicatorView(
        indicator.getCode(),
        indicator.getName(),
        indicator.getMeasureUnit(),
        indicator.getValueType().name(),
        indicator.getAggregation().name(),
        indicator.getDenominator() == null ? null : indicator.getDenominator().getCode(),
        indicator.getComponent() == null ? null : indicator.getComponent().getCode(),
        indicator.getMinValue(),
        indicator.getMaxValue());
  }
}
