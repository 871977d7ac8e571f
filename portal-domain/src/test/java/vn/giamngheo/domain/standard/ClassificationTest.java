package vn.giamngheo.domain.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giamngheo.tenancy.UserFacingException;

/** The seeded standards classify households as Decree 07/2021/NĐ-CP says, case by case. */
class ClassificationTest {
  private static PovertyStandard standard2022;
  private static PovertyStandard standard2027;

  @BeforeAll
  static void readTheSeededStandards() throws IOException {
    standard2022 = read(StandardReader.STANDARD_2022_2025);
    standard2027 = read(StandardReader.STANDARD_2027_2030);
  }

  private static PovertyStandard read(String resource) throws IOException {
    try (InputStream json = ClassificationTest.class.getResourceAsStream(resource)) {
      return StandardReader.read(1L, json);
    }
  }

  /** An answer for every indicator that deprives on none of them. */
  private static Map<String, BigDecimal> notDeprived() {
    Map<String, BigDecimal> answers = new HashMap<>();
    answers.put("VIEC_LAM", BigDecimal.ZERO);
    answers.put("NGUOI_PHU_THUOC", BigDecimal.ZERO);
    answers.put("DINH_DUONG", BigDecimal.ZERO);
    answers.put("BAO_HIEM_Y_TE", BigDecimal.ZERO);
    answers.put("TRINH_DO_GIAO_DUC", BigDecimal.ZERO);
    answers.put("TRE_EM_DI_HOC", BigDecimal.ZERO);
    answers.put("CHAT_LUONG_NHA", BigDecimal.ZERO);
    answers.put("DIEN_TICH_NHA", new BigDecimal("20"));
    answers.put("NUOC_SINH_HOAT", BigDecimal.ONE);
    answers.put("NHA_TIEU", BigDecimal.ONE);
    answers.put("DICH_VU_VIEN_THONG", BigDecimal.ONE);
    answers.put("TIEP_CAN_THONG_TIN", BigDecimal.ONE);
    return answers;
  }

  private static Map<String, BigDecimal> with(String... codeThenValue) {
    Map<String, BigDecimal> answers = notDeprived();
    for (int i = 0; i < codeThenValue.length; i += 2) {
      answers.put(codeThenValue[i], new BigDecimal(codeThenValue[i + 1]));
    }
    return answers;
  }

  private static Classification classify(
      PovertyStandard standard, AreaType area, long income, Map<String, BigDecimal> answers) {
    return standard.classify(new HouseholdAnswers(area, income, answers));
  }

  @Test
  void theSeedHasTwelveIndicatorsInSixDimensions() {
    assertEquals(12, standard2022.indicators().size());
    assertEquals(6, standard2022.getDimensions().size());
    assertEquals(12, standard2027.indicators().size());
  }

