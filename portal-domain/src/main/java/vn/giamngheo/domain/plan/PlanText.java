package vn.giamngheo.domain.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plan's text as stored: one paragraph per line, a bullet being a line that starts with "- ".
 * Plain text on purpose: it renders safely on pages and into documents alike.
 */
final class PlanText {
  static final String BULLET = "- ";

  private PlanText() {}

  static String join(List<String> paragraphs) {
    return String.join(
        "\n",
        paragraphs.stream()
            .filter(Objects::nonNull)
            .map(p -> p.replaceAll("\\s+", " ").strip())
            .filter(p -> !p.isEmpty())
            .toList());
  }

  static List<String> split(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
