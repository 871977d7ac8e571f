package vn.giamngheo.domain.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel template of the household import: the sheet to fill, headed by the columns, every cell
 * formatted as text (ID numbers keep their leading zero), lists to pick from where a column takes
 * few values; and the sheet "Hướng dẫn" explaining each column and naming the commune's villages.
 */
public final class ImportTemplate {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String FILE_NAME = "mau-nhap-so-ho.xlsx";
  public static final String DATA_SHEET = "Sổ hộ";
  private static final int ROWS = 2000;

  private ImportTemplate() {}

  public static byte[] write(ImportColumns columns, Collection<String> villages) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      DataFormat format = workbook.createDataFormat();
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(format.getFormat("@"));
      CellStyle wrap = workbook.createCellStyle();
      wrap.setWrapText(true);

      Sheet sheet = workbook.createSheet(DATA_SHEET);
      Row head = sheet.createRow(0);
      int c = 0;
      for (ImportColumn column : columns.all()) {
        var cell = head.createCell(c);
        cell.setCellValue(column.header());
        cell.setCellStyle(header);
        sheet.setDefaultColumnStyle(c, text);
        sheet.setColumnWidth(c, Math.min(60, Math.max(12, column.header().length() + 2)) * 256);
        c++;
      }
      sheet.createFreezePane(0, 1);
      DataValidationHelper helper = sheet.getDataValidationHelper();
      c = 0;
      for (ImportColumn column : columns.all()) {
        String[] choices = choices(column);
        if (choices != null) {
          DataValidation validation =
              helper.createValidation(
                  helper.createExplicitListConstraint(choices),
                  new CellRangeAddressList(1, ROWS, c, c));
          validation.setShowErrorBox(true);
          sheet.addValidationData(validation);
        }
        c++;
      }

      Sheet guide = workbook.createSheet(SpreadsheetReader.GUIDE_SHEET);
      int r = 0;
      Row title = guide.createRow(r++);
      title.createCell(0).setCellValue("Hướng dẫn nhập sổ hộ");
      title.getCell(0).setCellStyle(header);
      for (String line :
          new String[] {
            "Mỗi dòng là một người. Các cột của hộ ghi ở dòng đầu của hộ, dòng đầu là chủ hộ;"
                + " các dòng tiếp theo của hộ để trống cột Mã hộ hoặc ghi lại cùng mã.",
            "Tệp có bất kỳ lỗi nào thì không hộ nào được nhập; sửa các lỗi theo dòng và cột rồi"
                + " tải lên lại.",
            "Không dùng công thức trong ô. Có thể lưu thành CSV (UTF-8) với cùng tiêu đề cột.",
            "Kích thước tệp tối đa: " + SpreadsheetReader.MAX_BYTES / (1024 * 1024) + " MB."
          }) {
        guide.createRow(r++).createCell(0).setCellValue(line);
      }
      r++;
      Row columnsHead = guide.createRow(r++);
      String[] titles = {"Cột", "Của", "Bắt buộc", "Cách ghi", "Ví dụ"};
      for (int i = 0; i < titles.length; i++) {
        columnsHead.createCell(i).setCellValue(titles[i]);
        columnsHead.getCell(i).setCellStyle(header);
      }
      for (ImportColumn column : columns.all()) {
        Row row = guide.createRow(r++);
        row.createCell(0).setCellValue(column.header());
        row.createCell(1)
            .setCellValue(column.part() == ImportColumn.Part.HOUSEHOLD ? "Hộ" : "Người");
        row.createCell(2).setCellValue(column.required() ? "Có" : "");
        row.createCell(3).setCellValue(column.hint());
        row.getCell(3).setCellStyle(wrap);
        row.createCell(4).setCellValue(column.example());
      }
      r++;
      guide.createRow(r++).createCell(0).setCellValue("Thôn, bản của xã");
      guide.getRow(r - 1).getCell(0).setCellStyle(header);
      for (String village : villages) {
        guide.createRow(r++).createCell(0).setCellValue(village);
      }
      guide.setColumnWidth(0, 40 * 256);
      guide.setColumnWidth(1, 8 * 256);
      guide.setColumnWidth(2, 10 * 256);
      guide.setColumnWidth(3, 80 * 256);
      guide.setColumnWidth(4, 16 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] choices(ImportColumn column) {
    return switch (column.key()) {
      case ImportColumns.AREA -> new String[] {ImportColumns.RURAL, ImportColumns.URBAN};
      case ImportColumns.SEX -> new String[] {ImportColumns.MALE, ImportColumns.FEMALE};
      case ImportColumns.HEALTH_INSURED -> new String[] {ImportColumns.YES, ImportColumns.NO};
      case ImportColumns.PREVIOUS_STATUS ->
          new String[] {ImportColumns.POOR, ImportColumns.NEAR_POOR};
      default ->
          column.isIndicator()
                  && column.indicator().getAnswerKind()
                      == vn.giamngheo.domain.standard.AnswerKind.YES_NO
              ? new String[] {ImportColumns.YES, ImportColumns.NO}
              : null;
    };
  }
}
