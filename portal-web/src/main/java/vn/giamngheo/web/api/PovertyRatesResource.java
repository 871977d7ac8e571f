package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.rates.PovertyRates;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * A unit's poverty rates of a year, with one line per unit right below it (village of a commune).
 */
@Path("units/{code}/poverty-rates")
@Produces(MediaType.APPLICATION_JSON)
public class PovertyRatesResource {
  @Inject Caller caller;
  @Inject PovertyRates rates;

  /** One unit's line; rates in %, change in points from the year before (negative: it fell). */
  public record RateView(
      String code,
      String name,
      long households,
      long poor,
      long nearPoor,
      BigDecimal poorRate,
      BigDecimal nearPoorRate,
      BigDecimal changePoints,
      BigDecimal target,
      Boolean meetsTarget,
      int communesKnown,
      int communes) {
    static RateView of(PovertyRates.Line line) {
      return new RateView(
          line.code(),
          line.name(),
          line.households(),
          line.poor(),
          line.nearPoor(),
          line.poorRate(),
          line.nearPoorRate(),
          line.changePoints(),
          line.target(),
          line.meetsTarget(),
          line.communesKnown(),
          line.communes());
    }
  }

  /** The year's rates, and how many households made each transition into the year. */
  public record RatesView(
      int year, RateView unit, List<RateView> children, Map<String, Long> transitions) {}

  @GET
  public RatesView rates(@PathParam("code") String code, @QueryParam("year") Integer year) {
    AdminUnit unit = caller.unitInScope(code);
    if (year == null) {
      throw new UserFacingException("report.yearMissing");
    }
    PovertyRates.Rates found = rates.of(unit, year);
    return new RatesView(
        found.year(),
        RateView.of(found.unit()),
        found.children().stream().map(RateView::of).toList(),
        transitions(unit, year));
  }

  private Map<String, Long> transitions(AdminUnit unit, int year) {
    Map<String, Long> byName = new LinkedHashMap<>();
    rates.transitions(unit, year).forEach((t, n) -> byName.put(t.name(), n));
    return byName;
  }
}
