package vn.giamngheo.web.document;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typefaces of the portal's PDF documents: Liberation Serif — metrically Times New Roman, with
 * every Vietnamese letter — read once from the WAR and embedded so that any reader shows it alike.
 */
public final class PdfFonts {
  public static final PdfFonts SERIF = new PdfFonts();

  private final BaseFont regular = load("LiberationSerif-Regular.ttf");
  private final BaseFont bold = load("LiberationSerif-Bold.ttf");
  private final BaseFont italic = load("LiberationSerif-Italic.ttf");
  private final BaseFont boldItalic = load("LiberationSerif-BoldItalic.ttf");

  private PdfFonts() {}

  public Font regular(float size) {
    return new Font(regular, size);
  }

  public Font bold(float size) {
    return new Font(bold, size);
  }

  public Font italic(float size) {
    return new Font(italic, size);
  }

  public Font boldItalic(float size) {
    return new Font(boldItalic, size);
  }

  public Font of(boolean isBold, boolean isItalic, float size) {
    if (isBold) {
      return isItalic ? boldItalic(size) : bold(size);
    }
    return isItalic ? italic(size) : regular(size);
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
      byte[] bytes = in.readAllBytes();
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
