package vn.giamngheo.web.plan;

import static vn.giamngheo.web.document.PdfLayout.centered;
import static vn.giamngheo.web.document.PdfLayout.centeredLines;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import vn.giamngheo.domain.plan.PlanDocument;
import vn.giamngheo.domain.plan.PlanDocument.Block;
import vn.giamngheo.domain.text.TextBlock.Run;
import vn.giamngheo.web.document.PdfFonts;

/**
 * Typesets a plan as PDF in the administrative format on A4 (margins of Decree 30/2020/NĐ-CP: left
 * 30 mm, right 15 mm, top and bottom 20 mm), in the embedded {@link PdfFonts}.
 */
public final class PlanPdf {
  private static final float MM = 72f / 25.4f;
  private static final float BODY = 13f;
  private static final float SMALL = 12f;
  private static final float LEADING = 1.5f;
  private static final PdfFonts FONTS = PdfFonts.SERIF;

  private PlanPdf() {}

  public static void write(PlanDocument plan, OutputStream out) {
    Document pdf = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
    PdfWriter.getInstance(pdf, out);
    pdf.addTitle(plan.kind() + " " + plan.title());
    pdf.open();
    pdf.add(
        twoColumns(
            centeredLines(FONTS.bold(SMALL), plan.issuingBody(), plan.numberLine()),
            centeredLines(FONTS.bold(SMALL), PlanDocument.NATION, PlanDocument.MOTTO),
            FONTS.italic(BODY),
            plan.placeAndDate()));
    pdf.add(centered(plan.kind(), FONTS.bold(BODY + 1), 12));
    pdf.add(centered(plan.title(), FONTS.bold(BODY), 6));
    if (!plan.preamble().isEmpty()) {
      Paragraph preamble = justified(0);
      preamble.add(new Chunk(plan.preamble(), FONTS.regular(BODY)));
      pdf.add(preamble);
    }
    for (Block block : plan.body()) {
      switch (block.type()) {
        case HEADING -> pdf.add(heading(block));
        case PARAGRAPH, BULLET, NUMBERED -> pdf.add(formatted(block));
      }
    }
    pdf.add(footer(plan));
    pdf.close();
  }

  private static PdfPTable twoColumns(PdfPCell left, PdfPCell right, Font dateFont, String date) {
    PdfPTable table = new PdfPTable(new float[] {2, 3});
    table.setWidthPercentage(100);
    table.addCell(left);
    Paragraph dated = new Paragraph(date, dateFont);
    dated.setAlignment(Element.ALIGN_CENTER);
    dated.setSpacingBefore(6);
    right.addElement(dated);
    table.addCell(right);
    table.setSpacingAfter(12);
    return table;
  }

  private static PdfPTable footer(PlanDocument plan) {
    PdfPTable table = new PdfPTable(new float[] {1, 1});
    table.setWidthPercentage(100);
    table.setSpacingBefore(12);
    PdfPCell recipients = new PdfPCell();
    recipients.setBorder(Rectangle.NO_BORDER);
    recipients.addElement(new Paragraph(PlanDocument.RECIPIENTS_HEADING, FONTS.boldItalic(SMALL)));
    for (String recipient : plan.recipients()) {
      recipients.addElement(new Paragraph("- " + recipient, FONTS.regular(11)));
    }
    table.addCell(recipients);
    table.addCell(
        centeredLines(
            FONTS.bold(BODY),
            plan.signerAuthority(),
            plan.signerTitle(),
            " ",
            " ",
            " ",
            plan.signerName()));
    return table;
  }

  private static Paragraph heading(Block block) {
    Font font = block.level() >= 4 ? FONTS.boldItalic(BODY) : FONTS.bold(BODY);
    Paragraph paragraph = new Paragraph(block.text(), font);
    paragraph.setSpacingBefore(6);
    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
    return paragraph;
  }

  private static Paragraph justified(int depth) {
    Paragraph paragraph = new Paragraph(BODY * LEADING);
    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
    paragraph.setFirstLineIndent(10 * MM);
    paragraph.setIndentationLeft(10 * MM * depth);
    paragraph.setSpacingAfter(3);
    return paragraph;
  }

  /** Bold, italic and underline runs; a list item after its mark, indented by its depth. */
  private static Paragraph formatted(Block block) {
    Paragraph paragraph = justified(block.level());
    if (!block.marker().isEmpty()) {
      paragraph.add(new Chunk(block.marker() + " ", FONTS.regular(BODY)));
    }
    for (Run run : block.runs()) {
      Chunk chunk = new Chunk(run.text(), FONTS.of(run.bold(), run.italic(), BODY));
      if (run.underline()) {
        chunk.setUnderline(0.5f, -1.5f);
      }
      paragraph.add(chunk);
    }
    return paragraph;
  }
}
