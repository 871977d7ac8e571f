package vn.giamngheo.domain.report;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.List;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.program.Aggregation;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.ValueType;

/** Indicators and a template as the province configures them, with the ids the database gives. */
public final class ReportFixtures {
  public static final long PROVINCE = 1L;
  private static final Program PROGRAM =
      new Program(
          PROVINCE,
          new Program.Header("CTMTQG-GNBV", "Chương trình", 2021, 2025, "QĐ 90", "Giảm nghèo"));
  private static long nextId = 100;

  private ReportFixtures() {}

  public static Indicator count(String code) {
    return indicator(code, ValueType.COUNT, Aggregation.SUM, null, null);
  }

  public static Indicator indicator(
      String code, ValueType type, Aggregation aggregation, BigDecimal min, BigDecimal max) {
    Indicator indicator =
        PROGRAM.addIndicator(
            new Indicator.Definition(code + nextId, code, "hộ", type, aggregation, min, max));
    return withId(indicator, nextId++);
  }

  public static ReportTemplate template(List<Indicator> indicators) {
    ReportTemplate template =
        new ReportTemplate(
            PROVINCE,
            1L,
            new ReportTemplate.Rules(
                "TIEN-DO",
                "Báo cáo tiến độ",
                List.of(PeriodKind.values()),
                15,
                BigDecimal.valueOf(50),
                3));
    indicators.forEach(indicator -> template.ask(indicator, true, null));
    return template;
  }

  public static <T extends TenantOwned> T withId(T entity, long id) {
    try {
      Field field = TenantOwned.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
