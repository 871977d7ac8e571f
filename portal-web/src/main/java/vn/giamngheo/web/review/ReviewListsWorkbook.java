package vn.giamngheo.web.review;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.domain.review.ListedHousehold;
import vn.giamngheo.domain.standard.PovertyStatus;

/** A commune's recognised lists of a year as Excel: one sheet each for poor, near-poor, escaped. */
public final class ReviewListsWorkbook {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final List<String> COLUMNS =
      List.of(
          "TT",
          "Mã hộ",
          "Họ và tên chủ hộ",
          "Thôn",
          "Địa chỉ",
          "Dân tộc",
          "Chỉ số thiếu hụt",
          "Năm trước");

  private ReviewListsWorkbook() {}

  public static String fileName(String communeCode, int year) {
    return "danh-sach-ho-ngheo-" + communeCode + "-" + year + ".xlsx";
  }

  public static void write(
      String title, List<ListedHousehold> list, Map<Long, String> villages, OutputStream out)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle heading = workbook.createCellStyle();
      heading.setFont(bold);
      sheet(
          workbook,
          heading,
          "Hộ nghèo",
          title,
          list,
          h -> h.status() == PovertyStatus.POOR,
          villages);
      sheet(
          workbook,
          heading,
          "Hộ cận nghèo",
          title,
          list,
          h -> h.status() == PovertyStatus.NEAR_POOR,
          villages);
      sheet(workbook, heading, "Thoát nghèo", title, list, h -> !h.status().isListed(), villages);
      workbook.write(out);
    }
  }

  private static void sheet(
      XSSFWorkbook workbook,
      CellStyle heading,
      String name,
      String title,
      List<ListedHousehold> list,
      Predicate<ListedHousehold> which,
      Map<Long, String> villages) {
    Sheet sheet = workbook.createSheet(name);
    Row top = sheet.createRow(0);
    top.createCell(0).setCellValue(title + " — " + name);
    top.getCell(0).setCellStyle(heading);
    Row header = sheet.createRow(2);
    for (int c = 0; c < COLUMNS.size(); c++) {
      header.createCell(c).setCellValue(COLUMNS.get(c));
      header.getCell(c).setCellStyle(heading);
    }
    int r = 3;
    for (ListedHousehold h : list.stream().filter(which).toList()) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(r - 2);
      row.createCell(1).setCellValue(h.code());
      row.createCell(2).setCellValue(h.headName());
      row.createCell(3).setCellValue(villages.getOrDefault(h.villageId(), ""));
      row.createCell(4).setCellValue(h.address());
      row.createCell(5).setCellValue(h.ethnicity());
      row.createCell(6).setCellValue(h.deprivations());
      row.createCell(7).setCellValue(ReviewListPdf.statusWords(h.before()));
      r++;
    }
    int[] widths = {5, 12, 30, 20, 30, 12, 40, 24};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
  }
}
