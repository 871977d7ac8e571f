package vn.giamngheo.domain.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML from outside — the editor, the API, a paste from Word or a web page — down to what a
 * plan's text may hold: paragraphs, line breaks, bold, italic, underline, and bullet or numbered
 * lists, nested. No attribute survives, so neither do scripts, event handlers, links, images,
 * styles or classes; scripts, styles, frames, media and form controls go with their content. The
 * result is canonical (see {@link CanonicalForm}): cleaning it again changes nothing.
 */
final class HtmlCleaner {
  private static final Safelist ALLOWED =
      new Safelist().addTags("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li");

  private static final String DROPPED_WITH_CONTENT =
      "script, style, iframe, frame, frameset, object, embed, applet, noscript, noembed, noframes,"
          + " template, svg, math, xml, title, meta, link, base, img, picture, video, audio,"
          + " source, track, canvas, map, select, textarea, button, input";

  /** Elements that hold a paragraph's worth of text, or other blocks. */
  private static final Set<String> BLOCKS =
      Set.of(
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "address",
          "section",
          "article",
          "header",
          "footer",
          "aside",
          "nav",
          "main",
          "figure",
          "figcaption",
          "center",
          "dt",
          "dd",
          "td",
          "th",
          "caption");

  private static final Set<String> HOLDING_BLOCKS =
      Set.of("p", "ul", "ol", "li", "table", "tr", "dl");

  private static final Pattern QUILL_INDENT = Pattern.compile("ql-indent-(\\d+)");

  private HtmlCleaner() {}

  static String clean(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document source = Jsoup.parse(html);
    Element body = source.body();
    body.select(DROPPED_WITH_CONTENT).remove();
    body.getAllElements().stream()
        .filter(e -> e.tagName().startsWith("v:"))
        .forEach(Element::remove);
    WordPaste.normalise(body);
    quillLists(body);
    marksFromStyles(body);
    blocksToParagraphs(body);
    Document cleaned = new Cleaner(ALLOWED).clean(source);
    cleaned.outputSettings().prettyPrint(false);
    CanonicalForm.normalise(cleaned.body());
    return cleaned.body().html();
  }

  /**
   * The editor (Quill 2) writes every list as one {@code <ol>}, each item saying what it is ({@code
   * data-list="bullet"}) and how deep ({@code class="ql-indent-1"}).
   */
  private static void quillLists(Element body) {
    body.select("span.ql-ui, span.ql-cursor").remove();
    for (Element list : body.select("ol, ul")) {
      boolean flat = list.selectFirst("> li[data-list], > li[class*=ql-indent-]") != null;
      if (list.ownerDocument() == null || list.parent().closest("li") != null || !flat) {
        continue;
      }
      List<ListItems.Item> items = new ArrayList<>();
      for (Element li : list.children()) {
        String kind = li.attr("data-list");
        boolean numbered = kind.isEmpty() ? list.normalName().equals("ol") : kind.equals("ordered");
        Matcher indent = QUILL_INDENT.matcher(li.className());
        int depth = indent.find() ? Integer.parseInt(indent.group(1)) : 0;
        items.add(new ListItems.Item(numbered, depth, new ArrayList<>(li.childNodes())));
      }
      ListItems.replace(List.of(list), ListItems.build(items));
    }
  }

  /**
   * Bold, italic and underline written as styles (Word's and web pages' spans) become marks; and a
   * {@code <b>} styled back to normal weight (Google Docs wraps whole pastes in one) is no mark.
   */
  private static void marksFromStyles(Element body) {
    for (Element element : body.select("[style]")) {
      Map<String, String> style = declarations(element.attr("style"));
      String weight = style.getOrDefault("font-weight", "");
      boolean bold = weight.matches("bold|bolder|[6-9]00");
      boolean boldTag = element.normalName().equals("b") || element.normalName().equals("strong");
      if (boldTag && weight.matches("normal|lighter|[1-4]00")) {
        element.unwrap();
        continue;
      }
      if (element.selectFirst(String.join(", ", HOLDING_BLOCKS)) != null) {
        continue;
      }
      if (bold && !boldTag) {
        wrapContent(element, "strong");
      }
      if (style.getOrDefault("font-style", "").matches("italic|oblique")) {
        wrapContent(element, "em");
      }
      String decoration =
          style.getOrDefault("text-decoration", "")
              + " "
              + style.getOrDefault("text-decoration-line", "");
      if (decoration.contains("underline")) {
        wrapContent(element, "u");
      }
    }
  }

  private static Map<String, String> declarations(String style) {
    Map<String, String> declarations = new HashMap<>();
    for (String declaration : style.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon > 0) {
        declarations.put(
            declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT));
      }
    }
    return declarations;
  }

  private static void wrapContent(Element element, String tag) {
    Element mark = new Element(tag);
    new ArrayList<>(element.childNodes()).forEach(mark::appendChild);
    element.appendChild(mark);
  }

  /**
   * Headings, divisions, table cells and the like become paragraphs when they hold text only, and
   * give way to what they hold otherwise; without this the cleaner would run them into one line.
   */
  private static void blocksToParagraphs(Element body) {
    List<Element> all = body.getAllElements();
    for (int i = all.size() - 1; i > 0; i--) {
      Element element = all.get(i);
      if (BLOCKS.contains(element.normalName())) {
        if (holdsBlocks(element)) {
          element.unwrap();
        } else {
          element.tagName("p");
        }
      }
    }
  }

  private static boolean holdsBlocks(Element element) {
    for (Element descendant : element.getAllElements()) {
      if (descendant != element
          && (HOLDING_BLOCKS.contains(descendant.normalName())
              || BLOCKS.contains(descendant.normalName()))) {
        return true;
      }
    }
    return false;
  }
}
