package vn.giamngheo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import vn.giamngheo.tenancy.identity.LastSignInOutcome;
import vn.giamngheo.tenancy.identity.PortalPrincipal;
import vn.giamngheo.tenancy.identity.SignInResult;
import vn.giamngheo.tenancy.identity.SignedInUser;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.web.i18n.Messages;

/**
 * Signs callers in: pages through the unit's sign-in form (the user kept in the session, a new
 * session id on sign-in), the JSON API with HTTP Basic ({@code unitCode/username}) on every
 * request, without a session. Either way the request then runs in the caller's tenant scope.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String SESSION_USER = "portal.signedInUser";
  private static final String API_PREFIX = "/api/";

  @Inject IdentityStoreHandler identityStores;
  @Inject TenantContext tenant;
  @Inject CurrentUser currentUser;
  @Inject LastSignInOutcome lastOutcome;
  @Inject Messages messages;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        // Not responseUnauthorized(): the sign-in page itself shows why, with status 200.
        return AuthenticationStatus.SEND_FAILURE;
      }
      SignedInUser user = ((PortalPrincipal) result.getCallerPrincipal()).user();
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      request.getSession(true).setAttribute(SESSION_USER, user);
      return enter(user, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user) {
      return enter(user, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    UsernamePasswordCredential credential = basicCredential(request);
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return enter(((PortalPrincipal) result.getCallerPrincipal()).user(), context);
      }
      return unauthorized(request, response);
    }
    return context.isProtected() ? unauthorized(request, response) : context.doNothing();
  }

  private AuthenticationStatus enter(SignedInUser user, HttpMessageContext context) {
    tenant.enter(user.scope(), user.callerName(), user.role());
    currentUser.set(user);
    return context.notifyContainerAboutLogin(new PortalPrincipal(user), Set.of(user.role().name()));
  }

  private AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response) {
    String key =
        lastOutcome.get().orElse(null) == SignInResult.Outcome.LOCKED
            ? "signin.locked"
            : "api.unauthorized";
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"portal\", charset=\"UTF-8\"");
    response.setContentType("application/json;charset=UTF-8");
    try {
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("status", 401)
                  .add("message", messages.get(Messages.of(request), key))
                  .build()
                  .toString());
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
  }

  private static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
