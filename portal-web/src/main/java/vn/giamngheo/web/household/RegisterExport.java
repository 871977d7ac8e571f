package vn.giamngheo.web.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.giamngheo.domain.household.HouseholdFilter;
import vn.giamngheo.domain.household.HouseholdSummary;
import vn.giamngheo.domain.household.Households;
import vn.giamngheo.domain.household.MemberLine;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.web.i18n.Messages;

/**
 * A commune's register as Excel, streamed (POI SXSSF, a window of rows in memory): one row per
 * member with the household's columns, ID numbers masked, for the households the filter finds.
 */
@ApplicationScoped
public class RegisterExport {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final int ROWS_IN_MEMORY = 200;

  @Inject Households households;
  @Inject Messages messages;

  public void write(AdminUnit commune, HouseholdFilter filter, Locale locale, OutputStream out)
      throws IOException {
    HouseholdFilter effective = households.withYear(commune, filter);
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      Sheet sheet = workbook.createSheet(messages.get(locale, "export.households.sheet"));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row title = sheet.createRow(0);
      title
          .createCell(0)
          .setCellValue(messages.get(locale, "export.households.title", commune.committeeName()));
      title.getCell(0).setCellStyle(bold);
      List<String> headers =
          List.of(
              messages.get(locale, "households.code"),
              messages.get(locale, "households.village"),
              messages.get(locale, "households.head"),
              messages.get(locale, "households.areaType"),
              messages.get(locale, "households.ethnicity"),
              messages.get(locale, "households.address"),
              messages.get(locale, "households.year"),
              messages.get(locale, "households.status"),
              messages.get(locale, "households.deprivation"),
              messages.get(locale, "household.member.fullName"),
              messages.get(locale, "household.member.birthDate"),
              messages.get(locale, "household.member.sex"),
              messages.get(locale, "household.member.relation"),
              messages.get(locale, "household.member.idNumber"));
      Row header = sheet.createRow(2);
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      int[] next = {3};
      households.forEachMatching(
          commune,
          effective,
          household -> {
            List<MemberLine> members = household.members();
            if (members.isEmpty()) {
              householdCells(sheet.createRow(next[0]++), household, locale);
            }
            for (MemberLine member : members) {
              Row row = sheet.createRow(next[0]++);
              householdCells(row, household, locale);
              row.createCell(9).setCellValue(member.fullName());
              row.createCell(10)
                  .setCellValue(member.birthDate() == null ? "" : member.birthDate().toString());
              row.createCell(11)
                  .setCellValue(
                      messages.get(locale, "household.member.sex." + member.sex().name()));
              row.createCell(12).setCellValue(member.relation());
              row.createCell(13).setCellValue(member.idNumber());
            }
          });
      workbook.write(out);
    } finally {
      workbook.close();
      workbook.dispose();
    }
  }

  private void householdCells(Row row, HouseholdSummary household, Locale locale) {
    row.createCell(0).setCellValue(household.code());
    row.createCell(1).setCellValue(household.villageName());
    row.createCell(2).setCellValue(household.headName());
    row.createCell(3)
        .setCellValue(messages.get(locale, "households.areaType." + household.areaType().name()));
    row.createCell(4).setCellValue(household.ethnicity());
    row.createCell(5).setCellValue(household.address());
    if (household.year() != null) {
      row.createCell(6).setCellValue(household.year());
    }
    row.createCell(7)
        .setCellValue(
            household.status() == null
                ? ""
                : messages.get(locale, "households.status." + household.status().name()));
    row.createCell(8).setCellValue(String.join(", ", household.deprivations()));
  }

  public static String fileName(AdminUnit commune) {
    return "so-ho-" + commune.getCode() + ".xlsx";
  }
}
