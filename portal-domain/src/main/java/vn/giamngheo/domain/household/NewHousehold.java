package vn.giamngheo.domain.household;

import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.standard.AreaType;

/** What a commune's staff enter for a household joining the register, its head listed first. */
public record NewHousehold(
    long villageId,
    String code,
    String headName,
    AreaType areaType,
    String ethnicity,
    String address,
    LocalDate registeredOn,
    List<HouseholdMember.Person> members) {
  public NewHousehold {
    members = members == null ? List.of() : List.copyOf(members);
  }
}
