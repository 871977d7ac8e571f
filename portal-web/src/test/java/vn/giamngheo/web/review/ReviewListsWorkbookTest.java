package vn.giamngheo.web.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.review.ListedHousehold;
import vn.giamngheo.domain.standard.PovertyStatus;

/** The year's lists put each household on the sheet of its list, escaped ones on their own. */
class ReviewListsWorkbookTest {
  private static ListedHousehold household(String code, PovertyStatus now, PovertyStatus before) {
    return new ListedHousehold(1, code, "Chủ hộ " + code, "", "Mường", 7, now, "VIEC_LAM", before);
  }

  @Test
  void eachListHasItsSheetWithTheHouseholdsOnIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReviewListsWorkbook.write(
        "Danh sách năm 2025",
        List.of(
            household("H1", PovertyStatus.POOR, PovertyStatus.POOR),
            household("H2", PovertyStatus.NEAR_POOR, null),
            household("H3", PovertyStatus.AVERAGE, PovertyStatus.POOR)),
        Map.of(7L, "Thôn Đồng"),
        out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(3, workbook.getNumberOfSheets());
      assertEquals(List.of("H1"), codes(workbook.getSheet("Hộ nghèo")));
      assertEquals(List.of("H2"), codes(workbook.getSheet("Hộ cận nghèo")));
      Sheet escaped = workbook.getSheet("Thoát nghèo");
      assertEquals(List.of("H3"), codes(escaped));
      assertEquals("Thôn Đồng", escaped.getRow(3).getCell(3).getStringCellValue());
      assertEquals("Hộ nghèo", escaped.getRow(3).getCell(7).getStringCellValue());
    }
  }

  private static List<String> codes(Sheet sheet) {
    return java.util.stream.IntStream.rangeClosed(3, sheet.getLastRowNum())
        .mapToObj(r -> sheet.getRow(r).getCell(1).getStringCellValue())
        .toList();
  }
}
