package vn.giamngheo.tenancy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How many wrong passwords within which time lock an account (default: 5 in 15 minutes). */
@ApplicationScoped
public class LockoutPolicy {
  @Inject
  @ConfigProperty(name = "portal.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "portal.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  public int maxFailures() {
    return maxFailures;
  }

  public Duration window() {
    return Duration.ofMinutes(lockMinutes);
  }
}
