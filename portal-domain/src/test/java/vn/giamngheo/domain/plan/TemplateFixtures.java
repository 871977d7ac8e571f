package vn.giamngheo.domain.plan;

/** The template the portal ships, read as a province would load it. */
final class TemplateFixtures {
  private TemplateFixtures() {}

  /** Version 1 of the template 2021–2025 of the province 1 for the program version 3. */
  static PlanTemplate seed() {
    return PlanTemplateReader.read(
        1L, 3L, PlanTemplateReader.class.getResourceAsStream(PlanTemplateReader.PROGRAM_2021_2025));
  }
}
