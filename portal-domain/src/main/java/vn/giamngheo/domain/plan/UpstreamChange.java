package vn.giamngheo.domain.plan;

/**
 * A section or component whose text the plan above has changed since this plan took it over: what
 * it reads above now, and what this plan says.
 */
public record UpstreamChange(String key, String heading, String upstreamText, String ownText) {
  static final String SECTION = "S";
  static final String COMPONENT = "C";
}
