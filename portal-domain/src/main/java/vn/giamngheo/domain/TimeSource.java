package vn.giamngheo.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The portal's clock: Vietnam's time zone, so that "late" turns at local midnight. */
@ApplicationScoped
public class TimeSource {
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Produces
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
