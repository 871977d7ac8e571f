package vn.giamngheo.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.giamngheo.domain.report.Consolidation;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.domain.report.ReportForm;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.web.i18n.Messages;

/** The consolidated figures of a unit and period, with the unit's own narrative, as Excel. */
@ApplicationScoped
public class ConsolidatedExport {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Reports reports;
  @Inject Consolidation consolidation;
  @Inject Messages messages;

  public void write(
      AdminUnit unit, Period period, boolean includeUnapproved, Locale locale, OutputStream out)
      throws IOException {
    ReportTemplate template =
        reports.templates().stream()
            .findFirst()
            .orElseThrow(() -> new UserFacingException("report.noTemplate"));
    List<Consolidation.Line> lines = consolidation.view(unit, template, period, includeUnapproved);
    ConsolidatedWorkbook.write(
        unit,
        new ConsolidatedWorkbook.Heading(
            messages.get(locale, "report.export.title", unit.committeeName(), period.code()),
            messages.get(
                locale, includeUnapproved ? "report.includingUnapproved" : "report.approvedOnly"),
            List.of(
                messages.get(locale, "program.indicator.code"),
                messages.get(locale, "program.indicator.name"),
                messages.get(locale, "program.indicator.unit"),
                messages.get(locale, "report.target"),
                messages.get(locale, "report.total")),
            messages.get(locale, "report.export.narrative")),
        lines,
        narrative(unit, template, period),
        out);
  }

  /** The unit's own report of the period, its narrative by section title. */
  private Map<String, String> narrative(AdminUnit unit, ReportTemplate template, Period period) {
    Map<String, String> byTitle = new LinkedHashMap<>();
    reports.of(unit, period.year()).stream()
        .filter(report -> report.getTemplateId() == template.getId())
        .filter(report -> report.getPeriod().equals(period))
        .findFirst()
        .map(report -> reports.form(report.getId()))
        .map(ReportForm::narrative)
        .ifPresent(
            texts ->
                template
                    .getSections()
                    .forEach(s -> byTitle.put(s.getTitle(), texts.getOrDefault(s.getKey(), ""))));
    return byTitle;
  }

  public static String fileName(AdminUnit unit, Period period) {
    return "tong-hop-" + unit.getCode() + "-" + period.code() + ".xlsx";
  }
}
