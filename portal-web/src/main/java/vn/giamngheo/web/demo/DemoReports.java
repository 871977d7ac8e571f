package vn.giamngheo.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.Programs;
import vn.giamngheo.domain.report.Obligations;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.domain.report.Report;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.domain.report.ReportTemplateReader;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.domain.target.Targets;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;

/**
 * The demo's 2022 reporting: the province's report template and holidays, the year's report
 * obligations, targets set by Thanh Hóa and allocated down to Cẩm Thủy and its communes, and the
 * communes' first reports in every state a reviewer meets — approved, submitted, returned, late
 * drafts and not started.
 */
@ApplicationScoped
public class DemoReports {
  static final int YEAR = 2022;
  static final String DISTRICT = "390";
  static final List<Period> WRITTEN = List.of(Period.quarter(YEAR, 1), Period.quarter(YEAR, 2));

  /** Province targets for 2022 and how much of each Cẩm Thủy gets. */
  private static final Map<String, long[]> TARGETS =
      Map.of(
          "HO_THOAT_NGHEO", new long[] {12_000, 470},
          "MO_HINH", new long[] {300, 12},
          "LD_VIEC_LAM", new long[] {5_000, 200});

  private static final BigDecimal RATE_REDUCTION = new BigDecimal("1.5");

  @Inject Units units;
  @Inject Programs programs;
  @Inject Reports reports;
  @Inject Obligations obligations;
  @Inject Targets targets;

  void load() {
    if (!reports.templates().isEmpty()) {
      return;
    }
    AdminUnit province = units.findByCode(DemoData.PROVINCE).orElseThrow();
    Program program = programs.find(programs.visible().get(0).getId()).orElseThrow();
    ReportTemplate template;
    try (InputStream holidays = resource(ReportTemplateReader.HOLIDAYS_2022_2026);
        InputStream json = resource(ReportTemplateReader.PROGRESS_REPORT_2021_2025)) {
      obligations.keepHolidays(province, ReportTemplateReader.holidays(province.getId(), holidays));
      template = reports.addTemplate(province, ReportTemplateReader.read(program, json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int year = YEAR; year <= program.getPeriodTo(); year++) {
      obligations.ensure(template, year);
    }
    AdminUnit district = units.findByCode(DISTRICT).orElseThrow();
    List<AdminUnit> communes = communesOf(district);
    setTargets(province, district, communes, program);
    for (int i = 0; i < communes.size(); i++) {
      writeReports(communes.get(i), i, program);
    }
  }

  private void setTargets(
      AdminUnit province, AdminUnit district, List<AdminUnit> communes, Program program) {
    List<AdminUnit> districts = communesOf(province);
    TARGETS.forEach(
        (code, values) -> {
          long indicator = indicator(program, code).getId();
          targets.setProvinceTarget(province, indicator, YEAR, BigDecimal.valueOf(values[0]));
          targets.allocate(
              province, indicator, YEAR, spread(districts, values[0], district, values[1]));
          targets.publish(province, indicator, YEAR, null);
          targets.allocate(district, indicator, YEAR, spread(communes, values[1], null, 0));
          targets.publish(district, indicator, YEAR, null);
        });
    long reduction = indicator(program, "GIAM_TL_HO_NGHEO").getId();
    targets.setProvinceTarget(province, reduction, YEAR, RATE_REDUCTION);
    targets.allocate(province, reduction, YEAR, Map.of());
    targets.publish(province, reduction, YEAR, null);
    targets.allocate(district, reduction, YEAR, Map.of());
    targets.publish(district, reduction, YEAR, null);
  }

  /**
   * Shares {@code whole} evenly among {@code units}, the remainder to the first ones; {@code
   * special} (if any) gets {@code specialPart} and the others share the rest.
   */
  private static Map<Long, BigDecimal> spread(
      List<AdminUnit> units, long whole, AdminUnit special, long specialPart) {
    Map<Long, BigDecimal> parts = new HashMap<>();
    List<AdminUnit> others =
        units.stream()
            .filter(unit -> special == null || !unit.getId().equals(special.getId()))
            .toList();
    long rest = special == null ? whole : whole - specialPart;
    for (int i = 0; i < others.size(); i++) {
      long part = rest / others.size() + (i < rest % others.size() ? 1 : 0);
      parts.put(others.get(i).getId(), BigDecimal.valueOf(part));
    }
    if (special != null) {
      parts.put(special.getId(), BigDecimal.valueOf(specialPart));
    }
    return parts;
  }

  /**
   * The commune's first two quarters, in the state its place in the list gives: approved,
   * submitted, returned with a comment, a late draft, or not started at all.
   */
  private void writeReports(AdminUnit commune, int index, Program program) {
    int state = index % 5;
    if (state == 4) {
      return;
    }
    for (Period period : WRITTEN) {
      Report report = obligation(commune, period);
      reports.save(
          report.getId(),
          report.getVersion(),
          DemoValues.of(commune, period, program),
          DemoValues.narrative(commune, period));
      if (state == 3) {
        continue;
      }
      report = obligation(commune, period);
      reports.submit(report.getId(), report.getVersion());
      report = obligation(commune, period);
      if (state == 0) {
        reports.approve(report.getId(), report.getVersion());
      } else if (state == 2) {
        reports.returnWith(
            report.getId(),
            report.getVersion(),
            "Số hộ thoát nghèo chưa khớp với danh sách rà soát; đề nghị xã kiểm tra lại.");
      }
    }
  }

  private Report obligation(AdminUnit commune, Period period) {
    return reports.of(commune, period.year()).stream()
        .filter(report -> report.getPeriod().equals(period))
        .findFirst()
        .orElseThrow();
  }

  private List<AdminUnit> communesOf(AdminUnit parent) {
    return units.children(parent).stream().filter(u -> !u.isAt(UnitLevel.VILLAGE)).toList();
  }

  static Indicator indicator(Program program, String code) {
    return program.indicator(code).orElseThrow();
  }

  private static InputStream resource(String name) {
    return DemoReports.class.getResourceAsStream(name);
  }

  static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }
}
