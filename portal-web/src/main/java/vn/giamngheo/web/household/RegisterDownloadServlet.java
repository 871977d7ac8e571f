package vn.giamngheo.web.household;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.giamngheo.domain.household.HouseholdFilter;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.web.i18n.LocaleSelection;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * A commune's register as Excel with the list's filters ({@code
 * /t/{unitCode}/households.xlsx?status=POOR&name=...}). Reached only through the unit's address, so
 * the caller is signed in and the commune in scope.
 */
@WebServlet("/downloads/households.xlsx")
public class RegisterDownloadServlet extends HttpServlet {
  @Inject CurrentUnit unit;
  @Inject RegisterExport export;
  @Inject LocaleSelection locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (unit.get() == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    HouseholdFilter filter;
    try {
      filter = RegisterFilters.of(request);
    } catch (UserFacingException notAFilter) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setContentType(RegisterExport.MEDIA_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + RegisterExport.fileName(unit.get()) + "\"");
    export.write(unit.get(), filter, locale.getLocale(), response.getOutputStream());
  }
}
