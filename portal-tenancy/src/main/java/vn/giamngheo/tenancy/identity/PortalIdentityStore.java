package vn.giamngheo.tenancy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** The database identity store: callers are {@code unitCode/username} with a PBKDF2 password. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {
  @Inject SignIn signIn;
  @Inject LastSignInOutcome lastOutcome;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    SignInResult result = signIn.attempt(credential.getCaller(), credential.getPasswordAsString());
    lastOutcome.set(result.outcome());
    return result
        .user()
        .map(
            user ->
                new CredentialValidationResult(
                    new PortalPrincipal(user), Set.of(user.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
