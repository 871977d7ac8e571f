package vn.giamngheo.domain.household;

import java.time.LocalDate;
import vn.giamngheo.domain.household.HouseholdMember.Sex;

/**
 * A member as a list or a record shows them: the ID number masked, unless the viewer is one of the
 * owning commune's staff on the full record.
 */
public record MemberLine(
    long id,
    String fullName,
    LocalDate birthDate,
    Sex sex,
    String ethnicity,
    String relation,
    String idNumber,
    boolean healthInsured,
    String schooling,
    String occupation) {

  static MemberLine of(HouseholdMember member, boolean wholeIdNumber) {
    return new MemberLine(
        member.getId(),
        member.getFullName(),
        member.getBirthDate(),
        member.getSex(),
        member.getEthnicity(),
        member.getRelation(),
        wholeIdNumber ? nullToEmpty(member.getIdNumber()) : member.getMaskedIdNumber(),
        member.isHealthInsured(),
        member.getSchooling(),
        member.getOccupation());
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
