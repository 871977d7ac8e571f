package vn.giamngheo.web.report;

import static vn.giamngheo.web.document.PdfLayout.centered;
import static vn.giamngheo.web.document.PdfLayout.centeredLines;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.giamngheo.domain.plan.PlanDocument;
import vn.giamngheo.domain.report.NarrativeSection;
import vn.giamngheo.domain.report.ReportForm;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.web.document.PdfFonts;

/**
 * A report as the unit sends it, in the administrative format on A4: the issuing body and the
 * national motto, place and date, the title, the indicators with target and actual, the narrative
 * parts, recipients and signature.
 */
public final class ReportPdf {
  private static final float MM = 72f / 25.4f;
  private static final float BODY = 13f;
  private static final float SMALL = 11f;
  private static final PdfFonts FONTS = PdfFonts.SERIF;
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

  private ReportPdf() {}

  /**
   * @param sourceLabel the words for a value's source, e.g. "Nhập tay"
   * @param periodLabel the period as the title words it, e.g. "Quý 1 năm 2022"
   */
  public static void write(
      ReportForm form,
      String periodLabel,
      Function<String, String> sourceLabel,
      LocalDate today,
      OutputStream out) {
    AdminUnit unit = form.unit();
    Document pdf = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
    PdfWriter.getInstance(pdf, out);
    pdf.addTitle("Báo cáo " + periodLabel + " " + unit.getName());
    pdf.open();
    PdfPTable header = new PdfPTable(new float[] {2, 3});
    header.setWidthPercentage(100);
    header.addCell(
        centeredLines(
            FONTS.bold(12),
            unit.committeeName().toUpperCase(new Locale("vi")),
            "Số:       /BC-UBND"));
    PdfPCell motto = centeredLines(FONTS.bold(12), PlanDocument.NATION, PlanDocument.MOTTO);
    Paragraph dated =
        new Paragraph(
            unit.placeName()
                + ", ngày "
                + today.getDayOfMonth()
                + " tháng "
                + today.getMonthValue()
                + " năm "
                + today.getYear(),
            FONTS.italic(BODY));
    dated.setAlignment(Element.ALIGN_CENTER);
    dated.setSpacingBefore(6);
    motto.addElement(dated);
    header.addCell(motto);
    header.setSpacingAfter(12);
    pdf.add(header);
    pdf.add(centered("BÁO CÁO", FONTS.bold(BODY + 1), 2));
    pdf.add(centered(form.template().getName() + " " + periodLabel, FONTS.bold(BODY), 10));

    int part = 0;
    pdf.add(heading(ROMAN[part++] + ". CÁC CHỈ TIÊU"));
    pdf.add(values(form, sourceLabel));
    for (NarrativeSection section : form.template().getSections()) {
      pdf.add(
          heading(
              ROMAN[part++ % ROMAN.length]
                  + ". "
                  + section.getTitle().toUpperCase(new Locale("vi"))));
      String text = form.narrative().getOrDefault(section.getKey(), "");
      for (String paragraph : text.isBlank() ? List.of("…") : List.of(text.split("\\R"))) {
        Paragraph p = new Paragraph(paragraph, FONTS.regular(BODY));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setSpacingAfter(3);
        pdf.add(p);
      }
    }
    pdf.add(footer(unit));
    pdf.close();
  }

  private static PdfPTable values(ReportForm form, Function<String, String> sourceLabel) {
    PdfPTable table = new PdfPTable(new float[] {0.5f, 5, 1.3f, 1.5f, 1.5f, 2});
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    for (String title :
        List.of("TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Thực hiện", "Nguồn số liệu")) {
      table.addCell(boxed(title, FONTS.bold(SMALL), Element.ALIGN_CENTER));
    }
    int number = 1;
    for (ReportForm.Line line : form.lines()) {
      table.addCell(boxed(Integer.toString(number++), FONTS.regular(SMALL), Element.ALIGN_CENTER));
      table.addCell(boxed(line.indicator().getName(), FONTS.regular(SMALL), Element.ALIGN_LEFT));
      table.addCell(
          boxed(line.indicator().getMeasureUnit(), FONTS.regular(SMALL), Element.ALIGN_CENTER));
      table.addCell(boxed(format(line.target()), FONTS.regular(SMALL), Element.ALIGN_RIGHT));
      table.addCell(boxed(format(line.value()), FONTS.regular(SMALL), Element.ALIGN_RIGHT));
      String source = line.source() == null ? "" : sourceLabel.apply(line.source());
      String note =
          line.comment() == null
              ? source
              : source + (source.isEmpty() ? "" : "; ") + line.comment();
      table.addCell(boxed(note, FONTS.italic(SMALL - 1), Element.ALIGN_LEFT));
    }
    return table;
  }

  static String format(BigDecimal value) {
    return value == null
        ? ""
        : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(new Locale("vi", "VN")))
            .format(value);
  }

  private static PdfPTable footer(AdminUnit unit) {
    PdfPTable table = new PdfPTable(new float[] {1, 1});
    table.setWidthPercentage(100);
    table.setSpacingBefore(12);
    PdfPCell recipients = new PdfPCell();
    recipients.setBorder(Rectangle.NO_BORDER);
    recipients.addElement(new Paragraph(PlanDocument.RECIPIENTS_HEADING, FONTS.boldItalic(12)));
    recipients.addElement(
        new Paragraph("- Cơ quan thường trực Chương trình cấp trên;", FONTS.regular(SMALL)));
    recipients.addElement(new Paragraph("- Lưu: VT.", FONTS.regular(SMALL)));
    table.addCell(recipients);
    table.addCell(
        centeredLines(FONTS.bold(BODY), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", " ", " ", " "));
    return table;
  }

  private static PdfPCell boxed(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(3);
    return cell;
  }

  private static Paragraph heading(String text) {
    Paragraph paragraph = new Paragraph(text, FONTS.bold(BODY));
    paragraph.setSpacingBefore(6);
    paragraph.setSpacingAfter(3);
    return paragraph;
  }
}
