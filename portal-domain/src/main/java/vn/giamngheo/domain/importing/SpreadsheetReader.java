package vn.giamngheo.domain.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * Reads an import file, Excel (.xlsx) or CSV (UTF-8, with or without a byte-order mark), into an
 * {@link ImportTable}; refuses, with a message the user understands, a file too large, empty, an
 * old .xls, text that is not UTF-8 and anything that is not a spreadsheet at all.
 */
public final class SpreadsheetReader {
  /** The largest file the portal reads: 20 MB. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  public static final String GUIDE_SHEET = "Hướng dẫn";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern(ImportColumns.DATE_PATTERN);

  private SpreadsheetReader() {}

  public static ImportTable read(byte[] file) {
    return read(file, MAX_BYTES);
  }

  /** Reads a file of at most {@code maxBytes} (the benchmark's files are larger than users'). */
  public static ImportTable read(byte[] file, int maxBytes) {
    if (file == null || file.length == 0) {
      throw new UserFacingException("import.file.empty");
    }
    if (file.length > maxBytes) {
      throw new UserFacingException("import.file.tooLarge", maxBytes / (1024 * 1024));
    }
    if (startsWith(file, 0x50, 0x4B, 0x03, 0x04)) {
      return readXlsx(file);
    }
    if (startsWith(file, 0xD0, 0xCF, 0x11, 0xE0)) {
      throw new UserFacingException("import.file.oldExcel");
    }
    if (looksBinary(file)) {
      throw new UserFacingException("import.file.notSpreadsheet");
    }
    return readCsv(file);
  }

  private static boolean startsWith(byte[] file, int... magic) {
    if (file.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((file[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** A NUL or other control characters in the first 8 KB: no text file holds them. */
  private static boolean looksBinary(byte[] file) {
    int end = Math.min(file.length, 8192);
    for (int i = 0; i < end; i++) {
      int b = file[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return true;
      }
    }
    return false;
  }

  static ImportTable readCsv(byte[] file) {
    int start = startsWith(file, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file, start, file.length - start))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UserFacingException("import.file.notUtf8");
    }
    List<List<String>> records = Csv.parse(text);
    if (records.isEmpty()) {
      throw new UserFacingException("import.file.empty");
    }
    List<ImportTable.Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<ImportTable.Cell> cells = new ArrayList<>();
      for (String field : records.get(r)) {
        cells.add(new ImportTable.Cell(field.strip(), false));
      }
      rows.add(new ImportTable.Row(r + 1, cells));
    }
    return new ImportTable(records.get(0).stream().map(String::strip).toList(), rows);
  }

  private static ImportTable readXlsx(byte[] file) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = dataSheet(workbook);
      Row headerRow = sheet.getRow(sheet.getFirstRowNum());
      if (headerRow == null) {
        throw new UserFacingException("import.file.empty");
      }
      List<String> headers = new ArrayList<>();
      for (int c = 0; c < headerRow.getLastCellNum(); c++) {
        headers.add(text(headerRow.getCell(c)).text().strip());
      }
      while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
        headers.remove(headers.size() - 1);
      }
      List<ImportTable.Row> rows = new ArrayList<>();
      for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        List<ImportTable.Cell> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(headers.size(), row.getLastCellNum()); c++) {
          cells.add(text(row.getCell(c)));
        }
        rows.add(new ImportTable.Row(r + 1, cells));
      }
      return new ImportTable(headers, rows);
    } catch (UserFacingException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UserFacingException("import.file.notSpreadsheet");
    }
  }

  private static Sheet dataSheet(Workbook workbook) {
    for (Sheet sheet : workbook) {
      if (!GUIDE_SHEET.equalsIgnoreCase(sheet.getSheetName().strip())) {
        return sheet;
      }
    }
    throw new UserFacingException("import.file.empty");
  }

  private static ImportTable.Cell text(Cell cell) {
    if (cell == null) {
      return ImportTable.Cell.EMPTY;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      return new ImportTable.Cell("=" + cell.getCellFormula(), true);
    }
    return switch (type) {
      case STRING -> new ImportTable.Cell(cell.getStringCellValue().strip(), false);
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? new ImportTable.Cell(cell.getLocalDateTimeCellValue().format(DATE), false)
              : new ImportTable.Cell(
                  BigDecimal.valueOf(cell.getNumericCellValue())
                      .stripTrailingZeros()
                      .toPlainString(),
                  false);
      case BOOLEAN ->
          new ImportTable.Cell(
              cell.getBooleanCellValue() ? ImportColumns.YES : ImportColumns.NO, false);
      case ERROR -> new ImportTable.Cell("#ERROR", false);
      default -> ImportTable.Cell.EMPTY;
    };
  }
}
