package vn.giamngheo.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.ProgramDefinitionReader;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

class UpstreamChangeTest {
  private static final Program PROGRAM =
      Ids.assign(
          ProgramDefinitionReader.read(
              1L,
              ProgramDefinitionReader.class.getResourceAsStream(
                  ProgramDefinitionReader.NATIONAL_PROGRAM_2021_2025)),
          3L);
  private static final AdminUnit COMMUNE =
      Ids.assign(
          new AdminUnit(
              "15169",
              "Xã Cẩm Ngọc",
              new UnitLevel(3, UnitLevel.COMMUNE, 3, "Xã", "Commune"),
              null,
              LocalDate.of(2021, 1, 1)),
          13L);

  private static Plan issued(Plan plan, String number) {
    plan.submit();
    plan.issue(number, LocalDate.of(2022, 4, 7));
    return plan;
  }

  @Test
  void aChildSeesWhatTheParentChangedAndTakesOrKeepsIt() {
    Plan district = Ids.assign(issued(PlanWorkflowTest.draft(), "82/KH-UBND"), 40L);
    Plan commune =
        PlanDrafter.draft(
            TemplateFixtures.seed(), COMMUNE, PROGRAM, Set.of("DA3.TDA2"), Optional.of(district));
    assertEquals(40L, commune.getDerivedFromId());

    Plan amended = district.amend();
    PlanSection purpose = amended.getSections().get(1);
    purpose.rewrite(RichText.ofLines(List.of("a) Cụ thể hóa và bổ sung chỉ tiêu 2023.")));
    issued(amended, "83/KH-UBND");

    PlanSection own = commune.getSections().get(1);
    assertEquals(purpose.getHeading(), own.getHeading());
    assertTrue(own.differsUpstream(purpose), "the district rewrote 1. Mục đích");
    PlanComponent nutrition = commune.component("DA3.TDA2").orElseThrow();
    assertFalse(nutrition.differsUpstream(amended.component("DA3.TDA2").orElseThrow()));

    own.take(purpose);
    assertEquals(List.of("a) Cụ thể hóa và bổ sung chỉ tiêu 2023."), own.getParagraphs());
    assertFalse(own.differsUpstream(purpose), "taken: nothing left to review");

    PlanSection kept = commune.getSections().get(0);
    kept.rewrite(RichText.ofLines(List.of("Nội dung riêng của xã.")));
    assertFalse(
        kept.differsUpstream(amended.getSections().get(0)), "own edits are not upstream changes");
  }

  @Test
  void aPlanDrawnFromTheTemplateHasNothingUpstream() {
    Plan commune =
        PlanDrafter.draft(
            TemplateFixtures.seed(), COMMUNE, PROGRAM, Set.of("DA2"), Optional.empty());
    assertEquals(null, commune.getDerivedFromId());
    Plan other = PlanWorkflowTest.draft();
    assertFalse(commune.getSections().get(0).differsUpstream(other.getSections().get(0)));
  }
}
