package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.giamngheo.web.testing.PortalClient.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.giamngheo.web.testing.BrowserJourney;
import vn.giamngheo.web.testing.PortalClient;

/**
 * Cẩm Ngọc's draft plan written with the rich editor: bold and lists reach the page and the Word
 * document; markup sent or typed never becomes an element on the page; an empty or oversize section
 * is refused; another commune can neither read nor write it. Cẩm Ngọc's draft is no other test's
 * business after ApiIT started it (this test starts it when run alone).
 */
class PlanTextEditorIT extends BrowserJourney {
  private static final String STAFF = "15169/vhcs";

  private PortalClient client;
  private long planId;

  @BeforeEach
  void theDraftOfCamNgoc() {
    client = new PortalClient(base);
    planId =
        PortalClient.parse(client.get("api/v1/units/15169/plans", STAFF).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(plan -> plan.getString("status").equals("DRAFT"))
            .map(plan -> plan.getJsonNumber("id").longValue())
            .findFirst()
            .orElseGet(this::startDraft);
  }

  private long startDraft() {
    long programId =
        PortalClient.parse(client.get("api/v1/programs", STAFF).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .get(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> started =
        client.post(
            "api/v1/units/15169/plans",
            STAFF,
            "application/json",
            "{\"programId\":" + programId + ",\"components\":[\"DA2\"]}");
    assertEquals(201, started.statusCode(), started.body());
    return json(started).getJsonNumber("id").longValue();
  }

  @Test
  void staffWriteBoldAndABulletListAndThePageAndTheWordDocumentShowThem() throws IOException {
    browser.open("t/15169/").signIn("vhcs", PASSWORD);
    browser.open("t/15169/plan?id=" + planId);
    editLink("2. Yêu cầu").click();
    WebElement editor = browser.emptyEditor("editSection:text");
    editor.sendKeys("Kế hoạch phải ");
    browser.editorButton("editSection:text", ".ql-bold");
    editor.sendKeys("sát thực tế");
    browser.editorButton("editSection:text", ".ql-bold");
    editor.sendKeys(" của xã:", Keys.ENTER);
    browser.editorButton("editSection:text", ".ql-list[value='bullet']");
    editor.sendKeys("Rà soát đúng đối tượng;", Keys.ENTER, "Công khai danh sách.");
    browser.click("editSection:save");

    assertTrue(browser.text("pageMessages").contains("Đã lưu"), browser.text("pageMessages"));
    WebElement section = section("2. Yêu cầu");
    assertEquals(
        "sát thực tế", section.findElement(By.cssSelector(".rich-text p strong")).getText());
    assertEquals(
        List.of("Rà soát đúng đối tượng;", "Công khai danh sách."),
        section.findElements(By.cssSelector(".rich-text ul > li")).stream()
            .map(WebElement::getText)
            .toList());

    editLink("2. Yêu cầu").click();
    WebElement reopened = browser.find("editSection:text").findElement(By.className("ql-editor"));
    assertEquals("sát thực tế", reopened.findElement(By.tagName("strong")).getText());
    assertEquals(2, reopened.findElements(By.tagName("li")).size(), "the editor reads it back");

    XWPFDocument docx =
        new XWPFDocument(
            new ByteArrayInputStream(
                client.getBytes("api/v1/plans/" + planId + "/document.docx", STAFF)));
    XWPFParagraph purpose =
        docx.getParagraphs().stream()
            .filter(p -> p.getText().equals("Kế hoạch phải sát thực tế của xã:"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("sát thực tế"),
        purpose.getRuns().stream().filter(XWPFRun::isBold).map(XWPFRun::text).toList());
    assertTrue(
        docx.getParagraphs().stream()
            .anyMatch(p -> p.getText().equals("- Rà soát đúng đối tượng;")),
        "the list item, after its mark");
  }

  @Test
  void markupSentOrTypedNeverBecomesAnElementOnThePage() {
    long sectionId = sectionId("III. KINH PHÍ THỰC HIỆN");
    String path = "api/v1/plans/" + planId + "/sections/" + sectionId;
    String attack =
        "<p>Kinh phí <img src=x onerror=alert(1)><script>alert(2)</script>"
            + "<b onclick=\"alert(3)\">ngân sách xã</b></p>";
    HttpResponse<String> foreign = client.put(path, "15163/vhcs", html(attack));
    assertEquals(404, foreign.statusCode(), "another commune cannot write it");
    assertEquals(404, client.get("api/v1/plans/" + planId, "15163/vhcs").statusCode());
    HttpResponse<String> saved = client.put(path, STAFF, html(attack));
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(
        "<p>Kinh phí <strong>ngân sách xã</strong></p>",
        section(json(client.get("api/v1/plans/" + planId, STAFF)), sectionId).getString("html"));

    browser.open("t/15169/").signIn("vhcs", PASSWORD);
    browser.open("t/15169/plan?id=" + planId);
    WebElement text = section("III. KINH PHÍ THỰC HIỆN").findElement(By.className("rich-text"));
    assertTrue(text.findElements(By.cssSelector("img, script, [onclick]")).isEmpty());
    assertEquals("ngân sách xã", text.findElement(By.cssSelector("strong")).getText());

    editLink("III. KINH PHÍ THỰC HIỆN").click();
    browser.emptyEditor("editSection:text").sendKeys("<img src=x onerror=alert(1)> là chữ");
    browser.click("editSection:save");
    text = section("III. KINH PHÍ THỰC HIỆN").findElement(By.className("rich-text"));
    assertEquals("<img src=x onerror=alert(1)> là chữ", text.getText());
    assertTrue(text.findElements(By.cssSelector("img")).isEmpty(), "typed markup is text");
    browser.click("header:signOut");
    browser.open("t/15163/").signIn("vhcs", PASSWORD);
    browser.open("t/15163/plan?id=" + planId);
    assertFalse(browser.pageText().contains("là chữ"), "another commune cannot read it either");
  }

  @Test
  void anEmptyOrOversizeSectionIsRefusedWithAMessageAndNothingChanges() {
    browser.open("t/15169/").signIn("vhcs", PASSWORD);
    browser.open("t/15169/plan?id=" + planId);
    String before = section("1. Mục tiêu chung").getText();
    editLink("1. Mục tiêu chung").click();
    browser.emptyEditor("editSection:text");
    browser.editorButton("editSection:text", ".ql-bold");
    browser.click("editSection:save");
    assertTrue(
        browser.text("pageMessages").contains("Mục «1. Mục tiêu chung» không được để trống"),
        browser.text("pageMessages"));
    browser.open("t/15169/plan?id=" + planId);
    assertEquals(before, section("1. Mục tiêu chung").getText());

    long sectionId = sectionId("1. Mục tiêu chung");
    HttpResponse<String> tooLong =
        client.put(
            "api/v1/plans/" + planId + "/sections/" + sectionId,
            STAFF,
            html("<p>" + "Giảm nghèo bền vững. ".repeat(1000) + "</p>"));
    assertEquals(400, tooLong.statusCode());
    assertTrue(
        json(tooLong).getString("message").contains("không được dài quá 20"),
        json(tooLong).getString("message"));
    JsonObject after = section(json(client.get("api/v1/plans/" + planId, STAFF)), sectionId);
    assertFalse(after.getString("html").contains("Giảm nghèo bền vững. Giảm"), "nothing saved");
  }

  private static String html(String html) {
    return Json.createObjectBuilder().add("html", html).build().toString();
  }

  private WebElement section(String heading) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//div[contains(@class,'plan-section')][div[@class='heading']"
                    + "[starts-with(normalize-space(.),'"
                    + heading
                    + "')]]"));
  }

  private WebElement editLink(String heading) {
    return section(heading).findElement(By.cssSelector("a.edit-link"));
  }

  private long sectionId(String heading) {
    return sectionsOf(json(client.get("api/v1/plans/" + planId, STAFF))).stream()
        .filter(s -> (s.getString("number") + " " + s.getString("title")).equals(heading))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject section(JsonObject plan, long id) {
    return sectionsOf(plan).stream()
        .filter(s -> s.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  private static List<JsonObject> sectionsOf(JsonObject plan) {
    List<JsonObject> all = new ArrayList<>();
    for (JsonObject top : plan.getJsonArray("sections").getValuesAs(JsonObject.class)) {
      all.add(top);
      all.addAll(top.getJsonArray("sections").getValuesAs(JsonObject.class));
    }
    return all;
  }
}
