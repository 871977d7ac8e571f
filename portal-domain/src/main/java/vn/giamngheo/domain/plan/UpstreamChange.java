package vn.giamngheo.domain.plan;

import vn.giamngheo.domain.text.RichText;

/**
 * A section or component whose text the plan above has changed since this plan took it over: what
 * it reads above now, and what this plan says — the plain way (a line per paragraph or item) and as
 * cleaned HTML, so that a change of formatting alone shows too.
 */
public record UpstreamChange(
    String key,
    String heading,
    String upstreamText,
    String ownText,
    String upstreamHtml,
    String ownHtml) {
  static final String SECTION = "S";
  static final String COMPONENT = "C";

  UpstreamChange(String key, String heading, RichText upstream, RichText own) {
    this(key, heading, plain(upstream), plain(own), upstream.getHtml(), own.getHtml());
  }

  private static String plain(RichText text) {
    return String.join("\n", text.lines());
  }
}
