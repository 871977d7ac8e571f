package vn.giamngheo.domain.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import vn.giamngheo.domain.household.HouseholdMember;
import vn.giamngheo.domain.household.HouseholdMember.Sex;
import vn.giamngheo.domain.household.IdNumbers;
import vn.giamngheo.domain.importing.ImportColumn.Part;
import vn.giamngheo.domain.standard.AnswerKind;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * Checks every row of an import file against the columns and the commune's villages, and makes the
 * households of a file without problems. What needs the register (codes and ID numbers already
 * there) is checked afterwards by {@link HouseholdImports}. Each problem names its row and column.
 */
public final class HouseholdFileChecker {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}([.,][0-9]{3})+");
  private static final Pattern PLAIN = Pattern.compile("[0-9]+([.,][0-9]+)?");
  private static final int PROGRESS_EVERY = 500;

  private final ImportColumns columns;
  private final Map<String, Long> villages = new HashMap<>();
  private final LocalDate today;

  /**
   * @param villages the commune's villages: name to id
   * @param today the day of the import: no birth in the future, no list after this year
   */
  public HouseholdFileChecker(ImportColumns columns, Map<String, Long> villages, LocalDate today) {
    this.columns = columns;
    villages.forEach((name, id) -> this.villages.put(Folding.fold(name), id));
    this.today = today;
  }

  public CheckedFile check(ImportTable table, IntConsumer rowsChecked) {
    List<ImportError> errors = new ArrayList<>();
    Map<String, Integer> index = headerIndex(table.headers(), errors);
    if (!errors.isEmpty()) {
      return new CheckedFile(0, List.of(), errors);
    }
    RowReader reader = new RowReader(index, errors);
    Map<String, Integer> codes = new HashMap<>();
    Map<String, Integer> idNumbers = new HashMap<>();
    List<HouseholdDraft> drafts = new ArrayList<>();
    HouseholdDraft current = null;
    int checked = 0;
    for (ImportTable.Row row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      reader.at(row);
      reader.refuseFormulas();
      String code = reader.text(ImportColumns.CODE);
      if (!code.isEmpty() && (current == null || !code.equals(current.code))) {
        Integer first = codes.putIfAbsent(code, row.number());
        if (first != null) {
          reader.error(ImportColumns.CODE, "import.error.codeDuplicateInFile", code, first);
        }
        current = reader.household(code);
        drafts.add(current);
      } else if (code.isEmpty() && current == null) {
        reader.error(ImportColumns.CODE, "import.error.required");
      } else if (reader.hasHouseholdFacts()) {
        reader.error("", "import.error.householdOnFirstRow", current.code);
      }
      HouseholdMember.Person person = reader.person();
      String idNumber = reader.idNumber();
      if (IdNumbers.isWellFormed(idNumber)) {
        Integer first = idNumbers.putIfAbsent(idNumber, row.number());
        if (first != null) {
          reader.error(ImportColumns.ID_NUMBER, "import.error.idDuplicateInFile", idNumber, first);
        }
      }
      if (current != null) {
        current.relations.add(reader.text(ImportColumns.RELATION));
      }
      if (person != null) {
        if (current != null) {
          current.members.add(new ImportedHousehold.Member(row.number(), person));
        }
      }
      checked++;
      if (checked % PROGRESS_EVERY == 0) {
        rowsChecked.accept(checked);
      }
    }
    rowsChecked.accept(checked);
    List<ImportedHousehold> households = new ArrayList<>();
    for (HouseholdDraft draft : drafts) {
      long heads = draft.relations.stream().filter(HouseholdFileChecker::isHead).count();
      if (heads != 1) {
        errors.add(
            ImportError.of(
                draft.row,
                header(ImportColumns.RELATION),
                "import.error.headCount",
                draft.code,
                heads));
      } else if (!isHead(draft.relations.get(0))) {
        errors.add(
            ImportError.of(
                draft.row,
                header(ImportColumns.RELATION),
                "import.error.headNotFirst",
                draft.code));
      }
      if (draft.valid) {
        households.add(draft.build());
      }
    }
    if (table.rows().stream().allMatch(ImportTable.Row::isBlank)) {
      errors.add(ImportError.of(0, "", "import.file.noRows"));
    }
    errors.sort(java.util.Comparator.comparingInt(ImportError::row));
    return new CheckedFile(checked, errors.isEmpty() ? households : List.of(), errors);
  }

  private static boolean isHead(String relation) {
    return Folding.fold(relation).equals(Folding.fold(ImportColumns.HEAD));
  }

  private String header(String key) {
    return columns.get(key).header();
  }

  /** Column key to its place in the file; unknown, repeated and missing required columns fail. */
  private Map<String, Integer> headerIndex(List<String> headers, List<ImportError> errors) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      if (header.isBlank()) {
        continue;
      }
      var column = columns.byHeader(header);
      if (column.isEmpty()) {
        errors.add(ImportError.of(1, header, "import.header.unknown", header));
      } else if (index.putIfAbsent(column.get().key(), i) != null) {
        errors.add(ImportError.of(1, header, "import.header.repeated", header));
      }
    }
    for (ImportColumn column : columns.all()) {
      if (column.required() && !index.containsKey(column.key())) {
        errors.add(ImportError.of(1, column.header(), "import.header.missing", column.header()));
      }
    }
    return index;
  }

  /** A household as its rows are read. */
  private static final class HouseholdDraft {
    final int row;
    final String code;
    Long villageId;
    String address;
    AreaType area;
    Long income;
    final Map<String, BigDecimal> answers = new TreeMap<>();
    PovertyStatus previousStatus;
    Integer previousYear;
    boolean valid = true;
    final List<ImportedHousehold.Member> members = new ArrayList<>();
    final List<String> relations = new ArrayList<>();

    HouseholdDraft(int row, String code) {
      this.row = row;
      this.code = code;
    }

    ImportedHousehold build() {
      return new ImportedHousehold(
          row,
          code,
          villageId,
          address,
          area,
          income,
          answers,
          previousStatus,
          previousYear,
          members);
    }
  }

  /** Reads the cells of one row, noting each problem with the row and column. */
  private final class RowReader {
    private final Map<String, Integer> index;
    private final List<ImportError> errors;
    private ImportTable.Row row;
    private int errorsBefore;

    RowReader(Map<String, Integer> index, List<ImportError> errors) {
      this.index = index;
      this.errors = errors;
    }

    void at(ImportTable.Row newRow) {
      this.row = newRow;
      this.errorsBefore = errors.size();
    }

    boolean rowHasErrors() {
      return errors.size() > errorsBefore;
    }

    void error(String key, String messageKey, Object... arguments) {
      String column = key.isEmpty() ? "" : header(key);
      errors.add(ImportError.of(row.number(), column, messageKey, arguments));
    }

    void refuseFormulas() {
      index.forEach(
          (key, i) -> {
            if (row.cell(i).formula()) {
              error(key, "import.error.formula");
            }
          });
    }

    private ImportTable.Cell cell(String key) {
      Integer i = index.get(key);
      return i == null ? ImportTable.Cell.EMPTY : row.cell(i);
    }

    String text(String key) {
      ImportTable.Cell cell = cell(key);
      return cell.formula() ? "" : cell.text().strip();
    }

    private String required(String key) {
      String text = text(key);
      if (text.isEmpty() && !cell(key).formula()) {
        error(key, "import.error.required");
      }
      return text;
    }

    boolean hasHouseholdFacts() {
      for (ImportColumn column : columns.all()) {
        if (column.part() == Part.HOUSEHOLD
            && !column.key().equals(ImportColumns.CODE)
            && !text(column.key()).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    HouseholdDraft household(String code) {
      HouseholdDraft draft = new HouseholdDraft(row.number(), code);
      String village = required(ImportColumns.VILLAGE);
      if (!village.isEmpty()) {
        draft.villageId = villages.get(Folding.fold(village));
        if (draft.villageId == null) {
          error(ImportColumns.VILLAGE, "import.error.villageUnknown", village);
        }
      }
      draft.address = text(ImportColumns.ADDRESS);
      String area = required(ImportColumns.AREA);
      if (!area.isEmpty()) {
        draft.area =
            oneOf(area, ImportColumns.RURAL, ImportColumns.URBAN) == 0
                ? AreaType.RURAL
                : oneOf(area, ImportColumns.RURAL, ImportColumns.URBAN) == 1
                    ? AreaType.URBAN
                    : null;
        if (draft.area == null) {
          error(ImportColumns.AREA, "import.error.area", area);
        }
      }
      String income = text(ImportColumns.INCOME);
      if (!income.isEmpty()) {
        BigDecimal value = number(income, true);
        if (value == null || value.stripTrailingZeros().scale() > 0) {
          error(ImportColumns.INCOME, "import.error.wholeNumber", income);
        } else {
          draft.income = value.longValueExact();
        }
      }
      for (ImportColumn column : columns.indicators()) {
        String answer = text(column.key());
        if (answer.isEmpty()) {
          continue;
        }
        BigDecimal value = answerOf(column, answer);
        if (value == null) {
          error(
              column.key(),
              column.indicator().getAnswerKind() == AnswerKind.YES_NO
                  ? "import.error.yesNo"
                  : column.indicator().getAnswerKind() == AnswerKind.COUNT
                      ? "import.error.wholeNumber"
                      : "import.error.number",
              answer);
        } else {
          draft.answers.put(column.key(), value);
        }
      }
      String status = text(ImportColumns.PREVIOUS_STATUS);
      String year = text(ImportColumns.PREVIOUS_YEAR);
      if (!status.isEmpty()) {
        int which = oneOf(status, ImportColumns.POOR, ImportColumns.NEAR_POOR);
        if (which < 0) {
          error(ImportColumns.PREVIOUS_STATUS, "import.error.status", status);
        } else {
          draft.previousStatus = which == 0 ? PovertyStatus.POOR : PovertyStatus.NEAR_POOR;
        }
        if (year.isEmpty()) {
          error(ImportColumns.PREVIOUS_YEAR, "import.error.required");
        }
      }
      if (!year.isEmpty()) {
        if (!year.matches("[0-9]{4}")
            || Integer.parseInt(year) < 2000
            || Integer.parseInt(year) > today.getYear()) {
          error(ImportColumns.PREVIOUS_YEAR, "import.error.year", year, today.getYear());
        } else {
          draft.previousYear = Integer.parseInt(year);
        }
      }
      draft.valid = !rowHasErrors();
      return draft;
    }

    private BigDecimal answerOf(ImportColumn column, String answer) {
      if (column.indicator().getAnswerKind() == AnswerKind.YES_NO) {
        int yes = oneOf(answer, ImportColumns.YES, ImportColumns.NO);
        if (yes >= 0) {
          return yes == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
      }
      BigDecimal value = number(answer, column.indicator().getAnswerKind() != AnswerKind.NUMBER);
      return value != null && column.indicator().accepts(value) ? value : null;
    }

    HouseholdMember.Person person() {
      int before = errors.size();
      String name = required(ImportColumns.NAME);
      LocalDate birth = null;
      String birthText = text(ImportColumns.BIRTH_DATE);
      if (!birthText.isEmpty()) {
        try {
          birth = LocalDate.parse(birthText, DATE);
          if (birth.isAfter(today)) {
            error(ImportColumns.BIRTH_DATE, "import.error.dateFuture", birthText);
          }
        } catch (DateTimeParseException e) {
          error(ImportColumns.BIRTH_DATE, "import.error.date", birthText);
        }
      }
      Sex sex = null;
      String sexText = required(ImportColumns.SEX);
      if (!sexText.isEmpty()) {
        int which = oneOf(sexText, ImportColumns.MALE, ImportColumns.FEMALE);
        if (which < 0) {
          error(ImportColumns.SEX, "import.error.sex", sexText);
        } else {
          sex = which == 0 ? Sex.MALE : Sex.FEMALE;
        }
      }
      String relation = required(ImportColumns.RELATION);
      String idNumber = idNumber();
      if (!idNumber.isEmpty() && !IdNumbers.isWellFormed(idNumber)) {
        error(ImportColumns.ID_NUMBER, "import.error.idNumber", idNumber);
      }
      boolean insured = false;
      String insuredText = text(ImportColumns.HEALTH_INSURED);
      if (!insuredText.isEmpty()) {
        int which = oneOf(insuredText, ImportColumns.YES, ImportColumns.NO);
        if (which < 0) {
          error(ImportColumns.HEALTH_INSURED, "import.error.yesNo", insuredText);
        }
        insured = which == 0;
      }
      if (errors.size() > before || cellsOfPersonHaveFormula()) {
        return null;
      }
      return new HouseholdMember.Person(
          name,
          birth,
          sex,
          text(ImportColumns.ETHNICITY),
          isHead(relation) ? ImportColumns.HEAD : relation,
          idNumber.isEmpty() ? null : idNumber,
          insured,
          text(ImportColumns.SCHOOLING),
          text(ImportColumns.OCCUPATION));
    }

    String idNumber() {
      return text(ImportColumns.ID_NUMBER).replace(" ", "");
    }

    private boolean cellsOfPersonHaveFormula() {
      for (ImportColumn column : columns.all()) {
        if (column.part() == Part.PERSON && cell(column.key()).formula()) {
          return true;
        }
      }
      return false;
    }
  }

  /** Which of {@code choices} the text names, diacritics and case aside; -1 for none. */
  private static int oneOf(String text, String... choices) {
    String folded = Folding.fold(text);
    for (int i = 0; i < choices.length; i++) {
      if (Folding.fold(choices[i]).equals(folded)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A non-negative number as people write it: 1500000, 1.500.000, 1,500,000, 8,5 or 8.5; where a
   * whole number is expected, "1.500" is fifteen hundred.
   */
  static BigDecimal number(String text, boolean whole) {
    String t = text.replace(" ", "").replace("\u00a0", "");
    boolean grouped = GROUPED.matcher(t).matches();
    if (grouped && (whole || t.replaceAll("[^.,]", "").length() > 1)) {
      return new BigDecimal(t.replaceAll("[.,]", ""));
    }
    if (PLAIN.matcher(t).matches()) {
      return new BigDecimal(t.replace(',', '.'));
    }
    return null;
  }
}
