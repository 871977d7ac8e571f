package vn.giamngheo.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.tenancy.UserFacingException;

class ProgramTest {
  @Test
  void aPublishedVersionNeverChanges() {
    Program program = ProgramFixtures.draft();
    program.addProject(ProgramFixtures.component("DA2", "2"));
    program.publish();
    assertNotNull(program.getPublishedAt());
    UserFacingException edit =
        assertThrows(
            UserFacingException.class,
            () -> program.describeComponent("DA2", "khác", List.of(), ""));
    assertEquals("program.published", edit.messageKey());
    assertThrows(
        UserFacingException.class, () -> program.addProject(ProgramFixtures.component("DA9", "9")));
    assertThrows(UserFacingException.class, program::publish);
  }

  @Test
  void theNextVersionCopiesEverythingAndLeavesTheOldOneAlone() {
    Program v1 = ProgramFixtures.draft();
    ProgramComponent da3 = v1.addProject(ProgramFixtures.component("DA3", "3"));
    ProgramComponent tda1 = v1.addSubProject(da3, ProgramFixtures.component("DA3.TDA1", "1"));
    Indicator households =
        v1.addIndicator(
            new Indicator.Definition(
                "HO_TONG", "Tổng số hộ", "hộ", ValueType.COUNT, Aggregation.SUM, null, null));
    Indicator rate =
        v1.addIndicator(
            new Indicator.Definition(
                "TL",
                "Tỷ lệ",
                "%",
                ValueType.PERCENTAGE,
                Aggregation.WEIGHTED_AVERAGE,
                BigDecimal.ZERO,
                BigDecimal.valueOf(100)));
    rate.weighBy(households);
    rate.measure(tda1);
    v1.publish();

    Program v2 = v1.draftNextVersion(2);
    v2.describeComponent("DA3.TDA1", "Mục tiêu mới", List.of("Hoạt động mới"), "Hộ nghèo");

    assertEquals(2, v2.getVersion());
    assertEquals(ProgramStatus.DRAFT, v2.getStatus());
    assertEquals("Mục tiêu DA3.TDA1", tda1.getObjective(), "the published version is untouched");
    ProgramComponent copy = v2.component("DA3.TDA1").orElseThrow();
    assertEquals("Mục tiêu mới", copy.getObjective());
    assertSame(v2.component("DA3").orElseThrow(), copy.getParent());
    Indicator rateCopy = v2.indicator("TL").orElseThrow();
    assertNotSame(rate, rateCopy);
    assertSame(v2.indicator("HO_TONG").orElseThrow(), rateCopy.getDenominator());
    assertSame(copy, rateCopy.getComponent());
    assertThrows(IllegalArgumentException.class, () -> v1.draftNextVersion(1));
  }

  @Test
  void componentsAndIndicatorsAreUniqueByCode() {
    Program program = ProgramFixtures.draft();
    program.addProject(ProgramFixtures.component("DA2", "2"));
    assertEquals(
        "program.componentExists",
        assertThrows(
                UserFacingException.class,
                () -> program.addProject(ProgramFixtures.component("DA2", "2")))
            .messageKey());
  }

  @Test
  void emptyProgramsAreNotPublishedAndPeriodsRunForward() {
    assertEquals(
        "program.nothingToPublish",
        assertThrows(UserFacingException.class, () -> ProgramFixtures.draft().publish())
            .messageKey());
    assertThrows(
        UserFacingException.class,
        () -> new Program(1L, new Program.Header("X", "X", 2025, 2021, "QĐ", "")));
  }

  @Test
  void onlyRatesWeighByADenominator() {
    Program program = ProgramFixtures.draft();
    Indicator count =
        program.addIndicator(
            new Indicator.Definition("A", "A", "hộ", ValueType.COUNT, Aggregation.SUM, null, null));
    assertThrows(IllegalArgumentException.class, () -> count.weighBy(count));
  }

  @Test
  void titlesReadAsTheDocumentsWriteThem() {
    Program program = ProgramFixtures.draft();
    ProgramComponent project = program.addProject(ProgramFixtures.component("DA6", "6"));
    ProgramComponent sub =
        program.addSubProject(project, ProgramFixtures.component("DA6.TDA1", "1"));
    assertEquals("Dự án 6: Thành phần DA6", project.getTitle());
    assertEquals("Tiểu dự án 1: Thành phần DA6.TDA1", sub.getTitle());
    assertEquals(List.of(sub), program.subProjectsOf(project));
  }
}
