package vn.giamngheo.domain.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.household.HouseholdMember.Sex;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.domain.standard.StandardReader;
import vn.giamngheo.tenancy.UserFacingException;

class HouseholdFileCheckerTest {
  static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  static final ImportColumns COLUMNS = ImportColumns.of(standard().indicators());
  static final Map<String, Long> VILLAGES = Map.of("Thôn 1", 11L, "Thôn Đồng Tâm", 12L);

  static PovertyStandard standard() {
    try (InputStream json =
        HouseholdFileCheckerTest.class.getResourceAsStream(StandardReader.STANDARD_2022_2025)) {
      return StandardReader.read(1, json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A row by column key; what is not named stays empty. */
  static Map<String, String> row(String... keysAndValues) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  static Map<String, String> head(String code, String name, String id) {
    return row(
        ImportColumns.CODE,
        code,
        ImportColumns.VILLAGE,
        "thon 1",
        ImportColumns.AREA,
        "Nông thôn",
        ImportColumns.INCOME,
        "1.200.000",
        "BAO_HIEM_Y_TE",
        "1",
        "NUOC_SINH_HOAT",
        "Có",
        ImportColumns.NAME,
        name,
        ImportColumns.BIRTH_DATE,
        "05/03/1980",
        ImportColumns.SEX,
        "Nam",
        ImportColumns.RELATION,
        "Chủ hộ",
        ImportColumns.ID_NUMBER,
        id,
        ImportColumns.HEALTH_INSURED,
        "Có");
  }

  static Map<String, String> member(String name, String relation, String id) {
    return row(
        ImportColumns.NAME, name,
        ImportColumns.BIRTH_DATE, "1/2/2010",
        ImportColumns.SEX, "Nữ",
        ImportColumns.RELATION, relation,
        ImportColumns.ID_NUMBER, id);
  }

  static byte[] csv(List<Map<String, String>> rows) {
    StringBuilder text = new StringBuilder(COLUMNS.csvHeader()).append("\r\n");
    for (Map<String, String> row : rows) {
      text.append(
              COLUMNS.all().stream()
                  .map(c -> Csv.quote(row.getOrDefault(c.key(), "")))
                  .collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static CheckedFile check(byte[] file) {
    return new HouseholdFileChecker(COLUMNS, VILLAGES, TODAY)
        .check(SpreadsheetReader.read(file), rows -> {});
  }

  static List<String> errors(CheckedFile checked) {
    return checked.errors().stream()
        .map(e -> e.row() + " " + e.column() + " " + e.messageKey())
        .toList();
  }

  @Test
  void aGoodFileIsReadWhole() {
    Map<String, String> first = head("CC-001", "Lê Văn An", "038080001234");
    first.put(ImportColumns.PREVIOUS_STATUS, "Nghèo");
    first.put(ImportColumns.PREVIOUS_YEAR, "2024");
    first.put("DIEN_TICH_NHA", "7,5");
    Map<String, String> second = head("CC-002", "Phạm Thị Bình", "");
    second.put(ImportColumns.VILLAGE, "THÔN ĐỒNG TÂM");
    second.put(ImportColumns.AREA, "Thành thị");
    second.put(ImportColumns.SEX, "Nữ");
    Map<String, String> repeatedCode = member("Lê Thị Cúc", "Vợ", "038180001235");
    repeatedCode.put(ImportColumns.CODE, "CC-001");

    CheckedFile checked =
        check(
            csv(
                List.of(
                    first,
                    repeatedCode,
                    member("Lê Văn Dũng", "Con", ""),
                    second,
                    member("Phạm Văn Em", "Con", "038210001236"))));

    assertEquals(List.of(), errors(checked));
    assertEquals(5, checked.rows());
    assertEquals(2, checked.households().size());
    assertEquals(5, checked.people());
    ImportedHousehold an = checked.households().get(0);
    assertEquals("CC-001", an.code());
    assertEquals(2, an.row());
    assertEquals(11L, an.villageId());
    assertEquals(AreaType.RURAL, an.areaType());
    assertEquals(1_200_000L, an.income());
    assertEquals(new BigDecimal("7.5"), an.answers().get("DIEN_TICH_NHA"));
    assertEquals(BigDecimal.ONE, an.answers().get("NUOC_SINH_HOAT"));
    assertEquals(PovertyStatus.POOR, an.previousStatus());
    assertEquals(2024, an.previousYear());
    assertEquals(
        List.of("Lê Văn An", "Lê Thị Cúc", "Lê Văn Dũng"),
        an.members().stream().map(m -> m.person().fullName()).toList());
    assertEquals(LocalDate.of(1980, 3, 5), an.head().birthDate());
    assertTrue(an.head().healthInsured());
    assertEquals("038180001235", an.members().get(1).person().idNumber());
    assertEquals(LocalDate.of(2010, 2, 1), an.members().get(2).person().birthDate());
    ImportedHousehold binh = checked.households().get(1);
    assertEquals(12L, binh.villageId());
    assertEquals(AreaType.URBAN, binh.areaType());
    assertEquals(Sex.FEMALE, binh.head().sex());
    assertNull(binh.head().idNumber());
    assertNull(binh.previousStatus());
  }

  @Test
  void everyBadCellIsReportedWithItsRowAndColumn() {
    Map<String, String> badHousehold = head("CC-002", "Trần Văn Bốn", "038080001240");
    badHousehold.put(ImportColumns.VILLAGE, "Thôn 9");
    badHousehold.put(ImportColumns.AREA, "Miền núi");
    badHousehold.put(ImportColumns.INCOME, "nhiều");
    badHousehold.put("NUOC_SINH_HOAT", "Chưa rõ");
    badHousehold.put(ImportColumns.PREVIOUS_STATUS, "Nghèo");
    Map<String, String> duplicateCode = head("CC-001", "Hồ Văn Sáu", "038080001250");

    CheckedFile checked =
        check(
            csv(
                List.of(
                    head("CC-001", "Lê Văn An", "038080001234"), // row 2: good
                    member("Lê Thị Cúc", "Vợ", "12345"), // 3: bad ID number
                    member("", "Con", "038080001234"), // 4: no name, ID repeated
                    badHousehold, // 5
                    member("Trần Thị Năm", "Chủ hộ", ""), // 6: a second head of CC-002
                    row(
                        ImportColumns.NAME,
                        "Trần Văn Bảy",
                        ImportColumns.BIRTH_DATE,
                        "31/02/2001",
                        ImportColumns.SEX,
                        "X",
                        ImportColumns.RELATION,
                        "Con",
                        ImportColumns.HEALTH_INSURED,
                        "Chắc"), // 7: bad date, sex, yes/no
                    duplicateCode))); // 8

    assertEquals(
        List.of(
            "3 Số CCCD import.error.idNumber",
            "4 Họ và tên import.error.required",
            "4 Số CCCD import.error.idDuplicateInFile",
            "5 Thôn import.error.villageUnknown",
            "5 Khu vực import.error.area",
            "5 Thu nhập bình quân (đồng/người/tháng) import.error.wholeNumber",
            "5 Nguồn nước sinh hoạt import.error.yesNo",
            "5 Năm import.error.required",
            "5 Quan hệ với chủ hộ import.error.headCount",
            "7 Ngày sinh import.error.date",
            "7 Giới tính import.error.sex",
            "7 BHYT import.error.yesNo",
            "8 Mã hộ import.error.codeDuplicateInFile"),
        errors(checked));
    assertEquals(List.of(), checked.households(), "a file with errors imports nothing");
    ImportError duplicate = checked.errors().get(2);
    assertEquals(List.of("038080001234", 2), duplicate.arguments());
  }

  @Test
  void aHouseholdWhoseHeadIsNotFirstIsRefused() {
    Map<String, String> first = head("CC-001", "Lê Thị Cúc", "");
    first.put(ImportColumns.RELATION, "Vợ");
    CheckedFile checked = check(csv(List.of(first, member("Lê Văn An", "Chủ hộ", ""))));
    assertEquals(List.of("2 Quan hệ với chủ hộ import.error.headNotFirst"), errors(checked));
  }

  @Test
  void wrongColumnsAreReportedBeforeAnyRow() {
    String file =
        "Mã hộ,Thôn,Khu vực,Họ và tên,Giới tính,Điện thoại\r\n"
            + "CC-001,Thôn 9,Nông thôn,Lê Văn An,X,0912\r\n";
    CheckedFile checked = check(file.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of("1 Điện thoại import.header.unknown", "1 Quan hệ với chủ hộ import.header.missing"),
        errors(checked));
    assertEquals(0, checked.rows());
  }

  @Test
  void csvMayCarryAByteOrderMarkAndSemicolons() {
    String file =
        "\uFEFFMã hộ;Thôn;Khu vực;Họ và tên;Giới tính;Quan hệ với chủ hộ\r\n"
            + "CC-001;Thôn 1;Nông thôn;\"Lê Văn An; con ông Ba\";Nam;Chủ hộ\r\n";
    CheckedFile checked = check(file.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), errors(checked));
    assertEquals("Lê Văn An; con ông Ba", checked.households().get(0).head().fullName());
  }

  @Test
  void filesThatAreNotSpreadsheetsAreRefusedWithTheirReason() {
    byte[] latin1 = "Mã hộ,Thôn\r\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("import.file.notUtf8", refusal(latin1));
    byte[] junk = new byte[600];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 37);
    }
    assertEquals("import.file.notSpreadsheet", refusal(junk));
    assertEquals(
        "import.file.notSpreadsheet",
        refusal(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8}));
    assertEquals("import.file.empty", refusal(new byte[0]));
    assertEquals("import.file.tooLarge", refusal(new byte[SpreadsheetReader.MAX_BYTES + 1]));
  }

  private static String refusal(byte[] file) {
    return assertThrows(UserFacingException.class, () -> check(file)).messageKey();
  }

  @Test
  void anExcelFileIsReadLikeTheTemplateAndFormulasAreRefused() throws IOException {
    byte[] template = ImportTemplate.write(COLUMNS, VILLAGES.keySet());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      assertEquals(ImportTemplate.DATA_SHEET, workbook.getSheetAt(0).getSheetName());
      assertEquals(SpreadsheetReader.GUIDE_SHEET, workbook.getSheetAt(1).getSheetName());
      Sheet sheet = workbook.getSheetAt(0);
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertEquals(COLUMNS.all().stream().map(ImportColumn::header).toList(), headers);
      Map<String, String> good = head("CC-001", "Lê Văn An", "038080001234");
      Map<String, String> formula = head("CC-002", "Lê Văn Hai", "038080001299");
      fill(sheet.createRow(1), good);
      Row withFormula = sheet.createRow(2);
      fill(withFormula, formula);
      int income = COLUMNS.all().indexOf(COLUMNS.get(ImportColumns.INCOME));
      withFormula.getCell(income).setCellFormula("1000*1000");
      workbook.write(out);

      CheckedFile checked = check(out.toByteArray());
      assertEquals(
          List.of("3 Thu nhập bình quân (đồng/người/tháng) import.error.formula"), errors(checked));
      assertFalse(checked.isValid());
    }
  }

  private static void fill(Row row, Map<String, String> values) {
    List<ImportColumn> all = COLUMNS.all();
    for (int i = 0; i < all.size(); i++) {
      row.createCell(i).setCellValue(values.getOrDefault(all.get(i).key(), ""));
    }
  }

  @Test
  void numbersAreReadAsPeopleWriteThem() {
    assertEquals(new BigDecimal("1500000"), HouseholdFileChecker.number("1.500.000", true));
    assertEquals(new BigDecimal("1500000"), HouseholdFileChecker.number("1,500,000", false));
    assertEquals(new BigDecimal("1500"), HouseholdFileChecker.number("1.500", true));
    assertEquals(new BigDecimal("8.5"), HouseholdFileChecker.number("8,5", false));
    assertNull(HouseholdFileChecker.number("-3", true));
    assertNull(HouseholdFileChecker.number("abc", true));
  }
}
