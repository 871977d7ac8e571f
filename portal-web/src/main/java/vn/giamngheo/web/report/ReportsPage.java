package vn.giamngheo.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.giamngheo.domain.report.Completeness;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.domain.report.Report;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * A unit's reports of a year, and for a district or the province the completeness matrix of the
 * units right below it: units × periods, each cell the report's status, with counts and the on-time
 * rate.
 */
@Named
@RequestScoped
public class ReportsPage {
  @Inject CurrentUnit unit;
  @Inject Reports reports;
  @Inject Completeness completeness;
  @Inject Clock clock;

  private Integer year;
  private List<Integer> years;
  private List<Report> own;
  private List<Completeness.Row> matrix;
  private ReportTemplate template;

  public ReportTemplate getTemplate() {
    if (template == null) {
      template = reports.templates().stream().findFirst().orElse(null);
    }
    return template;
  }

  public List<Report> getOwn() {
    if (own == null) {
      own = reports.of(unit.get(), getYear());
    }
    return own;
  }

  public List<Period> getPeriods() {
    return getTemplate() == null
        ? List.of()
        : Period.ofYear(getYear(), getTemplate().periodKinds());
  }

  public boolean isHasUnitsBelow() {
    return !unit.get().isAt(UnitLevel.COMMUNE) && getTemplate() != null;
  }

  public List<Completeness.Row> getMatrix() {
    if (matrix == null) {
      matrix =
          isHasUnitsBelow()
              ? completeness.matrix(unit.get(), getTemplate().getId(), getPeriods())
              : List.of();
    }
    return matrix;
  }

  public Completeness.Summary getSummary() {
    Map<String, LocalDate> due =
        getOwn().stream()
            .collect(Collectors.toMap(r -> r.getPeriod().code(), Report::getDueOn, (a, b) -> a));
    return Completeness.summarise(getMatrix(), today(), due);
  }

  public boolean isLate(Report report) {
    return report.isLate(today());
  }

  /** The years the unit has reports for. */
  public List<Integer> getYears() {
    if (years == null) {
      years = reports.years(unit.get());
    }
    return years;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The year asked for, or the latest the unit has reports for up to this one. */
  public Integer getYear() {
    if (year == null || !getYears().contains(year)) {
      int now = today().getYear();
      year = getYears().stream().filter(y -> y <= now).reduce((a, b) -> b).orElse(now);
    }
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
