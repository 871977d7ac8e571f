package vn.giamngheo.domain.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The one way a cleaned text is written, so that two texts read the same exactly when their HTML is
 * equal (what the comparison with the plan above relies on): only {@code p}, {@code ul} and {@code
 * ol} at the top, only {@code li} in a list, {@code strong}/{@code em}/{@code u} for the marks,
 * text in Unicode NFC with single spaces and none at the ends of a paragraph or item, and no empty
 * paragraph, item, list or mark.
 */
final class CanonicalForm {
  private static final Set<String> LISTS = Set.of("ul", "ol");
  private static final Set<String> TOP_BLOCKS = Set.of("p", "ul", "ol");
  private static final String MARKS = "strong, em, u";

  private CanonicalForm() {}

  /** {@code body} holds only the cleaner's allowed elements. */
  static void normalise(Element body) {
    body.select("b").tagName("strong");
    body.select("i").tagName("em");
    unwrapMarksAroundBlocks(body);
    gatherStrayItems(body);
    body.select("ul, ol").forEach(CanonicalForm::onlyItems);
    body.select("li").forEach(CanonicalForm::itemWithoutParagraphs);
    wrapLooseText(body);
    for (String mark : MARKS.split(", ")) {
      body.select(mark + " " + mark).forEach(Element::unwrap);
    }
    for (Element block : body.select("p, li")) {
      normaliseText(block);
    }
    removeEmpty(body);
  }

  /** A mark cannot hold a paragraph or list: the mark goes, what it held stays. */
  private static void unwrapMarksAroundBlocks(Element body) {
    List<Element> marks = body.select(MARKS);
    for (int i = marks.size() - 1; i >= 0; i--) {
      if (marks.get(i).selectFirst("p, ul, ol, li") != null) {
        marks.get(i).unwrap();
      }
    }
  }

  /** Items outside any list join a bullet list. */
  private static void gatherStrayItems(Element body) {
    for (Element li : body.select("li")) {
      if (li.parent() != null && !LISTS.contains(li.parent().normalName())) {
        Element list = new Element("ul");
        li.before(list);
        Node node = list.nextSibling();
        while (node != null && (isBlank(node) || isElement(node, "li"))) {
          Node next = node.nextSibling();
          list.appendChild(node);
          node = next;
        }
      }
    }
  }

  /** A list holds items only: a list inside it joins the item before, anything else is an item. */
  private static void onlyItems(Element list) {
    Element item = null;
    for (Node node : new ArrayList<>(list.childNodes())) {
      if (isElement(node, "li")) {
        item = (Element) node;
      } else if (isBlank(node)) {
        node.remove();
      } else if (node instanceof Element nested && LISTS.contains(nested.normalName())) {
        if (item == null) {
          item = new Element("li");
          nested.before(item);
        }
        item.appendChild(nested);
      } else if (isElement(node, "p")) {
        ((Element) node).tagName("li");
        item = (Element) node;
      } else {
        if (item == null || item.children().stream().anyMatch(c -> isList(c))) {
          item = new Element("li");
          node.before(item);
        }
        item.appendChild(node);
      }
    }
  }

  /** Paragraphs inside an item become lines of it. */
  private static void itemWithoutParagraphs(Element item) {
    for (Element paragraph : item.children()) {
      if (paragraph.normalName().equals("p")) {
        if (paragraph.previousSibling() != null) {
          paragraph.before(new Element("br"));
        }
        paragraph.unwrap();
      }
    }
  }

  /** Text and marks outside any paragraph or list form paragraphs. */
  private static void wrapLooseText(Element body) {
    Element paragraph = null;
    for (Node node : new ArrayList<>(body.childNodes())) {
      if (node instanceof Element element && TOP_BLOCKS.contains(element.normalName())) {
        paragraph = null;
      } else if (isBlank(node) && paragraph == null) {
        node.remove();
      } else {
        if (paragraph == null) {
          paragraph = new Element("p");
          node.before(paragraph);
        }
        paragraph.appendChild(node);
      }
    }
  }

