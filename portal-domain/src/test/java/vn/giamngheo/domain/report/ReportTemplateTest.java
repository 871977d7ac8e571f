package vn.giamngheo.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.tenancy.UserFacingException;

class ReportTemplateTest {
  private final Indicator households = ReportFixtures.count("HO_TONG");
  private final Indicator tasksDone = ReportFixtures.count("NV_KH_HOAN_THANH");
  private final Indicator models = ReportFixtures.count("MO_HINH");

  @Test
  void askingForOtherIndicatorsKeepsThoseStillAskedWhereTheyAreAndWhereTheyAreFound() {
    ReportTemplate template = ReportFixtures.template(List.of(households));
    template.ask(tasksDone, false, "PLAN_TASKS_DONE");
    Map<Indicator, Boolean> asked = new LinkedHashMap<>();
    asked.put(models, true);
    asked.put(tasksDone, true);
    template.askOnly(asked);
    assertEquals(
        List.of(tasksDone, models),
        template.getIndicators().stream().map(TemplateIndicator::getIndicator).toList());
    assertEquals("PLAN_TASKS_DONE", template.getIndicators().get(0).getSource());
    assertEquals(true, template.getIndicators().get(0).isRequired());
    assertEquals(
        "report.template.noIndicators",
        assertThrows(UserFacingException.class, () -> template.askOnly(Map.of())).messageKey());
  }

  @Test
  void rulesOutOfBoundsAreRefusedAndChangeNothing() {
    ReportTemplate template = ReportFixtures.template(List.of(households));
    ReportTemplate.Rules tooLate =
        new ReportTemplate.Rules(
            "TIEN-DO", "Báo cáo", List.of(PeriodKind.QUARTER), 61, BigDecimal.TEN, 3);
    assertEquals(
        "report.template.dueOutOfRange",
        assertThrows(UserFacingException.class, () -> template.change(tooLate)).messageKey());
    assertEquals(15, template.getDueWorkingDays());
    assertEquals(Set.copyOf(List.of(PeriodKind.values())), Set.copyOf(template.periodKinds()));
    // 15 working days after 31/3/2022 is 21/4/2022
    assertEquals(
        LocalDate.of(2022, 4, 21),
        template.dueOn(Period.quarter(2022, 1), new WorkingCalendar(Set.of())));
  }
}
