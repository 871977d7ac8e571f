package vn.giamngheo.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.report.Completeness;
import vn.giamngheo.domain.report.Consolidation;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.domain.report.PeriodKind;
import vn.giamngheo.domain.report.ReportStatus;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.domain.report.TemplateIndicator;
import vn.giamngheo.domain.target.Target;
import vn.giamngheo.domain.target.Targets;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The dashboard's charts: the unit's headline target against what is done so far in the year (the
 * cumulative periods, approved reports only), and for a district or the province how the reports of
 * the units below stand period by period.
 */
@Named
@RequestScoped
public class ReportCharts {
  @Inject CurrentUnit unit;
  @Inject Reports reports;
  @Inject Consolidation consolidation;
  @Inject Completeness completeness;
  @Inject Targets targets;
  @Inject FacesMessages messages;

  private static final List<PeriodKind> CUMULATIVE =
      List.of(PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.YEAR);

  private Optional<ReportTemplate> template() {
    return reports.templates().stream().findFirst();
  }

  /** The latest year the unit has reports for, if any. */
  public Optional<Integer> year() {
    List<Integer> years = reports.years(unit.get());
    return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
  }

  public boolean isShown() {
    return template().isPresent() && year().isPresent();
  }

  public boolean isHasUnitsBelow() {
    return isShown() && !unit.get().isAt(UnitLevel.COMMUNE);
  }

  /** The year's target of the first indicator that has one, against the cumulative actuals. */
  public String getProgress() {
    ReportTemplate template = template().orElseThrow();
    int year = year().orElseThrow();
    Indicator indicator = headline(template, year);
    List<Period> periods =
        Period.ofYear(year, CUMULATIVE).stream()
            .filter(p -> p.kind() != PeriodKind.QUARTER || p.quarter() == 1)
            .toList();
    List<BigDecimal> actual = new ArrayList<>();
    for (Period period : periods) {
      actual.add(
          consolidation.view(unit.get(), template, period, false).stream()
              .filter(line -> line.indicator().getId().equals(indicator.getId()))
              .map(Consolidation.Line::value)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null));
    }
    return ChartJson.targetAgainstActual(
        indicator.getName() + " — " + year,
        periods.stream().map(Period::code).toList(),
        actual,
        targets
            .find(unit.get().getId(), indicator.getId(), year)
            .map(Target::getValue)
            .orElse(null),
        messages.text("chart.actualSoFar"),
        messages.text("chart.yearTarget"));
  }

  /** For each period of the year, the reports of the units below by status. */
  public String getTimeliness() {
    ReportTemplate template = template().orElseThrow();
    List<Period> periods = Period.ofYear(year().orElseThrow(), template.periodKinds());
    List<Completeness.Row> rows = completeness.matrix(unit.get(), template.getId(), periods);
    Map<String, List<Long>> counts = new LinkedHashMap<>();
    for (ReportStatus status : ReportStatus.values()) {
      List<Long> perPeriod = new ArrayList<>();
      for (Period period : periods) {
        perPeriod.add(
            rows.stream()
                .map(row -> row.cells().get(period.code()))
                .filter(cell -> cell != null && cell.status() == status)
                .count());
      }
      counts.put(messages.text("report.status." + status.name()), perPeriod);
    }
    return ChartJson.reportsByStatus(
        messages.text("report.completeness"), periods.stream().map(Period::code).toList(), counts);
  }

  private Indicator headline(ReportTemplate template, int year) {
    List<Indicator> asked =
        template.getIndicators().stream().map(TemplateIndicator::getIndicator).toList();
    return asked.stream()
        .filter(i -> targets.find(unit.get().getId(), i.getId(), year).isPresent())
        .findFirst()
        .orElse(asked.get(0));
  }
}
