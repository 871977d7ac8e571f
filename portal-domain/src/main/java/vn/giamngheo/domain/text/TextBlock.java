package vn.giamngheo.domain.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph or a list item of a {@link RichText}: runs of text with their marks. {@code depth} is
 * how deeply a list item is nested (0 at the top), {@code number} its place in its list.
 */
public record TextBlock(Kind kind, int depth, int number, List<Run> runs) {

  public enum Kind {
    PARAGRAPH,
    BULLET,
    NUMBERED
  }

  /** Text in one style; a line break inside a paragraph is a {@code "\n"}. */
  public record Run(String text, boolean bold, boolean italic, boolean underline) {
    public static Run plain(String text) {
      return new Run(text, false, false, false);
    }

    boolean sameMarks(Run other) {
      return bold == other.bold && italic == other.italic && underline == other.underline;
    }
  }

  public TextBlock {
    runs = List.copyOf(runs);
  }

  public static TextBlock paragraph(String text) {
    return new TextBlock(Kind.PARAGRAPH, 0, 0, List.of(Run.plain(text)));
  }

  public String text() {
    return runs.stream().map(Run::text).collect(Collectors.joining());
  }

  /**
   * The item's mark as Vietnamese administrative documents write it: "-" and one level down "+" for
   * bullets, "1." and one level down "a)" for numbers; none for a paragraph.
   */
  public String marker() {
    return switch (kind) {
      case PARAGRAPH -> "";
      case BULLET -> depth % 2 == 0 ? "-" : "+";
      case NUMBERED -> depth % 2 == 0 ? number + "." : letter(number) + ")";
    };
  }

  private static String letter(int number) {
    StringBuilder letters = new StringBuilder();
    for (int n = number; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('a' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
