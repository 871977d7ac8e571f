package vn.giamngheo.web.report;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.web.i18n.LocaleSelection;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The consolidated figures of the unit in the address as Excel ({@code
 * /t/{unitCode}/consolidated.xlsx?period=2022-Q1}). Reached only through the unit's address, so the
 * caller is signed in and the unit in scope.
 */
@WebServlet("/downloads/consolidated.xlsx")
public class ConsolidatedDownloadServlet extends HttpServlet {
  @Inject CurrentUnit unit;
  @Inject ConsolidatedExport export;
  @Inject LocaleSelection locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Period> period = Period.parse(request.getParameter("period"));
    if (period.isEmpty() || unit.get() == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(ConsolidatedExport.MEDIA_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + ConsolidatedExport.fileName(unit.get(), period.get()) + "\"");
    export.write(
        unit.get(),
        period.get(),
        "true".equals(request.getParameter("all")),
        locale.getLocale(),
        response.getOutputStream());
  }
}
