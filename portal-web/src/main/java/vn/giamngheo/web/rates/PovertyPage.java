package vn.giamngheo.web.rates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.rates.PovertyRates;
import vn.giamngheo.domain.rates.Transition;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The page "Tỷ lệ hộ nghèo": a unit's rates of a year with the units below it, the rate over the
 * years, how households moved between the lists, and for a commune which households did.
 */
@Named
@RequestScoped
public class PovertyPage {
  @Inject CurrentUnit unit;
  @Inject PovertyRates rates;
  @Inject FacesMessages messages;
  @Inject Clock clock;

  private Integer year;
  private PovertyRates.Rates table;
  private List<PovertyRates.YearRate> series;
  private Map<Transition, Long> transitions;
  private Map<Transition, List<PovertyRates.Moved>> moved;

  /** The households of one transition. */
  public record Group(Transition transition, List<PovertyRates.Moved> households) {}

  public Integer getYear() {
    if (year == null) {
      int now = LocalDate.now(clock).getYear();
      year = rates.latestKnownYear(unit.get(), now).orElse(now);
    }
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  /** The years with known lists under the unit, and the current year. */
  public List<Integer> getYears() {
    int now = LocalDate.now(clock).getYear();
    int first = rates.firstKnownYear(unit.get()).orElse(now);
    List<Integer> years = new ArrayList<>();
    for (int y = Math.min(first, getYear()); y <= Math.max(now, getYear()); y++) {
      years.add(y);
    }
    return years;
  }

  public boolean isCommune() {
    return unit.get().isAt(UnitLevel.COMMUNE);
  }

  public PovertyRates.Rates getRates() {
    if (table == null) {
      table = rates.of(unit.get(), getYear());
    }
    return table;
  }

  public List<PovertyRates.YearRate> getSeries() {
    if (series == null) {
      int first = rates.firstKnownYear(unit.get()).orElse(getYear());
      int last = rates.latestKnownYear(unit.get(), 9999).orElse(getYear());
      series = rates.series(unit.get(), Math.min(first, getYear()), Math.max(last, getYear()));
    }
    return series;
  }

  public String getChart() {
    return RateChart.of(
        messages.text("poverty.chart.title", unit.get().getName()),
        getSeries(),
        messages.text("poverty.poorRate"),
        messages.text("poverty.nearPoorRate"));
  }

  public List<Map.Entry<Transition, Long>> getTransitions() {
    if (transitions == null) {
      transitions = rates.transitions(unit.get(), getYear());
    }
    return new ArrayList<>(transitions.entrySet());
  }

  /** For a commune, the households of each transition that has any. */
  public List<Group> getGroups() {
    if (!isCommune()) {
      return List.of();
    }
    if (moved == null) {
      moved = rates.households(unit.get(), getYear());
    }
    return moved.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> new Group(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * How a line's change reads against its target: met, missed, or (without a target) whether the
   * rate fell or rose.
   */
  public String changeClass(PovertyRates.Line line) {
    if (line.changePoints() == null) {
      return "";
    }
    if (line.meetsTarget() != null) {
      return line.meetsTarget() ? "change-good" : "change-bad";
    }
    int sign = line.changePoints().signum();
    return sign < 0 ? "change-good" : sign > 0 ? "change-bad" : "";
  }

  public BigDecimal reductionOf(PovertyRates.Line line) {
    return line.reductionPoints();
  }
}
