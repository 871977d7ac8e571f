package vn.giamngheo.web.importing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.giamngheo.domain.importing.HouseholdImports;
import vn.giamngheo.domain.importing.ImportTemplate;
import vn.giamngheo.web.tenant.CurrentUnit;

/** The household import template of the commune in the address, as .xlsx. */
@WebServlet("/downloads/household-import-template.xlsx")
public class ImportTemplateServlet extends HttpServlet {
  @Inject CurrentUnit unit;
  @Inject HouseholdImports imports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (unit.get() == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] template = imports.template(unit.get().getCode());
    response.setContentType(ImportTemplate.MEDIA_TYPE);
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + ImportTemplate.FILE_NAME + "\"");
    response.setContentLength(template.length);
    response.getOutputStream().write(template);
  }
}
