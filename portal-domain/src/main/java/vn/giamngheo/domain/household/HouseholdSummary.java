package vn.giamngheo.domain.household;

import java.util.List;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * One household of a register list: its facts, the status recognised in the list's year (null: on
 * no list that year) with the indicators it was deprived on, and its members with masked ID
 * numbers.
 */
public record HouseholdSummary(
    long id,
    String code,
    long villageId,
    String villageName,
    String headName,
    AreaType areaType,
    String ethnicity,
    String address,
    Integer year,
    PovertyStatus status,
    List<String> deprivations,
    List<MemberLine> members) {

  /** The head's masked ID number: the first member's, as the register lists the head first. */
  public String headIdNumber() {
    return members.isEmpty() ? "" : members.get(0).idNumber();
  }

  public int deprivationCount() {
    return deprivations.size();
  }
}
