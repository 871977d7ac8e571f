package vn.giamngheo.domain.standard;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What a survey found of one household: its area type, its income per person per month in VND (form
 * B1) and its answer to each deprivation indicator by code (form B2).
 */
public record HouseholdAnswers(AreaType areaType, long income, Map<String, BigDecimal> answers) {
  public HouseholdAnswers {
    Objects.requireNonNull(areaType, "areaType");
    if (income < 0) {
      throw new IllegalArgumentException("income must not be negative");
    }
    answers = Map.copyOf(answers);
  }
}
