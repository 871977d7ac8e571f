package vn.giamngheo.web.document;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;

/** The pieces every administrative document lays out alike: centred lines and blocks of them. */
public final class PdfLayout {
  private PdfLayout() {}

  /** A borderless cell of centred lines, as the header's and the signature's columns are. */
  public static PdfPCell centeredLines(Font font, String... lines) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    for (String line : lines) {
      cell.addElement(centered(line, font, 0));
    }
    return cell;
  }

  public static Paragraph centered(String text, Font font, float spacingAfter) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(spacingAfter);
    return paragraph;
  }
}
