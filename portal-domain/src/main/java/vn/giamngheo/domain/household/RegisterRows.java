package vn.giamngheo.domain.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.household.HouseholdMember.Person;
import vn.giamngheo.domain.household.SampleRegister.SampleHousehold;
import vn.giamngheo.domain.household.SampleRegister.Survey;
import vn.giamngheo.domain.standard.AnswersJson;
import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * A generated register as table rows, for loading in bulk (multi-row inserts for the demo, COPY for
 * the data set): the households with their members, each year's recognised lists and the annual
 * review's entries. Values are Long, Integer, Boolean, String, LocalDate or null.
 */
public final class RegisterRows {
  /** The tables written and their columns, in the order rows give their values. */
  public enum Table {
    HOUSEHOLD(
        "household",
        "id",
        "unit_id",
        "village_id",
        "code",
        "head_name",
        "address",
        "area_type",
        "ethnicity",
        "income",
        "answers",
        "registered_on",
        "left_on"),
    MEMBER(
        "household_member",
        "unit_id",
        "household_id",
        "full_name",
        "birth_date",
        "sex",
        "ethnicity",
        "relation",
        "id_number",
        "health_insured",
        "schooling",
        "occupation",
        "sort_order"),
    STATUS(
        "household_status",
        "unit_id",
        "household_id",
        "year",
        "status",
        "deprivations",
        "standard_id",
        "source",
        "recognised_on"),
    REVIEW_ENTRY(
        "review_entry",
        "unit_id",
        "review_id",
        "household_id",
        "reason",
        "income",
        "answers",
        "surveyed_on",
        "surveyed_by",
        "status",
        "deprivations",
        "agreed");

    private final String table;
    private final List<String> columns;

    Table(String table, String... columns) {
      this.table = table;
      this.columns = List.of(columns);
    }

    public String table() {
      return table;
    }

    public List<String> columns() {
      return columns;
    }
  }

  /** Where rows go. */
  public interface Sink {
    void row(Table table, Object... values);
  }

  private RegisterRows() {}

  /** The household (its latest survey as its current answers) and its members. */
  public static void household(
      Sink sink, long id, long communeId, long villageId, String address, SampleHousehold h) {
    Survey latest = h.latest();
    sink.row(
        Table.HOUSEHOLD,
        id,
        communeId,
        villageId,
        h.code(),
        h.headName(),
        address,
        h.areaType().name(),
        h.ethnicity(),
        latest.answers().income(),
        AnswersJson.format(latest.answers().answers()),
        h.registeredOn(),
        h.leftOn());
    int order = 1;
    for (Person p : h.members()) {
      sink.row(
          Table.MEMBER,
          communeId,
          id,
          p.fullName(),
          p.birthDate(),
          p.sex().name(),
          p.ethnicity(),
          p.relation(),
          p.idNumber(),
          p.healthInsured(),
          p.schooling(),
          p.occupation(),
          order++);
    }
  }

  /**
   * A year's lists. Without a review (lists brought by the commune): the poor and near-poor
   * households. With the annual review: every household it took up — those on last year's lists
   * ({@code ON_LIST}), those found poor or near-poor this year ({@code ADDED}) and some that
   * applied ({@code APPLIED}) — each with its survey, and its recognised status.
   *
   * @param ids the households' ids by code
   * @param reviewId the annual review, or null for lists without one
   */
  public static void lists(
      Sink sink,
      long communeId,
      List<SampleHousehold> households,
      Map<String, Long> ids,
      int year,
      Long standardId,
      RecognisedStatus.Source source,
      Long reviewId,
      LocalDate recognisedOn) {
    for (SampleHousehold h : households) {
      Survey survey = h.surveys().get(year);
      if (survey == null) {
        continue;
      }
      Survey before = h.surveys().get(year - 1);
      boolean listed = listed(survey.status());
      boolean wasListed = before != null && listed(before.status());
      boolean applied = !listed && !wasListed && Math.floorMod(h.code().hashCode() + year, 40) == 0;
      String reason = wasListed ? "ON_LIST" : listed ? "ADDED" : applied ? "APPLIED" : null;
      if (reviewId == null ? !listed : reason == null) {
        continue;
      }
      long householdId = ids.get(h.code());
      sink.row(
          Table.STATUS,
          communeId,
          householdId,
          year,
          survey.status().name(),
          survey.classification().deprivationCodes(),
          standardId,
          source.name(),
          recognisedOn);
      if (reviewId != null) {
        sink.row(
            Table.REVIEW_ENTRY,
            communeId,
            reviewId,
            householdId,
            reason,
            survey.answers().income(),
            AnswersJson.format(survey.answers().answers()),
            LocalDate.of(year, 10, 1).plusDays(Math.floorMod(h.code().hashCode(), 20)),
            "Tổ rà soát thôn",
            survey.status().name(),
            survey.classification().deprivationCodes(),
            true);
      }
    }
  }

  private static boolean listed(PovertyStatus status) {
    return status == PovertyStatus.POOR || status == PovertyStatus.NEAR_POOR;
  }
}
