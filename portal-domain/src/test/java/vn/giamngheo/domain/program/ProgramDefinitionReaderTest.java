package vn.giamngheo.domain.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.tenancy.UserFacingException;

class ProgramDefinitionReaderTest {
  private static Program nationalProgram() {
    return ProgramDefinitionReader.read(
        1L,
        ProgramDefinitionReader.class.getResourceAsStream(
            ProgramDefinitionReader.NATIONAL_PROGRAM_2021_2025));
  }

  @Test
  void theNationalProgramHasSevenProjectsAndTheirSubProjects() {
    Program program = nationalProgram();
    assertEquals(2021, program.getPeriodFrom());
    assertEquals(2025, program.getPeriodTo());
    assertTrue(program.getLegalBasis().contains("90/QĐ-TTg"));
    assertEquals(
        List.of("DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7"),
        program.projects().stream().map(ProgramComponent::getCode).toList());
    assertEquals(16, program.getComponents().size());
    ProgramComponent da4 = program.component("DA4").orElseThrow();
    assertEquals(
        List.of("DA4.TDA1", "DA4.TDA2", "DA4.TDA3"),
        program.subProjectsOf(da4).stream().map(ProgramComponent::getCode).toList());
  }

  @Test
  void everyComponentCamChauAppliesHasItsObjectiveAndActivities() {
    Program program = nationalProgram();
    for (String code :
        List.of(
            "DA2",
            "DA3.TDA1",
            "DA3.TDA2",
            "DA4.TDA3",
            "DA6.TDA1",
            "DA6.TDA2",
            "DA7.TDA1",
            "DA7.TDA2")) {
      ProgramComponent component = program.component(code).orElseThrow();
      assertFalse(component.getObjective().isBlank(), code);
      assertFalse(component.getActivities().isEmpty(), code);
    }
    assertEquals(4, program.component("DA4.TDA3").orElseThrow().getActivities().size());
  }

  @Test
  void thePovertyRateWeighsByHouseholds() {
    Indicator rate = nationalProgram().indicator("TL_HO_NGHEO").orElseThrow();
    assertEquals(Aggregation.WEIGHTED_AVERAGE, rate.getAggregation());
    assertEquals("HO_TONG", rate.getDenominator().getCode());
    assertEquals("%", rate.getMeasureUnit());
  }

  @Test
  void aBrokenDefinitionIsRefusedWithAMessage() {
    UserFacingException notJson =
        assertThrows(
            UserFacingException.class, () -> ProgramDefinitionReader.read(1L, stream("<html>")));
    assertEquals("program.import.notProgram", notJson.messageKey());
    UserFacingException incomplete =
        assertThrows(
            UserFacingException.class,
            () -> ProgramDefinitionReader.read(1L, stream("{\"code\":\"X\"}")));
    assertEquals("program.import.incomplete", incomplete.messageKey());
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
