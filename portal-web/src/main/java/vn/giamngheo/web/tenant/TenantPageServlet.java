package vn.giamngheo.web.tenant;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.giamngheo.tenancy.identity.SignedInUser;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.security.CurrentUser;

/**
 * Resolves {@code /t/{unitCode}/{page}}: an unknown unit or page is 404; a unit's pages need a
 * signed-in user whose scope covers that unit and for whom the page is (else sign-in, or 403); then
 * the page's view renders.
 */
@WebServlet(TenantPages.PREFIX + "*")
// Uploads on a unit's pages are parsed by the servlet the address maps to: this one.
@MultipartConfig(maxFileSize = 20_971_520, maxRequestSize = 21_971_520)
public class TenantPageServlet extends HttpServlet {
  static final String UNIT_CODE_ATTRIBUTE = "portal.unitCode";

  @Inject Units units;
  @Inject CurrentUser currentUser;
  @Inject CurrentUnit currentUnit;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String context = request.getContextPath();
    String rest = request.getRequestURI().substring(context.length() + TenantPages.PREFIX.length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      response.sendRedirect(context + TenantPages.address(rest, TenantPages.SIGN_IN));
      return;
    }
    String code = rest.substring(0, slash);
    String page = rest.substring(slash + 1);
    Optional<AdminUnit> unit = units.findByCode(code);
    if (unit.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<SignedInUser> user = currentUser.get();
    boolean inScope = user.isPresent() && user.get().scope().canRead(unit.get());
    if (page.isEmpty()) {
      if (inScope) {
        response.sendRedirect(context + TenantPages.address(code, TenantPages.DASHBOARD));
        return;
      }
      page = TenantPages.SIGN_IN;
    } else if (TenantPages.Page.named(page).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } else if (user.isEmpty()) {
      response.sendRedirect(context + TenantPages.address(code, TenantPages.SIGN_IN));
      return;
    } else if (!inScope || !TenantPages.Page.named(page).get().opensFor(user.get(), unit.get())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } else {
      response.setHeader("Cache-Control", "no-store");
    }
    currentUnit.set(unit.get());
    request.setAttribute(UNIT_CODE_ATTRIBUTE, code);
    String target =
        TenantPages.Page.named(page).map(TenantPages.Page::target).orElse(TenantPages.viewOf(page));
    request.getRequestDispatcher(target).forward(request, response);
  }
}
