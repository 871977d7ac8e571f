package vn.giamngheo.domain.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.giamngheo.domain.text.TextBlock.Kind;
import vn.giamngheo.domain.text.TextBlock.Run;

/**
 * Formatted text of a plan — paragraphs, bold, italic, underline, bullet and numbered lists — kept
 * as a small subset of HTML. The only ways to make one clean what they are given ({@link #clean},
 * {@link #ofLines}), so its {@link #getHtml() HTML} is safe to put on a page as it is.
 */
public final class RichText {
  /** The most characters of text one section may hold (about eight pages). */
  public static final int MAX_LENGTH = 20_000;

  /**
   * The most characters of HTML taken in to clean: Word's markup is many times its text, but not
   * this many.
   */
  public static final int MAX_SOURCE_LENGTH = 2_000_000;

  public static final String BULLET = "- ";

  public static final RichText EMPTY = new RichText("");

  private final String html;

  private RichText(String html) {
    this.html = html;
  }

  /** {@code html} from anywhere, cleaned; blank or null is the empty text. */
  public static RichText clean(String html) {
    return new RichText(HtmlCleaner.clean(html));
  }

  /**
   * Text written the plain way: one paragraph per line, a line starting with "- " a bullet. Plans
   * were stored so before they held formatting, and the program and the demo data write so.
   */
  public static RichText ofLines(List<String> lines) {
    Document document = Document.createShell("");
    document.outputSettings().prettyPrint(false);
    Element body = document.body();
    Element list = null;
    for (String line : lines) {
      String text = line == null ? "" : CanonicalForm.collapse(line).replaceAll("^ | $", "");
      if (text.startsWith(BULLET)) {
        if (list == null) {
          list = body.appendElement("ul");
        }
        list.appendElement("li").appendText(text.substring(BULLET.length()));
      } else {
        list = null;
        body.appendElement("p").appendText(text);
      }
    }
    return clean(body.html());
  }

  public String getHtml() {
    return html;
  }

  public boolean isEmpty() {
    return html.isEmpty();
  }

  /** Characters of text, marks and list marks not counted. */
  public int length() {
    return blocks().stream().mapToInt(block -> block.text().length()).sum();
  }

  /** The paragraphs and list items in order, nested items right after the item they belong to. */
  public List<TextBlock> blocks() {
    List<TextBlock> blocks = new ArrayList<>();
    for (Element block : Jsoup.parseBodyFragment(html).body().children()) {
      if (block.normalName().equals("p")) {
        blocks.add(new TextBlock(Kind.PARAGRAPH, 0, 0, runs(block)));
      } else {
        addItems(block, 0, blocks);
      }
    }
    return blocks;
  }

  private static void addItems(Element list, int depth, List<TextBlock> blocks) {
    Kind kind = list.normalName().equals("ol") ? Kind.NUMBERED : Kind.BULLET;
    int number = 0;
    for (Element item : list.children()) {
      blocks.add(new TextBlock(kind, depth, ++number, runs(item)));
      for (Element nested : item.children()) {
        if (nested.normalName().equals("ul") || nested.normalName().equals("ol")) {
          addItems(nested, depth + 1, blocks);
        }
      }
    }
  }

  private static List<Run> runs(Element block) {
    List<Run> runs = new ArrayList<>();
    addRuns(block, false, false, false, runs);
    return runs;
  }

  private static void addRuns(
      Element element, boolean bold, boolean italic, boolean underline, List<Run> runs) {
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode text) {
        add(new Run(text.getWholeText(), bold, italic, underline), runs);
      } else if (node instanceof Element child) {
        switch (child.normalName()) {
          case "br" -> add(new Run("\n", bold, italic, underline), runs);
          case "strong" -> addRuns(child, true, italic, underline, runs);
          case "em" -> addRuns(child, bold, true, underline, runs);
          case "u" -> addRuns(child, bold, italic, true, runs);
          default -> {} // a nested list is a block of its own
        }
      }
    }
  }

  private static void add(Run run, List<Run> runs) {
    if (!runs.isEmpty() && runs.get(runs.size() - 1).sameMarks(run)) {
      Run last = runs.remove(runs.size() - 1);
      runs.add(new Run(last.text() + run.text(), run.bold(), run.italic(), run.underline()));
    } else {
      runs.add(run);
    }
  }

  /**
   * The text the plain way: a line per paragraph (and per line break in it), items after their mark
   * ("- ", "1. ", "a) ").
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (TextBlock block : blocks()) {
      String mark = block.kind() == Kind.PARAGRAPH ? "" : block.marker() + " ";
      lines.addAll(List.of((mark + block.text()).split("\n")));
    }
    return lines;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RichText text && text.html.equals(html);
  }

  @Override
  public int hashCode() {
    return html.hashCode();
  }

  @Override
  public String toString() {
    return html;
  }
}
