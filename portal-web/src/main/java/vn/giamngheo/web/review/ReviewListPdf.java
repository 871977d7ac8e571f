package vn.giamngheo.web.review;

import static vn.giamngheo.web.document.PdfLayout.centered;
import static vn.giamngheo.web.document.PdfLayout.centeredLines;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import vn.giamngheo.domain.plan.PlanDocument;
import vn.giamngheo.domain.review.ListedHousehold;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.web.document.PdfFonts;

/**
 * The public list of one village as the commune posts it (A4 landscape): the households proposed
 * poor, those proposed near-poor, and those leaving the lists, each with its deprivations and its
 * status of the year before.
 */
public final class ReviewListPdf {
  public static final String MEDIA_TYPE = "application/pdf";
  private static final float MM = 72f / 25.4f;
  private static final float SMALL = 11f;
  private static final PdfFonts FONTS = PdfFonts.SERIF;
  private static final Locale VI = new Locale("vi");

  private ReviewListPdf() {}

  public static String fileName(String communeCode, int year, String villageCode) {
    return "danh-sach-niem-yet-" + communeCode + "-" + year + "-" + villageCode + ".pdf";
  }

  public static void write(
      AdminUnit commune,
      AdminUnit village,
      int year,
      List<ListedHousehold> list,
      LocalDate today,
      OutputStream out) {
    Document pdf = new Document(PageSize.A4.rotate(), 20 * MM, 15 * MM, 15 * MM, 15 * MM);
    PdfWriter.getInstance(pdf, out);
    pdf.addTitle("Danh sách niêm yết " + year + " " + village.getName());
    pdf.open();
    PdfPTable header = new PdfPTable(new float[] {2, 3});
    header.setWidthPercentage(100);
    header.addCell(centeredLines(FONTS.bold(12), commune.committeeName().toUpperCase(VI)));
    header.addCell(centeredLines(FONTS.bold(12), PlanDocument.NATION, PlanDocument.MOTTO));
    header.setSpacingAfter(10);
    pdf.add(header);
    pdf.add(
        centered(
            "DANH SÁCH CÔNG KHAI KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM " + year,
            FONTS.bold(14),
            2));
    pdf.add(
        centered(
            village.getName() + ", " + commune.getName() + " (niêm yết để lấy ý kiến nhân dân)",
            FONTS.italic(12),
            8));
    section(pdf, "I. HỘ NGHÈO", list, h -> h.status() == PovertyStatus.POOR);
    section(pdf, "II. HỘ CẬN NGHÈO", list, h -> h.status() == PovertyStatus.NEAR_POOR);
    section(
        pdf, "III. HỘ RA KHỎI DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO", list, h -> !h.status().isListed());
    Paragraph dated =
        new Paragraph(
            commune.placeName()
                + ", ngày "
                + today.getDayOfMonth()
                + " tháng "
                + today.getMonthValue()
                + " năm "
                + today.getYear(),
            FONTS.italic(12));
    dated.setAlignment(Element.ALIGN_RIGHT);
    dated.setSpacingBefore(8);
    pdf.add(dated);
    PdfPTable signature = new PdfPTable(new float[] {1, 1});
    signature.setWidthPercentage(100);
    signature.addCell(centeredLines(FONTS.bold(12), "TRƯỞNG THÔN", " ", " ", " "));
    signature.addCell(centeredLines(FONTS.bold(12), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", " ", " "));
    pdf.add(signature);
    pdf.close();
  }

  private static void section(
      Document pdf, String title, List<ListedHousehold> list, Predicate<ListedHousehold> which) {
    Paragraph heading = new Paragraph(title, FONTS.bold(12));
    heading.setSpacingBefore(6);
    heading.setSpacingAfter(3);
    pdf.add(heading);
    List<ListedHousehold> rows = list.stream().filter(which).toList();
    PdfPTable table = new PdfPTable(new float[] {0.6f, 1.4f, 3.5f, 3.5f, 1.5f, 3.5f, 1.8f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String column :
        List.of(
            "TT",
            "Mã hộ",
            "Họ và tên chủ hộ",
            "Địa chỉ",
            "Dân tộc",
            "Chỉ số thiếu hụt",
            "Năm trước")) {
      table.addCell(cell(column, FONTS.bold(SMALL), Element.ALIGN_CENTER));
    }
    int number = 1;
    for (ListedHousehold h : rows) {
      table.addCell(cell(Integer.toString(number++), FONTS.regular(SMALL), Element.ALIGN_CENTER));
      table.addCell(cell(h.code(), FONTS.regular(SMALL), Element.ALIGN_LEFT));
      table.addCell(cell(h.headName(), FONTS.regular(SMALL), Element.ALIGN_LEFT));
      table.addCell(cell(h.address(), FONTS.regular(SMALL), Element.ALIGN_LEFT));
      table.addCell(cell(h.ethnicity(), FONTS.regular(SMALL), Element.ALIGN_LEFT));
      table.addCell(
          cell(h.deprivations().replace(",", ", "), FONTS.regular(SMALL - 1), Element.ALIGN_LEFT));
      table.addCell(cell(statusWords(h.before()), FONTS.regular(SMALL), Element.ALIGN_CENTER));
    }
    if (rows.isEmpty()) {
      PdfPCell none = cell("Không có hộ nào.", FONTS.italic(SMALL), Element.ALIGN_CENTER);
      none.setColspan(7);
      table.addCell(none);
    }
    pdf.add(table);
  }

  /** A status as the lists word it. */
  public static String statusWords(PovertyStatus status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case POOR -> "Hộ nghèo";
      case NEAR_POOR -> "Hộ cận nghèo";
      case AVERAGE -> "Hộ có mức sống trung bình";
      case NONE -> "Hộ không nghèo";
    };
  }

  private static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(3);
    return cell;
  }
}
