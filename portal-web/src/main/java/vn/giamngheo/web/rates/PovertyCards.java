package vn.giamngheo.web.rates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.giamngheo.domain.rates.PovertyRates;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;

/** The dashboard's poverty cards: the latest known year's figures and the rate over the years. */
@Named
@RequestScoped
public class PovertyCards {
  @Inject CurrentUnit unit;
  @Inject PovertyRates rates;
  @Inject FacesMessages messages;
  @Inject Clock clock;

  private Optional<Integer> year;
  private PovertyRates.Line line;
  private List<PovertyRates.YearRate> series;

  public boolean isShown() {
    return latestYear().isPresent();
  }

  private Optional<Integer> latestYear() {
    if (year == null) {
      year = rates.latestKnownYear(unit.get(), LocalDate.now(clock).getYear());
    }
    return year;
  }

  public int getYear() {
    return latestYear().orElseThrow();
  }

  public PovertyRates.Line getLine() {
    if (line == null) {
      line = rates.of(unit.get(), getYear()).unit();
    }
    return line;
  }

  public String getChart() {
    if (series == null) {
      int first = rates.firstKnownYear(unit.get()).orElse(getYear());
      series = rates.series(unit.get(), first, getYear());
    }
    return RateChart.of(
        messages.text("poverty.chart.title", unit.get().getName()),
        series,
        messages.text("poverty.poorRate"),
        messages.text("poverty.nearPoorRate"));
  }
}
