package vn.giamngheo.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giamngheo.domain.text.TextBlock.Kind;
import vn.giamngheo.domain.text.TextBlock.Run;

class RichTextTest {

  static Stream<Arguments> dirtyAndClean() {
    return Stream.of(
        Arguments.of("plain text becomes a paragraph", "Giảm nghèo", "<p>Giảm nghèo</p>"),
        Arguments.of("nothing is nothing", "  <p> </p><p><br></p>&nbsp;", ""),
        Arguments.of(
            "a script goes with its content",
            "<p>Trước<script>alert(1)</script> sau</p><script>document.cookie</script>",
            "<p>Trước sau</p>"),
        Arguments.of(
            "an image that runs code on error goes",
            "<p>Ảnh <img src=x onerror=alert(1)> hết</p>",
            "<p>Ảnh hết</p>"),
        Arguments.of(
            "a javascript: link keeps its text only",
            "<p><a href=\"javascript:alert(1)\">Bấm vào đây</a></p>",
            "<p>Bấm vào đây</p>"),
        Arguments.of(
            "an svg that runs code on load goes with its content",
            "<p>Hình<svg onload=alert(1)><text>x</text></svg></p>",
            "<p>Hình</p>"),
        Arguments.of(
            "event handlers, styles and classes go; the marks stay",
            "<p class=\"ql-align-justify\" style=\"color:red\" onclick=\"alert(1)\">"
                + "<b onclick=\"alert(1)\">Đậm</b> <i style=\"x\">nghiêng</i> <u class=\"y\">gạch</u></p>",
            "<p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u></p>"),
        Arguments.of(
            "frames, objects, forms and styles go",
            "<iframe src=\"https://evil\">x</iframe><object data=x></object><style>p{}</style>"
                + "<form action=x><input value=v><button>Gửi</button><p>Nội dung</p></form>",
            "<p>Nội dung</p>"),
        Arguments.of(
            "an escaped tag stays text",
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 5 &gt; 3</p>",
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 5 &gt; 3</p>"),
        Arguments.of(
            "headings and divisions become paragraphs, never one run-on line",
            "<h1>Tiêu đề</h1><div>Một</div><div><div>Hai</div><p>Ba</p></div>",
            "<p>Tiêu đề</p><p>Một</p><p>Hai</p><p>Ba</p>"),
        Arguments.of(
            "white space collapses, no-break spaces too, none at the ends",
            "<p>&nbsp;&nbsp; Một \n  hai&nbsp;&nbsp;&nbsp;ba <strong> bốn </strong> </p>",
            "<p>Một hai ba <strong>bốn</strong></p>"),
        Arguments.of(
            "line breaks inside stay, at the ends go",
            "<p><br>Dòng một<br>Dòng hai<br><br></p>",
            "<p>Dòng một<br>Dòng hai</p>"),
        Arguments.of(
            "nested lists stay nested",
            "<ul><li>Một<ul><li>Một a</li><li>Một b<ol><li>Số</li></ol></li></ul></li><li>Hai</li></ul>",
            "<ul><li>Một<ul><li>Một a</li><li>Một b<ol><li>Số</li></ol></li></ul></li><li>Hai</li></ul>"),
        Arguments.of(
            "a list inside a list without an item joins the item before",
            "<ul><li>Một</li><ul><li>Con</li></ul><li>Hai</li></ul>",
            "<ul><li>Một<ul><li>Con</li></ul></li><li>Hai</li></ul>"),
        Arguments.of(
            "the editor's flat lists become nested lists",
            "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>"
                + "Một</li><li data-list=\"bullet\" class=\"ql-indent-1\"><span class=\"ql-ui\">"
                + "</span>Con</li><li data-list=\"ordered\"><span class=\"ql-ui\"></span>Số một"
                + "</li><li data-list=\"ordered\"><span class=\"ql-ui\"></span>Số hai</li></ol>",
            "<ul><li>Một<ul><li>Con</li></ul></li></ul><ol><li>Số một</li><li>Số hai</li></ol>"),
        Arguments.of(
            "an item indented twice under nothing lands one level down",
            "<ol><li data-list=\"bullet\">Một</li>"
                + "<li data-list=\"bullet\" class=\"ql-indent-3\">Sâu</li></ol>",
            "<ul><li>Một<ul><li>Sâu</li></ul></li></ul>"),
        Arguments.of(
            "the editor's cursor mark and empty lines go",
            "<p><strong><span class=\"ql-cursor\">\ufeff</span></strong></p><p>Chữ</p><p><br></p>",
            "<p>Chữ</p>"),
        Arguments.of(
            "a bold written as a style is a mark; a Google Docs wrapper is not",
            "<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><p>"
                + "<span style=\"font-weight:700\">Đậm</span> và "
                + "<span style=\"font-style:italic;text-decoration:underline\">nghiêng</span></p></b>",
            "<p><strong>Đậm</strong> và <u><em>nghiêng</em></u></p>"),
        Arguments.of(
            "items outside a list make a bullet list; paragraphs in an item are its lines",
            "<li>Một</li><li><p>Hai</p><p>Ba</p></li>",
            "<ul><li>Một</li><li>Hai<br>Ba</li></ul>"),
        Arguments.of(
            "a mark around a paragraph goes, the paragraph stays",
            "<strong><p>Đoạn</p></strong><em></em><u> </u>",
            "<p>Đoạn</p>"),
        Arguments.of(
            "font tags and spans go, their text stays",
            "<p><font face=\"Times New Roman\" size=\"4\"><span lang=\"VI\">Xã Cẩm Châu</span></font></p>",
            "<p>Xã Cẩm Châu</p>"),
        Arguments.of(
            "a table pastes as a paragraph per cell",
            "<table><tr><td>Ô một</td><td><b>Ô hai</b></td></tr></table>",
            "<p>Ô một</p><p><strong>Ô hai</strong></p>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dirtyAndClean")
  void cleansDownToTheAllowedForm(String name, String dirty, String clean) {
    assertEquals(clean, RichText.clean(dirty).getHtml());
    assertEquals(clean, RichText.clean(clean).getHtml(), "cleaning the clean form changes nothing");
  }

  @Test
  void aPasteFromWordBecomesParagraphsAndRealLists() throws IOException {
    RichText text = RichText.clean(resource("word-paste.html"));
    assertEquals(
        "<p><strong>1. Mục đích:</strong></p>"
            + "<p>Kế hoạch nhằm cụ thể hóa các mục tiêu, chỉ tiêu giảm nghèo của xã.</p>"
            + "<ul><li>Hỗ trợ hộ nghèo phát triển sản xuất;"
            + "<ul><li>Ưu tiên hộ có <em>người khuyết tật</em>;</li></ul></li>"
            + "<li>Nâng cao năng lực cho cán bộ.<ul><li>Cấp thôn<ul><li>Tổ tự quản</li></ul>"
            + "</li></ul></li></ul>"
            + "<ol><li>Rà soát hộ nghèo;</li><li>Tổng hợp <u>báo cáo</u>.</li></ol>"
            + "<p>Hết.</p>",
        text.getHtml());
    assertFalse(text.getHtml().contains("·"), "Word's typed bullets go");
    assertEquals(text, RichText.clean(text.getHtml()));
  }

  @Test
  void vietnameseTextIsKeptExactlyInComposedForm() {
    String composed = "Xã Cẩm Châu, huyện Cẩm Thủy: hộ nghèo, cận nghèo được hỗ trợ ưu đãi.";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertTrue(decomposed.length() > composed.length(), "the test text has combining marks");
    assertEquals("<p>" + composed + "</p>", RichText.clean(composed).getHtml());
    assertEquals("<p>" + composed + "</p>", RichText.clean("<p>" + decomposed + "</p>").getHtml());
    assertEquals(List.of(composed), RichText.clean(decomposed).lines());
  }

  @Test
  void plainLinesReadAsParagraphsAndBullets() {
    RichText text =
        RichText.ofLines(
            List.of("a) Mục đích & yêu cầu <b>", "- Một", "-  Hai", "", "Đoạn cuối", "- Ba"));
    assertEquals(
        "<p>a) Mục đích &amp; yêu cầu &lt;b&gt;</p><ul><li>Một</li><li>Hai</li></ul>"
            + "<p>Đoạn cuối</p><ul><li>Ba</li></ul>",
        text.getHtml());
    assertEquals(
        List.of("a) Mục đích & yêu cầu <b>", "- Một", "- Hai", "Đoạn cuối", "- Ba"), text.lines());
    assertTrue(RichText.ofLines(List.of(" ", "")).isEmpty());
  }

  @Test
  void blocksCarryTheirMarksDepthAndNumber() {
    RichText text =
        RichText.clean(
            "<p>Thường <strong>đậm <em>cả nghiêng</em></strong><br>dòng hai</p>"
                + "<ol><li>Một<ol><li>Một a</li><li>Một b</li></ol></li><li><u>Hai</u></li></ol>"
                + "<ul><li>Gạch<ul><li>Cộng</li></ul></li></ul>");
    List<TextBlock> blocks = text.blocks();
    assertEquals(
        List.of(
            Run.plain("Thường "),
            new Run("đậm ", true, false, false),
            new Run("cả nghiêng", true, true, false),
            Run.plain("\ndòng hai")),
        blocks.get(0).runs());
    assertEquals(
        List.of("", "1.", "a)", "b)", "2.", "-", "+"),
        blocks.stream().map(TextBlock::marker).toList());
    assertEquals(List.of(0, 0, 1, 1, 0, 0, 1), blocks.stream().map(TextBlock::depth).toList());
    assertEquals(Kind.NUMBERED, blocks.get(4).kind());
    assertTrue(blocks.get(4).runs().get(0).underline());
    assertEquals(
        List.of(
            "Thường đậm cả nghiêng",
            "dòng hai",
            "1. Một",
            "a) Một a",
            "b) Một b",
            "2. Hai",
            "- Gạch",
            "+ Cộng"),
        text.lines());
    assertEquals("Thường đậm cả nghiêng\ndòng hai".length() + 24, text.length());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RichTextTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
