package vn.giamngheo.tenancy.identity;

import java.util.Optional;

/** The outcome of one sign-in attempt. */
public record SignInResult(Outcome outcome, Optional<SignedInUser> user) {
  public enum Outcome {
    SIGNED_IN,
    WRONG_CREDENTIALS,
    LOCKED,
    UNKNOWN_UNIT
  }

  static SignInResult signedIn(SignedInUser user) {
    return new SignInResult(Outcome.SIGNED_IN, Optional.of(user));
  }

  static SignInResult refused(Outcome outcome) {
    return new SignInResult(outcome, Optional.empty());
  }
}
