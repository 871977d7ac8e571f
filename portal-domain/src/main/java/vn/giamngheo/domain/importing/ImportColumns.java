package vn.giamngheo.domain.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.domain.importing.ImportColumn.Part;
import vn.giamngheo.domain.standard.AnswerKind;
import vn.giamngheo.domain.standard.DeprivationIndicator;

/**
 * The columns of the household import file, in the template's order: the one definition the
 * template, the reader and the error messages all use. The deprivation columns are those of the
 * poverty standard in force, one per indicator, headed by the indicator's name.
 */
public final class ImportColumns {
  public static final String CODE = "CODE";
  public static final String VILLAGE = "VILLAGE";
  public static final String ADDRESS = "ADDRESS";
  public static final String AREA = "AREA";
  public static final String INCOME = "INCOME";
  public static final String PREVIOUS_STATUS = "PREVIOUS_STATUS";
  public static final String PREVIOUS_YEAR = "PREVIOUS_YEAR";
  public static final String NAME = "NAME";
  public static final String BIRTH_DATE = "BIRTH_DATE";
  public static final String SEX = "SEX";
  public static final String ETHNICITY = "ETHNICITY";
  public static final String RELATION = "RELATION";
  public static final String ID_NUMBER = "ID_NUMBER";
  public static final String HEALTH_INSURED = "HEALTH_INSURED";
  public static final String SCHOOLING = "SCHOOLING";
  public static final String OCCUPATION = "OCCUPATION";

  /** What the relation column says of the household's head. */
  public static final String HEAD = "Chủ hộ";

  public static final String RURAL = "Nông thôn";
  public static final String URBAN = "Thành thị";
  public static final String POOR = "Nghèo";
  public static final String NEAR_POOR = "Cận nghèo";
  public static final String MALE = "Nam";
  public static final String FEMALE = "Nữ";
  public static final String YES = "Có";
  public static final String NO = "Không";
  public static final String DATE_PATTERN = "dd/MM/yyyy";

  private final List<ImportColumn> columns;
  private final Map<String, ImportColumn> byKey = new LinkedHashMap<>();
  private final Map<String, ImportColumn> byFoldedHeader = new LinkedHashMap<>();

  private ImportColumns(List<ImportColumn> columns) {
    this.columns = List.copyOf(columns);
    for (ImportColumn column : columns) {
      byKey.put(column.key(), column);
      byFoldedHeader.put(Folding.fold(column.header()), column);
    }
  }

