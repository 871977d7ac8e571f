package vn.giamngheo.web.plan;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanDocument;
import vn.giamngheo.domain.plan.Plans;
import vn.giamngheo.tenancy.unit.Units;

/**
 * The Word or PDF document of a plan, for the pages ({@code /t/{unitCode}/plan.docx?id=} or {@code
 * plan.pdf}). Reached only through the unit's address, so the caller is signed in and the unit in
 * scope; the plan itself is looked up in the caller's scope.
 */
@WebServlet({"/downloads/plan.docx", "/downloads/plan.pdf"})
public class PlanDocumentServlet extends HttpServlet {
  @Inject Plans plans;
  @Inject Units units;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    PlanFormat format =
        PlanFormat.byExtension(path.substring(path.lastIndexOf('.') + 1)).orElseThrow();
    Optional<Plan> plan = planOf(request.getParameter("id"));
    if (plan.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PlanDocument document = PlanDocument.of(plan.get(), units.byId(plan.get().getUnitId()));
    response.setContentType(format.mediaType());
    response.setHeader("Content-Disposition", format.contentDisposition(plan.get()));
    format.write(document, response.getOutputStream());
  }

  private Optional<Plan> planOf(String id) {
    try {
      return id == null ? Optional.empty() : plans.find(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
