package vn.giamngheo.domain.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What Microsoft Word puts on the clipboard, made plain HTML before cleaning. Word writes a list
 * item as a paragraph ({@code MsoListParagraph}...) whose style names its level ({@code mso-list:l0
 * level2 lfo1}) and whose bullet or number is typed out in front of the text, in a span styled
 * {@code mso-list:Ignore} and often between the conditional comments {@code <!--[if
 * !supportLists]-->} and {@code <!--[endif]-->}. Those paragraphs become real list items and the
 * typed-out marks go; the rest of Word's markup (classes, styles, {@code <o:p>}) the cleaner drops.
 */
final class WordPaste {
  private static final Pattern LEVEL =
      Pattern.compile("mso-list:\\s*l\\d+\\s+level(\\d+)", Pattern.CASE_INSENSITIVE);
  private static final String TYPED_MARK = "[style~=(?i)mso-list:\\s*ignore]";
  private static final Pattern NUMBER = Pattern.compile("(\\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]");

  private WordPaste() {}

  static void normalise(Element body) {
    List<Element> run = new ArrayList<>();
    for (Element paragraph : body.select("p")) {
      if (level(paragraph) == 0) {
        continue;
      }
      if (!run.isEmpty() && !follows(run.get(run.size() - 1), paragraph)) {
        toList(run);
        run = new ArrayList<>();
      }
      run.add(paragraph);
    }
    if (!run.isEmpty()) {
      toList(run);
    }
    body.select(TYPED_MARK).remove();
  }

  private static int level(Element paragraph) {
    Matcher level = LEVEL.matcher(paragraph.attr("style"));
    return level.find() ? Integer.parseInt(level.group(1)) : 0;
  }

  /** Whether {@code next} comes right after {@code previous}, with only blank text between. */
  private static boolean follows(Element previous, Element next) {
    for (Node node = previous.nextSibling(); node != null; node = node.nextSibling()) {
      if (node == next) {
        return true;
      }
      if (!(node instanceof Comment) && !(node instanceof TextNode text && text.isBlank())) {
        return false;
      }
    }
    return false;
  }

  private static void toList(List<Element> paragraphs) {
    List<ListItems.Item> items = new ArrayList<>();
    for (Element paragraph : paragraphs) {
      String mark = removeTypedMark(paragraph);
      items.add(
          new ListItems.Item(
              NUMBER.matcher(mark).matches(),
              level(paragraph) - 1,
              new ArrayList<>(paragraph.childNodes())));
    }
    ListItems.replace(paragraphs, ListItems.build(items));
  }

  /** Removes the bullet or number Word typed in front of the item's text, and returns it. */
  private static String removeTypedMark(Element paragraph) {
    StringBuilder mark = new StringBuilder();
    for (Element typed : paragraph.select(TYPED_MARK)) {
      mark.append(typed.text());
      typed.remove();
    }
    for (Comment start : comments(paragraph, "[if !supportLists]")) {
      Node node = start.nextSibling();
      while (node != null && !(node instanceof Comment end && end.getData().contains("[endif]"))) {
        Node next = node.nextSibling();
        if (node instanceof Element element) {
          mark.append(element.text());
        } else if (node instanceof TextNode text) {
          mark.append(text.text());
        }
        node.remove();
        node = next;
      }
    }
    return mark.toString().replace('\u00a0', ' ').strip();
  }

  private static List<Comment> comments(Element paragraph, String data) {
    List<Comment> found = new ArrayList<>();
    paragraph.forEachNode(
        node -> {
          if (node instanceof Comment comment && comment.getData().contains(data)) {
            found.add(comment);
          }
        });
    return found;
  }
}
