package vn.giamngheo.web.review;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.domain.standard.AnswerKind;
import vn.giamngheo.domain.standard.DeprivationIndicator;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * The survey of one household as a form: its income (B1) and its answer to each indicator of the
 * standard (B2), yes/no as a choice and counts or measures as numbers, kept as text until saved.
 */
public class SurveyForm implements Serializable {
  /** One question of the standard as the form shows it. */
  public record Question(String code, String text, String dimension, boolean yesNo) {}

  private String income;
  private final Map<String, String> answers = new HashMap<>();

  public static List<Question> questions(PovertyStandard standard, Locale locale) {
    boolean vi = !"en".equals(locale.getLanguage());
    return standard.indicators().stream()
        .map(
            i ->
                new Question(
                    i.getCode(),
                    vi ? i.getQuestionVi() : i.getQuestionEn(),
                    vi ? i.getDimension().getNameVi() : i.getDimension().getNameEn(),
                    i.getAnswerKind() == AnswerKind.YES_NO))
        .toList();
  }

  /** Fills the form from a survey kept before. */
  public void fill(Long keptIncome, Map<String, BigDecimal> kept) {
    income = keptIncome == null ? null : keptIncome.toString();
    answers.clear();
    kept.forEach((code, value) -> answers.put(code, value.stripTrailingZeros().toPlainString()));
  }

  /** The survey typed in; every answer a number, the income a whole number of VND. */
  public Reviews.Survey survey(PovertyStandard standard) {
    long parsedIncome;
    try {
      parsedIncome = Long.parseLong(income == null ? "" : income.replaceAll("[.,\\s]", ""));
    } catch (NumberFormatException e) {
      throw new UserFacingException("review.incomeInvalid");
    }
    Map<String, BigDecimal> parsed = new HashMap<>();
    for (DeprivationIndicator indicator : standard.indicators()) {
      String text = answers.get(indicator.getCode());
      if (text == null || text.isBlank()) {
        continue;
      }
      try {
        parsed.put(indicator.getCode(), new BigDecimal(text.strip().replace(',', '.')));
      } catch (NumberFormatException e) {
        throw new UserFacingException("standard.answerInvalid", indicator.getCode(), text.strip());
      }
    }
    return new Reviews.Survey(parsedIncome, parsed);
  }

  public String getIncome() {
    return income;
  }

  public void setIncome(String income) {
    this.income = income;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }
}
