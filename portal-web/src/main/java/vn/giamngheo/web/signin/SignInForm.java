package vn.giamngheo.web.signin;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.giamngheo.tenancy.identity.CallerName;
import vn.giamngheo.tenancy.identity.LastSignInOutcome;
import vn.giamngheo.tenancy.identity.LockoutPolicy;
import vn.giamngheo.tenancy.identity.SignInResult;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;
import vn.giamngheo.web.tenant.TenantPages;

/** The sign-in form of a unit: username and password of an account of that unit. */
@Named
@RequestScoped
public class SignInForm {
  private String username;
  private String password;

  @Inject SecurityContext securityContext;
  @Inject CurrentUnit unit;
  @Inject LastSignInOutcome outcome;
  @Inject LockoutPolicy lockout;
  @Inject FacesMessages messages;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    String caller = CallerName.of(unit.getCode(), username == null ? "" : username.strip());
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(
                    new UsernamePasswordCredential(caller, password == null ? "" : password))
                .newAuthentication(true));
    SignInResult.Outcome result = outcome.get().orElse(SignInResult.Outcome.WRONG_CREDENTIALS);
    if (status == AuthenticationStatus.SUCCESS && result == SignInResult.Outcome.SIGNED_IN) {
      external.redirect(
          external.getRequestContextPath()
              + TenantPages.address(unit.getCode(), TenantPages.DASHBOARD));
      faces.responseComplete();
    } else if (result == SignInResult.Outcome.LOCKED) {
      messages.error("signin.locked", lockout.window().toMinutes());
    } else {
      messages.error("signin.wrong");
    }
    password = null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