  /**
   * NFC, no-break spaces as spaces, runs of white space as one, none at the start or end of the
   * block or around its line breaks; line breaks at the start or end go.
   */
  private static void normaliseText(Element block) {
    List<Node> leaves = leaves(block);
    boolean afterSpace = true;
    for (Node leaf : leaves) {
      if (leaf instanceof TextNode text) {
        String collapsed = collapse(text.getWholeText());
        if (afterSpace && collapsed.startsWith(" ")) {
          collapsed = collapsed.substring(1);
        }
        text.text(collapsed);
        if (!collapsed.isEmpty()) {
          afterSpace = collapsed.endsWith(" ");
        }
      } else {
        afterSpace = true;
      }
    }
    boolean atEnd = true;
    for (int i = leaves.size() - 1; i >= 0; i--) {
      if (leaves.get(i) instanceof TextNode text) {
        if (atEnd) {
          text.text(text.getWholeText().stripTrailing());
          atEnd = text.getWholeText().isEmpty();
        }
      } else {
        atEnd = true;
      }
    }
    leaves.stream()
        .filter(l -> l instanceof TextNode t && t.getWholeText().isEmpty())
        .forEach(Node::remove);
    trimLineBreaks(block);
  }

  private static void trimLineBreaks(Element block) {
    List<Node> leaves = leaves(block);
    for (int i = 0; i < leaves.size() && !(leaves.get(i) instanceof TextNode); i++) {
      leaves.get(i).remove();
    }
    for (int i = leaves.size() - 1; i >= 0 && !(leaves.get(i) instanceof TextNode); i--) {
      leaves.get(i).remove();
    }
  }

  /** NFC, no zero-width no-break spaces, runs of white space (no-break too) as one space. */
  static String collapse(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace("\ufeff", "")
        .replace('\u00a0', ' ')
        .replaceAll("[ \\t\\n\\r\\f]+", " ");
  }

  /** The block's own text and line breaks in order, not those of a list nested in it. */
  private static List<Node> leaves(Element block) {
    List<Node> leaves = new ArrayList<>();
    collectLeaves(block, leaves);
    return leaves;
  }

  private static void collectLeaves(Element element, List<Node> leaves) {
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode || isElement(node, "br")) {
        leaves.add(node);
      } else if (node instanceof Element child && !isList(child)) {
        collectLeaves(child, leaves);
      }
    }
  }

  /**
   * Marks without text, paragraphs and items without text, lists without items, space between
   * blocks — innermost first, so that emptying one empties its parent in the same pass.
   */
  private static void removeEmpty(Element body) {
    List<Element> all = body.getAllElements();
    for (int i = all.size() - 1; i > 0; i--) {
      Element element = all.get(i);
      switch (element.normalName()) {
        case "strong", "em", "u" -> {
          if (!hasText(element)) {
            element.unwrap();
          }
        }
        case "p" -> {
          if (!hasText(element)) {
            element.remove();
          }
        }
        case "li" -> {
          if (!hasText(element) && element.children().stream().noneMatch(CanonicalForm::isList)) {
            element.remove();
          }
        }
        case "ul", "ol" -> {
          new ArrayList<>(element.textNodes()).forEach(Node::remove);
          if (element.children().isEmpty()) {
            element.remove();
          }
        }
        default -> {}
      }
    }
    new ArrayList<>(body.textNodes()).forEach(Node::remove);
  }

  private static boolean hasText(Element element) {
    return leaves(element).stream().anyMatch(leaf -> leaf instanceof TextNode);
  }

  private static boolean isList(Element element) {
    return LISTS.contains(element.normalName());
  }

  private static boolean isElement(Node node, String tag) {
    return node instanceof Element element && element.normalName().equals(tag);
  }

  private static boolean isBlank(Node node) {
    return node instanceof TextNode text && text.isBlank();
  }
}
