package vn.giamngheo.domain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.household.HouseholdMember;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStatus;

class ImportedHouseholdTest {
  private static final LocalDate IMPORT_DAY = LocalDate.of(2026, 3, 15);

  private static ImportedHousehold bringing(PovertyStatus status, Integer year) {
    HouseholdMember.Person head =
        new HouseholdMember.Person(
            "Bùi Văn Hành", null, HouseholdMember.Sex.MALE, "Mường", "Chủ hộ", null, true, "", "");
    return new ImportedHousehold(
        2,
        "HT-01",
        1L,
        "",
        AreaType.RURAL,
        1_000_000L,
        Map.of(),
        status,
        year,
        List.of(new ImportedHousehold.Member(2, head)));
  }

  @Test
  void aHouseholdOnLastYearsListWasOnTheRegisterThatYear() {
    assertEquals(
        LocalDate.of(2025, 1, 1),
        bringing(PovertyStatus.POOR, 2025).registeredOn(IMPORT_DAY),
        "it counts among the households of the year whose list it was on");
  }

  @Test
  void anyOtherHouseholdIsOnTheRegisterFromTheDayOfTheImport() {
    assertEquals(IMPORT_DAY, bringing(null, null).registeredOn(IMPORT_DAY));
    assertEquals(
        IMPORT_DAY,
        bringing(PovertyStatus.NEAR_POOR, 2027).registeredOn(IMPORT_DAY),
        "a list of a year to come does not move the household into the future");
  }
}
