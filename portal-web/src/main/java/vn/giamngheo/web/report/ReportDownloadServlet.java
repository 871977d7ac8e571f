package vn.giamngheo.web.report;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.giamngheo.domain.report.Report;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * A report of the unit in the address as PDF ({@code /t/{unitCode}/report.pdf?id=}); a report of
 * another unit, or outside the caller's scope, is not found.
 */
@WebServlet("/downloads/report.pdf")
public class ReportDownloadServlet extends HttpServlet {
  @Inject CurrentUnit unit;
  @Inject Reports reports;
  @Inject ReportDocument document;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Report> report =
        idOf(request.getParameter("id"))
            .flatMap(reports::find)
            .filter(found -> unit.get() != null && found.getUnitId() == unit.get().getId());
    if (report.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(ReportDocument.MEDIA_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + ReportDocument.fileName(unit.get().getCode(), report.get().getPeriod())
            + "\"");
    document.write(report.get().getId(), response.getOutputStream());
  }

  private static Optional<Long> idOf(String id) {
    try {
      return id == null ? Optional.empty() : Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
