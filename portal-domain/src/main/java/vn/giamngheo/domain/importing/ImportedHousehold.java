package vn.giamngheo.domain.importing;

import java.math.BigDecimal;
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
}
