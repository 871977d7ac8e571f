package vn.giamngheo.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.domain.report.ReportForm;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.web.i18n.Messages;

/** A report as a PDF document in Vietnamese, for pages and API alike. */
@ApplicationScoped
public class ReportDocument {
  public static final String MEDIA_TYPE = "application/pdf";

  @Inject Reports reports;
  @Inject Messages messages;
  @Inject Clock clock;

  /** Writes the report {@code id}, which the caller must already be known to see. */
  public void write(long id, OutputStream out) {
    ReportForm form = reports.form(id);
    ReportPdf.write(
        form,
        periodLabel(form.report().getPeriod()),
        source -> messages.get(Messages.VIETNAMESE, "report.source." + source),
        LocalDate.now(clock),
        out);
  }

  /** "Quý 1 năm 2022", "6 tháng đầu năm 2022", "9 tháng năm 2022", "năm 2022". */
  static String periodLabel(Period period) {
    return switch (period.kind()) {
      case QUARTER -> "quý " + period.quarter() + " năm " + period.year();
      case HALF_YEAR -> "6 tháng đầu năm " + period.year();
      case NINE_MONTHS -> "9 tháng năm " + period.year();
      case YEAR -> "năm " + period.year();
    };
  }

  public static String fileName(String unitCode, Period period) {
    return "bao-cao-" + unitCode + "-" + period.code() + ".pdf";
  }
}
