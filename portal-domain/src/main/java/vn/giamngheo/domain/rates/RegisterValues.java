package vn.giamngheo.domain.rates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import vn.giamngheo.domain.report.KnownValue;
import vn.giamngheo.domain.report.Period;

/**
 * The household figures a commune's report takes from its register: a period of year Y takes the
 * lists of Y if they are known, else those of the latest known year before Y; no known year, no
 * value. What a user typed still overrides them.
 */
public final class RegisterValues {
  private RegisterValues() {}

  /** A register figure under its report template source. */
  public abstract static class RegisterValue implements KnownValue {
    @Inject PovertyRates rates;

    private final String source;
    private final Function<PovertyRates.ReportFigures, BigDecimal> figure;

    RegisterValue(String source, Function<PovertyRates.ReportFigures, BigDecimal> figure) {
      this.source = source;
      this.figure = figure;
    }

    @Override
    public String source() {
      return source;
    }

    @Override
    public Optional<BigDecimal> of(long unitId, Period period) {
      return rates.reportFigures(unitId, period.year()).map(figure);
    }
  }

  @ApplicationScoped
  public static class Households extends RegisterValue {
    public static final String SOURCE = "REGISTER_HOUSEHOLDS";

    public Households() {
      super(SOURCE, f -> BigDecimal.valueOf(f.now().households()));
    }
  }

  @ApplicationScoped
  public static class Poor extends RegisterValue {
    public static final String SOURCE = "REGISTER_POOR";

    public Poor() {
      super(SOURCE, f -> BigDecimal.valueOf(f.now().poor()));
    }
  }

  @ApplicationScoped
  public static class NearPoor extends RegisterValue {
    public static final String SOURCE = "REGISTER_NEAR_POOR";

    public NearPoor() {
      super(SOURCE, f -> BigDecimal.valueOf(f.now().nearPoor()));
    }
  }

  @ApplicationScoped
  public static class PoorRate extends RegisterValue {
    public static final String SOURCE = "REGISTER_POOR_RATE";

    public PoorRate() {
      super(SOURCE, f -> f.now().poorRate());
    }
  }

  @ApplicationScoped
  public static class PoorRateReduction extends RegisterValue {
    public static final String SOURCE = "REGISTER_POOR_RATE_REDUCTION";

    public PoorRateReduction() {
      super(SOURCE, PovertyRates.ReportFigures::reductionPoints);
    }
  }

  @ApplicationScoped
  public static class EscapedPoverty extends RegisterValue {
    public static final String SOURCE = "REGISTER_ESCAPED_POVERTY";

    public EscapedPoverty() {
      super(
          SOURCE, f -> f.escapedPoverty() == null ? null : BigDecimal.valueOf(f.escapedPoverty()));
    }
  }
}
