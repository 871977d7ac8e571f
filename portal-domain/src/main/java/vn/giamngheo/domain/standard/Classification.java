package vn.giamngheo.domain.standard;

import java.util.List;
import java.util.stream.Collectors;

/** A household's status under a standard and the deprivations that led to it. */
public record Classification(PovertyStatus status, List<Deprivation> deprivations) {
  public Classification {
    deprivations = List.copyOf(deprivations);
  }

  /** The indicator codes, comma-separated, as the register stores them. */
  public String deprivationCodes() {
    return deprivations.stream().map(Deprivation::indicatorCode).collect(Collectors.joining(","));
  }
}
