package vn.giamngheo.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import vn.giamngheo.domain.plan.OutlineSection;
import vn.giamngheo.domain.plan.PlanTemplate;
import vn.giamngheo.domain.plan.TemplateOutline;

/**
 * A plan template version as the API shows it: version and status, and (in full) the frame and the
 * numbered sections with their starting text.
 */
public record PlanTemplateView(
    long id,
    long programId,
    int version,
    String status,
    OffsetDateTime publishedAt,
    String title,
    List<SectionView> sections) {

  /** A section as read, and as written back with {@code PUT} (where {@code number} is ignored). */
  public record SectionView(
      String number,
      String title,
      String kind,
      boolean required,
      List<String> paragraphs,
      List<SectionView> sections) {}

  static PlanTemplateView summary(PlanTemplate template) {
    return of(template, false);
  }

  static PlanTemplateView full(PlanTemplate template) {
    return of(template, true);
  }

  private static PlanTemplateView of(PlanTemplate template, boolean withSections) {
    return new PlanTemplateView(
        template.getId(),
        template.getProgramId(),
        template.getVersion(),
        template.getStatus().name(),
        template.getPublishedAt(),
        template.getTitle(),
        withSections ? sections(template.outline(), null) : null);
  }

  private static List<SectionView> sections(TemplateOutline outline, String parentPath) {
    return outline.rows().stream()
        .filter(row -> Objects.equals(row.parentPath(), parentPath))
        .map(row -> section(outline, row))
        .toList();
  }

  private static SectionView section(TemplateOutline outline, TemplateOutline.Row row) {
    OutlineSection section = row.section();
    return new SectionView(
        row.number(),
        section.title(),
        section.kind().name(),
        section.required(),
        section.paragraphs(),
        sections(outline, row.path()));
  }
}
