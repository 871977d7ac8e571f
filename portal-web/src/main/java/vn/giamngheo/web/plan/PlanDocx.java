package vn.giamngheo.web.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.giamngheo.domain.plan.PlanDocument;
import vn.giamngheo.domain.plan.PlanDocument.Block;
import vn.giamngheo.domain.text.TextBlock.Run;

/**
 * Typesets a plan as a Word document in the administrative format: Times New Roman 14, the issuing
 * body and national emblem side by side, headings Word sees as headings (so its navigation pane
 * shows the plan's outline), recipients and signature side by side at the end. Bold, italic and
 * underline are runs; list items are paragraphs indented by their depth after their mark ("-", "+",
 * "1.", "a)") written out, as administrative documents write them and every word processor shows
 * them alike.
 */
public final class PlanDocx {
  static final String FONT = "Times New Roman";
  private static final int BODY_SIZE = 14;
  private static final int SMALL_SIZE = 12;
  private static final int HEADING_LEVELS = 4;

  /** One centimetre in twentieths of a point. */
  private static final int INDENT = 567;

  private PlanDocx() {}

  public static void write(PlanDocument plan, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      addHeadingStyles(doc);
      header(doc, plan);
      centered(doc, plan.kind(), true, BODY_SIZE);
      centered(doc, plan.title(), true, BODY_SIZE);
      if (!plan.preamble().isEmpty()) {
        text(justified(doc, 0), plan.preamble(), false, BODY_SIZE);
      }
      for (Block block : plan.body()) {
        switch (block.type()) {
          case HEADING -> heading(doc, block);
          case PARAGRAPH, BULLET, NUMBERED -> formatted(doc, block);
        }
      }
      footer(doc, plan);
      doc.write(out);
    }
  }

  private static void header(XWPFDocument doc, PlanDocument plan) {
    XWPFTable table = borderless(doc);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    cellLine(left, plan.issuingBody(), true, false, SMALL_SIZE);
    cellLine(left, plan.numberLine(), false, false, SMALL_SIZE);
    cellLine(right, PlanDocument.NATION, true, false, SMALL_SIZE);
    cellLine(right, PlanDocument.MOTTO, true, false, BODY_SIZE);
    cellLine(right, plan.placeAndDate(), false, true, BODY_SIZE);
  }

  private static void footer(XWPFDocument doc, PlanDocument plan) {
    XWPFTable table = borderless(doc);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph recipients =
        cellLine(left, PlanDocument.RECIPIENTS_HEADING, true, true, SMALL_SIZE);
    recipients.setAlignment(ParagraphAlignment.LEFT);
    for (String recipient : plan.recipients()) {
      cellLine(left, "- " + recipient, false, false, 11).setAlignment(ParagraphAlignment.LEFT);
    }
    cellLine(right, plan.signerAuthority(), true, false, BODY_SIZE);
    cellLine(right, plan.signerTitle(), true, false, BODY_SIZE);
    cellLine(right, "", false, false, BODY_SIZE);
    cellLine(right, "", false, false, BODY_SIZE);
    cellLine(right, plan.signerName(), true, false, BODY_SIZE);
  }

  private static XWPFTable borderless(XWPFDocument doc) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
    table.setWidth("100%");
    table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.PCT);
    return table;
  }

  private static XWPFParagraph cellLine(
      XWPFTableCell cell, String text, boolean bold, boolean italic, int size) {
    XWPFParagraph paragraph =
        cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
            ? cell.getParagraphs().get(0)
            : cell.addParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun run = text(paragraph, text, bold, size);
    run.setItalic(italic);
    return paragraph;
  }

  private static void centered(XWPFDocument doc, String text, boolean bold, int size) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    text(paragraph, text, bold, size);
  }

  private static void heading(XWPFDocument doc, Block block) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setStyle(headingStyle(block.level()));
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    XWPFRun run = text(paragraph, block.text(), true, BODY_SIZE);
    run.setItalic(block.level() >= HEADING_LEVELS);
  }

  private static XWPFParagraph justified(XWPFDocument doc, int depth) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setIndentationFirstLine(INDENT);
    if (depth > 0) {
      paragraph.setIndentationLeft(INDENT * depth);
    }
    return paragraph;
  }

  private static void formatted(XWPFDocument doc, Block block) {
    XWPFParagraph paragraph = justified(doc, block.level());
    if (!block.marker().isEmpty()) {
      text(paragraph, block.marker() + " ", false, BODY_SIZE);
    }
    for (Run run : block.runs()) {
      String[] lines = run.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        XWPFRun styled = run(paragraph, run.bold(), BODY_SIZE);
        styled.setItalic(run.italic());
        if (run.underline()) {
          styled.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (i > 0) {
          styled.addBreak();
        }
        styled.setText(lines[i]);
      }
    }
  }

  private static XWPFRun text(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = run(paragraph, bold, size);
    run.setText(text);
    return run;
  }

  private static XWPFRun run(XWPFParagraph paragraph, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    return run;
  }

  static String headingStyle(int level) {
    return "Heading" + Math.min(Math.max(level, 1), HEADING_LEVELS);
  }

  private static void addHeadingStyles(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    for (int level = 1; level <= HEADING_LEVELS; level++) {
      CTStyle style = CTStyle.Factory.newInstance();
      style.setStyleId(headingStyle(level));
      style.addNewName().setVal("heading " + level);
      style.setType(STStyleType.PARAGRAPH);
      style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
      style.addNewQFormat();
      XWPFStyle wrapped = new XWPFStyle(style);
      wrapped.setType(STStyleType.PARAGRAPH);
      styles.addStyle(wrapped);
    }
  }
}
