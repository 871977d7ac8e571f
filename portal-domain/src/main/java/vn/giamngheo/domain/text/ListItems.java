package vn.giamngheo.domain.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Nested HTML lists built from list items written flat with a depth each, as Word (a paragraph per
 * item with its level) and the editor (one list, an indent class per item) write them.
 */
final class ListItems {
  private ListItems() {}

  record Item(boolean numbered, int depth, List<Node> content) {}

  /**
   * The lists the items form. An item never lands deeper than one level below the one before it, so
   * that every nested list hangs from an item.
   */
  static List<Element> build(List<Item> items) {
    List<Element> lists = new ArrayList<>();
    Deque<Element> open = new ArrayDeque<>();
    for (Item item : items) {
      int depth = Math.min(Math.max(item.depth(), 0), open.size());
      while (open.size() > depth + 1) {
        open.pop();
      }
      String tag = item.numbered() ? "ol" : "ul";
      if (open.size() == depth + 1 && !open.peek().normalName().equals(tag)) {
        open.pop();
      }
      if (open.size() == depth) {
        Element list = new Element(tag);
        if (open.isEmpty()) {
          lists.add(list);
        } else {
          open.peek().children().last().appendChild(list);
        }
        open.push(list);
      }
      Element li = open.peek().appendElement("li");
      item.content().forEach(li::appendChild);
    }
    return lists;
  }

  /** Puts the lists where {@code first} was, and removes {@code replaced}. */
  static void replace(List<? extends Node> replaced, List<Element> lists) {
    Node first = replaced.get(0);
    for (Element list : lists) {
      first.before(list);
    }
    replaced.forEach(Node::remove);
  }
}
