package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.HouseholdAnswers;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.tenancy.UserFacingException;

/** The poverty standards and the classification of one household's survey answers. */
@Path("poverty")
@Produces(MediaType.APPLICATION_JSON)
public class PovertyResource {
  @Inject Caller caller;
  @Inject PovertyStandards standards;
  @Inject Clock clock;

  /**
   * A survey to classify: {@code {"areaType": "RURAL", "income": 1200000, "answers": {"VIEC_LAM":
   * 1, ...}, "date": "2024-10-01"}}; the date picks the standard in force (today when left out).
   */
  public record Survey(
      String areaType, BigDecimal income, Map<String, BigDecimal> answers, String date) {}

  public record StandardRef(String code, String name) {}

  public record DeprivationView(String indicator, String dimension) {}

  public record ClassifiedView(
      String status, StandardRef standard, List<DeprivationView> deprivations) {}

  @GET
  @Path("standards")
  public List<StandardView> standards() {
    caller.user();
    return standards.all().stream().map(StandardView::of).toList();
  }

  @POST
  @Path("classify")
  @Consumes(MediaType.APPLICATION_JSON)
  public ClassifiedView classify(Survey survey) {
    caller.user();
    if (survey == null) {
      throw new UserFacingException("rates.classify.surveyMissing");
    }
    AreaType area;
    try {
      area = AreaType.valueOf(String.valueOf(survey.areaType()));
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("rates.classify.areaTypeInvalid");
    }
    BigDecimal income = survey.income();
    if (income == null || income.signum() < 0 || income.stripTrailingZeros().scale() > 0) {
      throw new UserFacingException("rates.classify.incomeInvalid");
    }
    LocalDate day;
    try {
      day = survey.date() == null ? LocalDate.now(clock) : LocalDate.parse(survey.date());
    } catch (DateTimeParseException e) {
      throw new UserFacingException("rates.classify.dateInvalid");
    }
    Map<String, BigDecimal> answers = survey.answers() == null ? Map.of() : survey.answers();
    if (answers.values().stream().anyMatch(v -> v == null)) {
      throw new UserFacingException("rates.classify.answerEmpty");
    }
    PovertyStandards.Classified classified =
        standards.classify(new HouseholdAnswers(area, income.longValueExact(), answers), day);
    return new ClassifiedView(
        classified.classification().status().name(),
        new StandardRef(classified.standard().getCode(), classified.standard().getName()),
        classified.classification().deprivations().stream()
            .map(d -> new DeprivationView(d.indicatorCode(), d.dimensionCode()))
            .toList());
  }
}
