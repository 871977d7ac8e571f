package vn.giamngheo.domain.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The plain texts of a plan — preamble, recipients, a component's activities — as stored: one per
 * line. Sections hold formatted text instead ({@link vn.giamngheo.domain.text.RichText}).
 */
final class PlanText {
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
