package vn.giamngheo.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.ProgramDefinitionReader;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

class PlanDrafterTest {
  private final PlanTemplate template = TemplateFixtures.seed();
  private static final Program PROGRAM =
      Ids.assign(
          ProgramDefinitionReader.read(
              1L,
              ProgramDefinitionReader.class.getResourceAsStream(
                  ProgramDefinitionReader.NATIONAL_PROGRAM_2021_2025)),
          3L);
  private static final AdminUnit CAM_TAM =
      Ids.assign(
          new AdminUnit(
              "15163",
              "Xã Cẩm Tâm",
              new UnitLevel(3, UnitLevel.COMMUNE, 3, "Xã", "Commune"),
              null,
              LocalDate.of(2021, 1, 1)),
          12L);

  private static List<String> headings(Plan plan) {
    return plan.getComponents().stream().map(PlanComponent::getHeading).toList();
  }

  @Test
  void withoutAPlanAboveTheTemplateAndTheProgramGiveTheFirstDraft() {
    Plan plan =
        PlanDrafter.draft(
            template, CAM_TAM, PROGRAM, Set.of("DA2", "DA4.TDA3", "DA7.TDA2"), Optional.empty());
    assertEquals(
        "Triển khai thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"
            + " trên địa bàn xã Cẩm Tâm",
        plan.getTitle());
    assertEquals("Cẩm Tâm", plan.getPlace());
    assertEquals(
        List.of(
            "1.1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
            "1.2. Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững",
            "1.2.1. Tiểu dự án 3: Hỗ trợ việc làm bền vững",
            "1.3. Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình",
            "1.3.1. Tiểu dự án 2: Giám sát, đánh giá"),
        headings(plan));
    PlanComponent jobs = plan.component("DA4.TDA3").orElseThrow();
    assertEquals(PROGRAM.component("DA4.TDA3").orElseThrow().getObjective(), jobs.getObjective());
    assertEquals(4, jobs.getActivities().size());
    assertTrue(
        plan.component("DA4").orElseThrow().getObjective().isEmpty(),
        "a project heads its sub-projects");
    assertEquals(
        List.of("I.", "II.", "III.", "IV.", "V."),
        plan.topSections().stream().map(PlanSection::getNumber).toList());
  }

  @Test
  void thePlanAboveGivesItsTextAndTheNumbersFollowWhatTheUnitApplies() {
    Plan above = PlanWorkflowTest.draft();
    above.submit();
    above.issue("82/KH-UBND", LocalDate.of(2022, 4, 7));
    Plan plan =
        PlanDrafter.draft(
            template, CAM_TAM, PROGRAM, Set.of("DA3.TDA2", "DA2"), Optional.of(above));
    assertEquals(
        List.of(
            "1.1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
            "1.2. Dự án 3: Hỗ trợ sản xuất",
            "1.2.1. Tiểu dự án 2: Cải thiện dinh dưỡng"),
        headings(plan));
    assertEquals("Giảm suy dinh dưỡng.", plan.component("DA3.TDA2").orElseThrow().getObjective());
    assertEquals(above.getSections().size(), plan.getSections().size());
    assertTrue(
        plan.getPreamble().startsWith("Thực hiện Kế hoạch số 82/KH-UBND ngày 07/04/2022"),
        plan.getPreamble());
    assertTrue(
        plan.getPreamble().contains("UBND xã Cẩm Tâm ban hành Kế hoạch"), plan.getPreamble());
  }

  @Test
  void aPlanStartedFromTheTemplateRecordsItsVersionAndAPlanFromAboveTheOneAboveStartedFrom() {
    Plan district = PlanDrafter.draft(template, CAM_TAM, PROGRAM, Set.of("DA2"), Optional.empty());
    assertSame(template, district.getTemplate());
    district.submit();
    district.issue("82/KH-UBND", LocalDate.of(2022, 4, 7));
    PlanTemplate newer = publishedNextVersion();
    Plan commune = PlanDrafter.draft(newer, CAM_TAM, PROGRAM, Set.of("DA2"), Optional.of(district));
    assertSame(template, commune.getTemplate(), "its sections came from the district's plan");
  }

  @Test
  void publishingANewVersionLeavesPlansAlreadyDraftedAsTheyWereAndNewPlansTakeIt() {
    Plan before = PlanDrafter.draft(template, CAM_TAM, PROGRAM, Set.of("DA2"), Optional.empty());
    List<String> headingsBefore = sectionHeadings(before);

    PlanTemplate next = publishedNextVersion();
    assertEquals(headingsBefore, sectionHeadings(before));
    Plan after = PlanDrafter.draft(next, CAM_TAM, PROGRAM, Set.of("DA2"), Optional.empty());
    List<String> headingsAfter = sectionHeadings(after);
    assertTrue(headingsAfter.contains("III. KINH PHÍ VÀ NGUỒN VỐN"), headingsAfter.toString());
    assertEquals("VI. CHẾ ĐỘ BÁO CÁO", headingsAfter.get(headingsAfter.size() - 1));
    assertEquals(
        List.of("Định kỳ 6 tháng báo cáo Ủy ban nhân dân huyện.", "- Báo cáo năm trước 15/12."),
        after.getSections().get(after.getSections().size() - 1).getParagraphs());
    assertEquals(
        "1.1. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo",
        after.getComponents().get(0).getHeading(),
        "the components still go under IV.1");
  }

  /** Version 2: section III renamed, a section VI with starting text added; published. */
  private PlanTemplate publishedNextVersion() {
    template.publish();
    PlanTemplate next = template.draftNextVersion(2);
    TemplateOutline outline =
        next.outline()
            .replace("2", s -> s.rewritten("KINH PHÍ VÀ NGUỒN VỐN", s.paragraphs(), true))
            .insertAfter(
                "4",
                OutlineSection.text(
                    "CHẾ ĐỘ BÁO CÁO",
                    List.of(
                        "Định kỳ 6 tháng báo cáo Ủy ban nhân dân huyện.",
                        "- Báo cáo năm trước 15/12."),
                    false));
    next.rewrite(outline);
    next.publish();
    return next;
  }

  private static List<String> sectionHeadings(Plan plan) {
    return plan.getSections().stream().map(PlanSection::getHeading).toList();
  }
}
