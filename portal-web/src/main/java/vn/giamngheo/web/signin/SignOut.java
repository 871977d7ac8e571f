package vn.giamngheo.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.identity.SignedInUser;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.TenantPages;

/** Ends the session and returns to the unit's sign-in page. */
@Named
@RequestScoped
public class SignOut {
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    SignedInUser user = currentUser.required();
    audit.record(user.unitId(), "SIGNED_OUT", null);
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath()
            + TenantPages.address(user.unitCode(), TenantPages.SIGN_IN));
    FacesContext.getCurrentInstance().responseComplete();
  }
}
