package vn.giamngheo.domain.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.household.HouseholdMember.Person;
import vn.giamngheo.domain.household.SampleRegister.Commune;
import vn.giamngheo.domain.household.SampleRegister.SampleHousehold;
import vn.giamngheo.domain.household.SampleRegister.Survey;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.DeprivationIndicator;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.domain.standard.StandardReader;

class SampleRegisterTest {
  private static PovertyStandard standard;
  private static final Commune CAM_TAM =
      new Commune(163, "15163", 1500, 9, AreaType.RURAL, 18, 2, SampleRegister.MUONG_MAJORITY);

  @BeforeAll
  static void readStandard() throws IOException {
    try (InputStream json =
        StandardReader.class.getResourceAsStream(StandardReader.STANDARD_2022_2025)) {
      standard = StandardReader.read(1, json);
    }
  }

  private static List<SampleHousehold> generate(Commune commune, long seed) {
    return new SampleRegister(standard, seed).generate(commune, 2021, 2024);
  }

  @Test
  void theSameSeedGivesTheSameRegisterAndAnotherSeedAnother() {
    List<SampleHousehold> once = generate(CAM_TAM, 7);
    assertEquals(once, generate(CAM_TAM, 7));
    assertNotEquals(once, generate(CAM_TAM, 8));
  }

  @Test
  void thePoorRateIsTheOneAskedForEachYear() {
    for (double rate : new double[] {1, 12, 18, 30}) {
      Commune commune =
          new Commune(5, "X", 1200, 6, AreaType.RURAL, rate, 2, SampleRegister.KINH_MAJORITY);
      List<SampleHousehold> register = generate(commune, 1);
      for (int year = 2021; year <= 2024; year++) {
        double asked = commune.poorRate(year - 2021);
        double got = rate(register, year, PovertyStatus.POOR);
        assertTrue(
            Math.abs(got - asked) <= 0.2, "poor rate " + year + ": " + got + " for " + asked);
        assertTrue(got >= 1 && got <= 30, "between 1% and 30%: " + got);
      }
    }
  }

  @Test
  void householdsMoveBetweenTheListsFromYearToYear() {
    List<SampleHousehold> register = generate(CAM_TAM, 3);
    long escaped = 0;
    long newlyPoor = 0;
    for (SampleHousehold h : register) {
      Survey before = h.surveys().get(2022);
      Survey after = h.surveys().get(2023);
      if (before != null && after != null) {
        escaped +=
            before.status() == PovertyStatus.POOR && after.status() != PovertyStatus.POOR ? 1 : 0;
        newlyPoor +=
            before.status() != PovertyStatus.POOR && after.status() == PovertyStatus.POOR ? 1 : 0;
      }
    }
    assertTrue(escaped >= 20, "households escape poverty: " + escaped);
    assertTrue(newlyPoor > 0 && newlyPoor < escaped, "a few become poor: " + newlyPoor);
    assertTrue(
        register.stream().anyMatch(h -> h.leftOn() != null), "some households leave the commune");
    assertTrue(
        register.stream().anyMatch(h -> h.registeredOn().getYear() > 2021), "new households come");
  }

  @Test
  void everySurveyAnswersEveryIndicatorAndClassifiesByTheStandard() {
    Set<String> codes =
        standard.indicators().stream()
            .map(DeprivationIndicator::getCode)
            .collect(Collectors.toSet());
    assertEquals(12, codes.size());
    for (SampleHousehold h : generate(CAM_TAM, 5)) {
      assertTrue(!h.surveys().isEmpty(), h.code());
      for (Survey survey : h.surveys().values()) {
        assertEquals(codes, survey.answers().answers().keySet(), h.code());
        assertEquals(standard.classify(survey.answers()), survey.classification());
        if (survey.status() == PovertyStatus.POOR) {
          assertTrue(survey.answers().income() <= 1_500_000);
          assertTrue(survey.classification().deprivations().size() >= 3);
        }
      }
    }
  }

  @Test
  void everyHouseholdHasOneHeadFirstAndRealisticMembers() {
    List<SampleHousehold> register = generate(CAM_TAM, 11);
    long members = 0;
    long muong = 0;
    for (SampleHousehold h : register) {
      List<Person> people = h.members();
      members += people.size();
      assertEquals("Chủ hộ", people.get(0).relation(), h.code());
      assertEquals(1, people.stream().filter(p -> p.relation().equals("Chủ hộ")).count());
      assertEquals(h.ethnicity(), people.get(0).ethnicity());
      muong += h.ethnicity().equals("Mường") ? 1 : 0;
      for (Person p : people) {
        assertTrue(
            Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC)
                && p.fullName().split(" ").length == 3,
            p.fullName());
        assertTrue(p.birthDate().getYear() > 1900 && p.birthDate().getYear() <= 2024);
      }
    }
    double perHousehold = (double) members / register.size();
    assertTrue(perHousehold > 3.4 && perHousehold < 4.1, "members per household " + perHousehold);
    assertTrue(muong > register.size() / 2, "Cẩm Tâm is largely Mường");
    assertTrue(register.stream().anyMatch(h -> h.headName().startsWith("Bùi ")));
  }

  @Test
  void idNumbersAreWellFormedAndUniqueAcrossCommunes() {
    Set<String> seen = new HashSet<>();
    long people = 0;
    for (int number : new int[] {0, 1, 160, 163, 546}) {
      Commune commune =
          new Commune(
              number, "C" + number, 2000, 8, AreaType.RURAL, 10, 2, SampleRegister.KINH_MAJORITY);
      for (SampleHousehold h : generate(commune, 42)) {
        for (Person p : h.members()) {
          people++;
          assertTrue(IdNumbers.isWellFormed(p.idNumber()) && p.idNumber().length() == 12);
          assertTrue(p.idNumber().startsWith("038"));
          seen.add(p.idNumber());
        }
      }
    }
    assertEquals(people, seen.size(), "no ID number twice");
  }

  private static double rate(List<SampleHousehold> register, int year, PovertyStatus status) {
    List<SampleHousehold> present = register.stream().filter(h -> h.presentAtEndOf(year)).toList();
    long count = present.stream().filter(h -> h.surveys().get(year).status() == status).count();
    return count * 100.0 / present.size();
  }
}
