package vn.giamngheo.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import vn.giamngheo.domain.report.Completeness;
import vn.giamngheo.domain.report.Consolidation;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The unit's indicators over its whole scope for one period, target against actual, with each unit
 * below as a column that opens its own consolidation — down to a commune's report, where each value
 * shows where it came from. Approved reports only, unless the viewer asks for the rest.
 */
@Named
@RequestScoped
public class ConsolidatedPage {
  @Inject CurrentUnit unit;
  @Inject Reports reports;
  @Inject Consolidation consolidation;
  @Inject Completeness completeness;

  private String period;
  private boolean all;
  private List<Consolidation.Line> lines;
  private List<Completeness.Row> reportsBelow;

  public Optional<Period> parsed() {
    return Period.parse(period);
  }

  public boolean isValid() {
    return parsed().isPresent() && template() != null;
  }

  private ReportTemplate template() {
    return reports.templates().stream().findFirst().orElse(null);
  }

  public List<Consolidation.Line> getLines() {
    if (lines == null) {
      lines =
          isValid() ? consolidation.view(unit.get(), template(), parsed().get(), all) : List.of();
    }
    return lines;
  }

  /** The units below as the columns of the table, in the order of every line's parts. */
  public List<AdminUnit> getColumns() {
    return getLines().isEmpty()
        ? List.of()
        : getLines().get(0).parts().stream().map(Consolidation.Part::unit).toList();
  }

  /** Where a column's unit opens: its own consolidation, or a commune's report of the period. */
  public String linkOf(AdminUnit below) {
    if (!below.isAt(UnitLevel.COMMUNE)) {
      return "/t/" + below.getCode() + "/consolidated?period=" + period + (all ? "&all=true" : "");
    }
    return reportOf(below).map(id -> "/t/" + below.getCode() + "/report?id=" + id).orElse(null);
  }

  private Optional<Long> reportOf(AdminUnit commune) {
    if (reportsBelow == null) {
      reportsBelow = completeness.matrix(unit.get(), template().getId(), List.of(parsed().get()));
    }
    return reportsBelow.stream()
        .filter(row -> row.unitId() == commune.getId())
        .map(row -> row.cells().get(period))
        .filter(cell -> cell != null)
        .map(Completeness.Cell::reportId)
        .findFirst();
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }
}