  /**
   * Each indicator with an answer exactly at its threshold and one just on the other side: whether
   * it deprives, and of which dimension.
   */
  @ParameterizedTest(name = "{0} = {1} -> deprived {2}")
  @CsvSource({
    "VIEC_LAM,           1,    true,  EMPLOYMENT",
    "VIEC_LAM,           0,    false, EMPLOYMENT",
    "NGUOI_PHU_THUOC,    50,   false, EMPLOYMENT",
    "NGUOI_PHU_THUOC,    50.1, true,  EMPLOYMENT",
    "DINH_DUONG,         1,    true,  HEALTH",
    "DINH_DUONG,         0,    false, HEALTH",
    "BAO_HIEM_Y_TE,      1,    true,  HEALTH",
    "BAO_HIEM_Y_TE,      0,    false, HEALTH",
    "TRINH_DO_GIAO_DUC,  1,    true,  EDUCATION",
    "TRINH_DO_GIAO_DUC,  0,    false, EDUCATION",
    "TRE_EM_DI_HOC,      1,    true,  EDUCATION",
    "TRE_EM_DI_HOC,      0,    false, EDUCATION",
    "CHAT_LUONG_NHA,     2,    true,  HOUSING",
    "CHAT_LUONG_NHA,     1,    false, HOUSING",
    "DIEN_TICH_NHA,      8,    false, HOUSING",
    "DIEN_TICH_NHA,      7.9,  true,  HOUSING",
    "NUOC_SINH_HOAT,     0,    true,  WATER_SANITATION",
    "NUOC_SINH_HOAT,     1,    false, WATER_SANITATION",
    "NHA_TIEU,           0,    true,  WATER_SANITATION",
    "NHA_TIEU,           1,    false, WATER_SANITATION",
    "DICH_VU_VIEN_THONG, 0,    true,  INFORMATION",
    "DICH_VU_VIEN_THONG, 1,    false, INFORMATION",
    "TIEP_CAN_THONG_TIN, 0,    true,  INFORMATION",
    "TIEP_CAN_THONG_TIN, 1,    false, INFORMATION",
  })
  void eachIndicatorAtItsThreshold(
      String indicator, String answer, boolean deprived, String dimension) {
    Classification result =
        classify(standard2022, AreaType.RURAL, 1_000_000, with(indicator, answer));
    assertEquals(
        deprived ? List.of(new Deprivation(indicator, dimension)) : List.of(),
        result.deprivations());
    assertEquals(PovertyStatus.NEAR_POOR, result.status());
  }

  static Stream<Arguments> boundaries() {
    Map<String, BigDecimal> three = with("VIEC_LAM", "1", "BAO_HIEM_Y_TE", "2", "NHA_TIEU", "0");
    Map<String, BigDecimal> two = with("VIEC_LAM", "1", "BAO_HIEM_Y_TE", "2");
    Map<String, BigDecimal> none = notDeprived();
    return Stream.of(
        // 2022–2025: rural 1,500,000 / 2,250,000; urban 2,000,000 / 3,000,000
        Arguments.of("2022", AreaType.RURAL, 1_500_000L, three, PovertyStatus.POOR),
        Arguments.of("2022", AreaType.RURAL, 1_500_000L, two, PovertyStatus.NEAR_POOR),
        Arguments.of("2022", AreaType.RURAL, 1_500_000L, none, PovertyStatus.NEAR_POOR),
        Arguments.of("2022", AreaType.RURAL, 1_500_001L, three, PovertyStatus.AVERAGE),
        Arguments.of("2022", AreaType.RURAL, 2_250_000L, three, PovertyStatus.AVERAGE),
        Arguments.of("2022", AreaType.RURAL, 2_250_001L, three, PovertyStatus.NONE),
        Arguments.of("2022", AreaType.RURAL, 0L, three, PovertyStatus.POOR),
        Arguments.of("2022", AreaType.URBAN, 1_500_001L, three, PovertyStatus.POOR),
        Arguments.of("2022", AreaType.URBAN, 2_000_000L, three, PovertyStatus.POOR),
        Arguments.of("2022", AreaType.URBAN, 2_000_000L, two, PovertyStatus.NEAR_POOR),
        Arguments.of("2022", AreaType.URBAN, 2_000_001L, three, PovertyStatus.AVERAGE),
        Arguments.of("2022", AreaType.URBAN, 3_000_000L, none, PovertyStatus.AVERAGE),
        Arguments.of("2022", AreaType.URBAN, 3_000_001L, none, PovertyStatus.NONE),
        // 2027–2030: rural 2,200,000 / 3,300,000; urban 2,800,000 / 4,200,000
        Arguments.of("2027", AreaType.RURAL, 2_200_000L, three, PovertyStatus.POOR),
        Arguments.of("2027", AreaType.RURAL, 2_200_000L, two, PovertyStatus.NEAR_POOR),
        Arguments.of("2027", AreaType.RURAL, 2_200_001L, three, PovertyStatus.AVERAGE),
        Arguments.of("2027", AreaType.RURAL, 3_300_000L, none, PovertyStatus.AVERAGE),
        Arguments.of("2027", AreaType.RURAL, 3_300_001L, none, PovertyStatus.NONE),
        Arguments.of("2027", AreaType.URBAN, 2_800_000L, three, PovertyStatus.POOR),
        Arguments.of("2027", AreaType.URBAN, 2_800_001L, two, PovertyStatus.AVERAGE),
        Arguments.of("2027", AreaType.URBAN, 4_200_000L, none, PovertyStatus.AVERAGE),
        Arguments.of("2027", AreaType.URBAN, 4_200_001L, none, PovertyStatus.NONE));
  }