  /** The columns for a standard with {@code indicators}, in the standard's order. */
  public static ImportColumns of(List<DeprivationIndicator> indicators) {
    List<ImportColumn> columns = new ArrayList<>();
    columns.add(household(CODE, "Mã hộ", "Household code", true, hintCode(), "CC-001"));
    columns.add(
        household(
            VILLAGE,
            "Thôn",
            "Village",
            true,
            "Tên thôn, bản của xã như trong trang \"Thôn, bản\" (không phân biệt dấu, chữ hoa).",
            "Thôn 1"));
    columns.add(household(ADDRESS, "Địa chỉ", "Address", false, "Số nhà, xóm.", "Xóm Đồng"));
    columns.add(household(AREA, "Khu vực", "Area", true, RURAL + " hoặc " + URBAN + ".", RURAL));
    columns.add(
        household(
            INCOME,
            "Thu nhập bình quân (đồng/người/tháng)",
            "Income (VND per person per month)",
            false,
            "Số đồng, không âm; có thể viết 1.500.000.",
            "1.200.000"));
    for (DeprivationIndicator indicator : indicators) {
      columns.add(
          new ImportColumn(
              indicator.getCode(),
              indicator.getNameVi(),
              indicator.getNameEn(),
              Part.HOUSEHOLD,
              false,
              indicator.getQuestionVi() + ". " + answerHint(indicator.getAnswerKind()),
              indicator.getAnswerKind() == AnswerKind.YES_NO ? NO : "0",
              indicator));
    }
    columns.add(
        household(
            PREVIOUS_STATUS,
            "Tình trạng năm trước",
            "Last year's list",
            false,
            POOR + ", " + NEAR_POOR + " hoặc để trống khi hộ không thuộc danh sách nào.",
            POOR));
    columns.add(
        household(
            PREVIOUS_YEAR,
            "Năm",
            "Year",
            false,
            "Năm của danh sách hộ nghèo, cận nghèo (bắt buộc khi có tình trạng).",
            "2024"));
    columns.add(person(NAME, "Họ và tên", "Full name", true, "Họ và tên đầy đủ.", "Lê Văn An"));
    columns.add(
        person(
            BIRTH_DATE,
            "Ngày sinh",
            "Date of birth",
            false,
            "Ngày/tháng/năm, ví dụ 05/03/1980.",
            "05/03/1980"));
    columns.add(person(SEX, "Giới tính", "Sex", true, MALE + " hoặc " + FEMALE + ".", MALE));
    columns.add(person(ETHNICITY, "Dân tộc", "Ethnicity", false, "Ví dụ Kinh, Mường.", "Mường"));
    columns.add(
        person(
            RELATION,
            "Quan hệ với chủ hộ",
            "Relation to the head",
            true,
            "\""
                + HEAD
                + "\" ở dòng đầu của hộ (mỗi hộ đúng một chủ hộ); các người khác: Vợ, Chồng, Con...",
            HEAD));
    columns.add(
        person(
            ID_NUMBER,
            "Số CCCD",
            "ID number",
            false,
            "12 chữ số (hoặc 9 chữ số của CMND cũ); mỗi người chỉ có trong sổ hộ của một xã.",
            "038080001234"));
    columns.add(
        person(
            HEALTH_INSURED,
            "BHYT",
            "Health insurance",
            false,
            YES + " hoặc " + NO + " (để trống là " + NO + ").",
            YES));
    columns.add(
        person(SCHOOLING, "Trình độ học vấn", "Schooling", false, "Ví dụ 9/12, Đại học.", "9/12"));
    columns.add(
        person(OCCUPATION, "Nghề nghiệp", "Occupation", false, "Ví dụ Làm ruộng.", "Làm ruộng"));
    return new ImportColumns(columns);
  }

  private static String hintCode() {
    return "Mã hộ của xã, không trùng với hộ khác trong tệp hay trong sổ hộ. Ghi ở dòng đầu của hộ"
        + " (cùng các cột của hộ); các dòng sau của hộ để trống hoặc ghi lại cùng mã.";
  }

  private static String answerHint(AnswerKind kind) {
    return switch (kind) {
      case YES_NO -> YES + " hoặc " + NO + " (hoặc 1/0).";
      case COUNT -> "Số nguyên không âm.";
      case NUMBER -> "Số không âm, phần thập phân sau dấu phẩy hoặc dấu chấm.";
    };
  }

  private static ImportColumn household(
      String key, String header, String headerEn, boolean required, String hint, String example) {
    return new ImportColumn(key, header, headerEn, Part.HOUSEHOLD, required, hint, example, null);
  }

  private static ImportColumn person(
      String key, String header, String headerEn, boolean required, String hint, String example) {
    return new ImportColumn(key, header, headerEn, Part.PERSON, required, hint, example, null);
  }

  public List<ImportColumn> all() {
    return Collections.unmodifiableList(columns);
  }

  public ImportColumn get(String key) {
    ImportColumn column = byKey.get(key);
    if (column == null) {
      throw new IllegalArgumentException("no column " + key);
    }
    return column;
  }

  /** The column a file's header names, whatever its case and diacritics. */
  public Optional<ImportColumn> byHeader(String header) {
    return Optional.ofNullable(byFoldedHeader.get(Folding.fold(header)));
  }

  public List<ImportColumn> indicators() {
    return columns.stream().filter(ImportColumn::isIndicator).toList();
  }

  /** The header line of a CSV file, UTF-8, comma-separated. */
  public String csvHeader() {
    StringBuilder line = new StringBuilder();
    for (ImportColumn column : columns) {
      if (line.length() > 0) {
        line.append(',');
      }
      line.append(Csv.quote(column.header()));
    }
    return line.toString();
  }
}
