package vn.giamngheo.tenancy.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Why this request's sign-in attempt failed, for the message the user sees. */
@RequestScoped
public class LastSignInOutcome {
  private SignInResult.Outcome outcome;

  void set(SignInResult.Outcome outcome) {
    this.outcome = outcome;
  }

  public Optional<SignInResult.Outcome> get() {
    return Optional.ofNullable(outcome);
  }
}