  @ParameterizedTest(name = "{0} {1} income {2} -> {4}")
  @MethodSource("boundaries")
  void linesAndDeprivationCount(
      String standard,
      AreaType area,
      long income,
      Map<String, BigDecimal> answers,
      PovertyStatus expected) {
    PovertyStandard applied = standard.equals("2022") ? standard2022 : standard2027;
    assertEquals(expected, classify(applied, area, income, answers).status());
  }

  @Test
  void theLinesAreReadFromTheSeeds() {
    assertEquals(1_500_000, standard2022.povertyLine(AreaType.RURAL));
    assertEquals(2_000_000, standard2022.povertyLine(AreaType.URBAN));
    assertEquals(2_200_000, standard2027.povertyLine(AreaType.RURAL));
    assertEquals(2_800_000, standard2027.povertyLine(AreaType.URBAN));
  }

  @Test
  void aMissingAnswerIsRefusedNamingIt() {
    Map<String, BigDecimal> answers = notDeprived();
    answers.remove("NHA_TIEU");
    UserFacingException refused =
        assertThrows(
            UserFacingException.class,
            () -> classify(standard2022, AreaType.RURAL, 1_000_000, answers));
    assertEquals("standard.answersMissing", refused.messageKey());
    assertEquals(List.of("NHA_TIEU"), List.of(refused.arguments()));
  }

  @Test
  void anUnknownCodeIsRefusedNamingIt() {
    Map<String, BigDecimal> answers = with("XE_MAY", "1");
    UserFacingException refused =
        assertThrows(
            UserFacingException.class,
            () -> classify(standard2022, AreaType.RURAL, 1_000_000, answers));
    assertEquals("standard.answerUnknown", refused.messageKey());
    assertEquals(List.of("XE_MAY"), List.of(refused.arguments()));
  }

  @ParameterizedTest(name = "{0} = {1} is refused")
  @CsvSource({
    "NUOC_SINH_HOAT, 2",
    "NHA_TIEU, 0.5",
    "VIEC_LAM, 1.5",
    "TRE_EM_DI_HOC, -1",
    "DIEN_TICH_NHA, -0.1",
  })
  void anAnswerTheIndicatorCannotTakeIsRefused(String indicator, String answer) {
    UserFacingException refused =
        assertThrows(
            UserFacingException.class,
            () -> classify(standard2022, AreaType.RURAL, 1_000_000, with(indicator, answer)));
    assertEquals("standard.answerInvalid", refused.messageKey());
    assertEquals(indicator, refused.arguments()[0]);
  }

  @Test
  void aWholeCountWrittenWithDecimalsIsTaken() {
    Classification result =
        classify(standard2022, AreaType.RURAL, 1_000_000, with("VIEC_LAM", "2.00"));
    assertEquals(List.of(new Deprivation("VIEC_LAM", "EMPLOYMENT")), result.deprivations());
  }

  @Test
  void deprivationsAreListedInTheStandardsOrder() {
    Classification result =
        classify(
            standard2022,
            AreaType.RURAL,
            1_000_000,
            with("TIEP_CAN_THONG_TIN", "0", "VIEC_LAM", "3", "CHAT_LUONG_NHA", "3"));
    assertEquals(PovertyStatus.POOR, result.status());
    assertEquals("VIEC_LAM,CHAT_LUONG_NHA,TIEP_CAN_THONG_TIN", result.deprivationCodes());
  }
}
