package vn.giamngheo.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.UserFacingException;

/** What a section's text may be: cleaned, not empty where text is required, not oversize. */
class PlanSectionTextTest {
  private Plan plan;

  @BeforeEach
  void aDraftWithNumberedSections() {
    plan = PlanWorkflowTest.draft();
    List<PlanSection> sections = plan.getSections();
    for (int i = 0; i < sections.size(); i++) {
      Ids.assign(sections.get(i), i + 1L);
    }
  }

  @Test
  void aSectionOfTextCannotBeLeftEmptyEvenIfItHoldsFormatting() {
    UserFacingException refused =
        assertThrows(
            UserFacingException.class,
            () -> plan.rewriteSection(2, RichText.clean("<p><strong> </strong><br>&nbsp;</p>")));
    assertEquals("plan.sectionEmpty", refused.messageKey());
    assertEquals("1. Mục đích:", refused.arguments()[0]);
    assertEquals(List.of("a) Cụ thể hóa."), section(2).getParagraphs(), "nothing changed");
  }

  @Test
  void aHeadingOverSubsectionsAndTheComponentsSectionMayHaveNoTextOfTheirOwn() {
    plan.rewriteSection(1, RichText.EMPTY);
    plan.rewriteSection(4, RichText.EMPTY);
    assertEquals(List.of(), section(1).getParagraphs());
  }

  @Test
  void anOversizeSectionIsRefusedAndNothingChanges() {
    String longest = "x".repeat(RichText.MAX_LENGTH);
    UserFacingException refused =
        assertThrows(
            UserFacingException.class,
            () -> plan.rewriteSection(2, RichText.clean("<p>" + longest + "y</p>")));
    assertEquals("plan.sectionTooLong", refused.messageKey());
    assertEquals(List.of("a) Cụ thể hóa."), section(2).getParagraphs());
    plan.rewriteSection(2, RichText.clean("<p><strong>" + longest + "</strong></p>"));
    assertEquals(RichText.MAX_LENGTH, section(2).getText().length(), "marks are not counted");
  }

  @Test
  void theSectionKeepsTheCleanedTextOnly() {
    plan.rewriteSection(
        2, RichText.clean("<p onclick=\"x()\"><b>Mục đích</b><script>alert(1)</script></p>"));
    assertEquals("<p><strong>Mục đích</strong></p>", section(2).getText().getHtml());
  }

  private PlanSection section(long id) {
    return plan.getSections().stream().filter(s -> s.getId() == id).findFirst().orElseThrow();
  }
}
