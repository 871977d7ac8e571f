package vn.giamngheo.web.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanDocument;

/** The forms a plan is exported in: Word to edit, PDF to print and send. */
public enum PlanFormat {
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document") {
    @Override
    public void write(PlanDocument document, OutputStream out) throws IOException {
      PlanDocx.write(document, out);
    }
  },
  PDF("pdf", "application/pdf") {
    @Override
    public void write(PlanDocument document, OutputStream out) {
      PlanPdf.write(document, out);
    }
  };

  private final String extension;
  private final String mediaType;

  PlanFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public abstract void write(PlanDocument document, OutputStream out) throws IOException;

  public static Optional<PlanFormat> byExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** How the downloaded file is named: {@code ke-hoach-12-v2.pdf}. */
  public String fileName(Plan plan) {
    return "ke-hoach-" + plan.getId() + "-v" + plan.getVersion() + "." + extension;
  }

  public String contentDisposition(Plan plan) {
    return "attachment; filename=\"" + fileName(plan) + "\"";
  }
}
