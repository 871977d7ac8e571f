package vn.giamngheo.domain.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.household.HouseholdMember;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * A household of the file, checked: its first row, its facts, the list it was on ({@code
 * previousStatus} of {@code previousYear}, or none) and its people in the file's order, the head
 * first.
 */
public record ImportedHousehold(
    int row,
    String code,
    long villageId,
    String address,
    AreaType areaType,
    Long income,
    Map<String, BigDecimal> answers,
    PovertyStatus previousStatus,
    Integer previousYear,
    List<Member> members) {

  public ImportedHousehold {
    answers = Map.copyOf(answers);
    members = new ArrayList<>(members);
  }

  /** A person with the row they are on. */
  public record Member(int row, HouseholdMember.Person person) {}

  public HouseholdMember.Person head() {
    return members.get(0).person();
  }

  /**
   * Since when the household is on the register: a household that brings the list of a year was on
   * the register that year, so it counts from the year's start; any other from {@code importDay}.
   */
  public LocalDate registeredOn(LocalDate importDay) {
    if (previousYear == null) {
      return importDay;
    }
    LocalDate listYear = LocalDate.of(previousYear, 1, 1);
    return listYear.isBefore(importDay) ? listYear : importDay;
  }
}
