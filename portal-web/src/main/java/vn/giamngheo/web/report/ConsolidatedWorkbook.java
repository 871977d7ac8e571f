package vn.giamngheo.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.domain.report.Consolidation;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * A unit's consolidated figures as an Excel workbook: one sheet of indicators × the units below
 * (target, consolidated value, each unit's part), and one of the unit's own narrative.
 */
public final class ConsolidatedWorkbook {
  private ConsolidatedWorkbook() {}

  /** What the workbook shows besides the figures. */
  public record Heading(String title, String scope, List<String> columns, String narrativeSheet) {}

  public static void write(
      AdminUnit unit,
      Heading heading,
      List<Consolidation.Line> lines,
      Map<String, String> narrative,
      OutputStream out)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      bold.setFont(boldFont);
      CellStyle header = workbook.createCellStyle();
      header.cloneStyleFrom(bold);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);
      CellStyle number = workbook.createCellStyle();
      number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));

      Sheet figures = workbook.createSheet(unit.getCode());
      text(figures.createRow(0), 0, heading.title(), bold);
      text(figures.createRow(1), 0, heading.scope(), null);
      Row columns = figures.createRow(3);
      List<String> names = heading.columns();
      for (int c = 0; c < names.size(); c++) {
        text(columns, c, names.get(c), header);
      }
      List<AdminUnit> below =
          lines.isEmpty()
              ? List.of()
              : lines.get(0).parts().stream().map(Consolidation.Part::unit).toList();
      for (int c = 0; c < below.size(); c++) {
        text(columns, names.size() + c, below.get(c).getName(), header);
      }
      int r = 4;
      for (Consolidation.Line line : lines) {
        Row row = figures.createRow(r++);
        text(row, 0, line.indicator().getCode(), null);
        text(row, 1, line.indicator().getName(), null);
        text(row, 2, line.indicator().getMeasureUnit(), null);
        value(row, 3, line.target(), number);
        value(row, 4, line.value(), number);
        for (int c = 0; c < line.parts().size(); c++) {
          value(row, names.size() + c, line.parts().get(c).value(), number);
        }
      }
      figures.setColumnWidth(1, 60 * 256);
      figures.createFreezePane(3, 4);

      Sheet words = workbook.createSheet(heading.narrativeSheet());
      int w = 0;
      for (Map.Entry<String, String> part : narrative.entrySet()) {
        text(words.createRow(w++), 0, part.getKey(), bold);
        text(words.createRow(w++), 0, part.getValue(), null);
        w++;
      }
      words.setColumnWidth(0, 120 * 256);
      workbook.write(out);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void value(Row row, int column, BigDecimal value, CellStyle style) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(style);
  }
}
