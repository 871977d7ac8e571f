package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.web.testing.DeployedPortal;
import vn.giamngheo.web.testing.PortalClient;

/**
 * Cẩm Châu's 2022 plan, as the demo data holds it, exported as Word: the same headings in the same
 * order as the original document, and every line of its body, its recipients and its signer.
 */
class PlanDocumentIT extends DeployedPortal {
  private static final Pattern SEED_HEADING =
      Pattern.compile("^(?:#+\\s*)?\\*{1,2}((?:[IVX]+|\\d+(?:\\.\\d+)*)\\..*?)\\*{1,2}");

  PortalClient client;

  @BeforeEach
  void connect() {
    client = new PortalClient(base);
  }

  @Test
  void theExportedPlanHasTheSeedsHeadingsInTheSeedsOrder() throws IOException {
    XWPFDocument docx = export("15160/vhcs");
    List<String> headings =
        docx.getParagraphs().stream()
            .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
            .map(XWPFParagraph::getText)
            .map(PlanDocumentIT::normalize)
            .toList();
    assertEquals(seedHeadings(), headings);
  }

  @Test
  void everyLineOfTheSeedsBodyIsInTheExportedPlan() throws IOException {
    String text = normalize(fullText(export("15160/chutich")));
    List<String> lines = seedBodyLines();
    assertTrue(lines.size() > 100, "the seed's body has " + lines.size() + " lines");
    for (String line : lines) {
      assertTrue(text.contains(line), "missing from the export: " + line);
    }
    for (String frame :
        List.of(
            "UBND XÃ CẨM CHÂU",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 45/KH-UBND",
            "Cẩm Châu, ngày 16 tháng 5 năm 2022",
            "KẾ HOẠCH",
            "Nơi nhận:",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Phạm Phi Khanh")) {
      assertTrue(text.contains(frame), "missing from the export: " + frame);
    }
  }

  @Test
  void thePdfCarriesTheSameDocumentWithVietnameseTextIntact() throws IOException {
    long id = planOfCamChau("15160/vhcs").getJsonNumber("id").longValue();
    byte[] pdf = client.getBytes("api/v1/plans/" + id + "/document.pdf", "15160/vhcs");
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append(' ');
    }
    String all = normalize(text.toString());
    assertTrue(reader.getNumberOfPages() >= 5, "pages: " + reader.getNumberOfPages());
    for (String expected :
        List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 45/KH-UBND",
            "I. MỤC ĐÍCH, YÊU CẦU.",
            "1.2.2. Tiểu dự án 2: Cải thiện dinh dưỡng",
            "V. TỔ CHỨC THỰC HIỆN",
            "Nơi nhận:",
            "Phạm Phi Khanh")) {
      assertTrue(all.contains(expected), "missing from the PDF: " + expected);
    }
    assertEquals(
        404, client.get("api/v1/plans/" + id + "/document.pdf", "15163/vhcs").statusCode());
    assertEquals(
        404, client.get("api/v1/plans/" + id + "/document.odt", "15160/vhcs").statusCode());
  }

  @Test
  void thePlanApiShowsAllEightComponentsWithTheirLeads() {
    JsonObject plan = planOfCamChau("15160/vhcs");
    assertTrue(
        List.of("ISSUED", "SUPERSEDED").contains(plan.getString("status")),
        "issued (or replaced by an amendment another test issued)");
    assertEquals("45/KH-UBND", plan.getString("numberSymbol"));
    List<JsonObject> projects = plan.getJsonArray("components").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("DA2", "DA3", "DA4", "DA6", "DA7"),
        projects.stream().map(p -> p.getString("code")).toList());
    List<JsonObject> applied = new ArrayList<>();
    for (JsonObject project : projects) {
      List<JsonObject> subs = project.getJsonArray("subComponents").getValuesAs(JsonObject.class);
      applied.addAll(subs.isEmpty() ? List.of(project) : subs);
    }
    assertEquals(
        List.of(
            "DA2",
            "DA3.TDA1",
            "DA3.TDA2",
            "DA4.TDA3",
            "DA6.TDA1",
            "DA6.TDA2",
            "DA7.TDA1",
            "DA7.TDA2"),
        applied.stream().map(c -> c.getString("code")).toList());
    for (JsonObject component : applied) {
      assertTrue(!component.getString("objective").isBlank(), component.getString("code"));
      assertTrue(component.getJsonArray("activities").size() >= 2, component.getString("code"));
      assertTrue(component.containsKey("lead"), component.getString("code"));
    }
    assertEquals("Trạm y tế xã", applied.get(2).getString("lead"));
  }

  @Test
  void anotherCommuneCannotReadThePlanOrItsDocumentButTheDistrictCan() {
    long id = planOfCamChau("15160/vhcs").getJsonNumber("id").longValue();
    HttpResponse<String> missing = client.get("api/v1/plans/999999", "15163/vhcs");
    for (String path : List.of("api/v1/plans/" + id, "api/v1/plans/" + id + "/document.docx")) {
      HttpResponse<String> foreign = client.get(path, "15163/vhcs");
      assertEquals(404, foreign.statusCode(), path);
      assertEquals(missing.body(), foreign.body(), "a hidden plan looks like a missing one");
      assertEquals(200, client.get(path, "390/phonglaodong").statusCode(), path);
    }
    assertEquals(404, client.get("api/v1/units/15160/plans", "15163/vhcs").statusCode());
    assertEquals(
        404,
        client
            .post("api/v1/plans/" + id + "/amend", "15163/vhcs", "application/json", "")
            .statusCode());
    HttpResponse<String> district =
        client.post("api/v1/plans/" + id + "/amend", "390/phonglaodong", "application/json", "");
    assertEquals(
        400, district.statusCode(), "the district reads the commune's plan, never amends it");
  }

  private JsonObject planOfCamChau(String caller) {
    JsonObject summary =
        PortalClient.parse(client.get("api/v1/units/15160/plans", caller).body())
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(plan -> "45/KH-UBND".equals(plan.getString("numberSymbol", null)))
            .findFirst()
            .orElseThrow();
    return PortalClient.json(
        client.get("api/v1/plans/" + summary.getJsonNumber("id").longValue(), caller));
  }

  private XWPFDocument export(String caller) throws IOException {
    long id = planOfCamChau(caller).getJsonNumber("id").longValue();
    byte[] bytes = client.getBytes("api/v1/plans/" + id + "/document.docx", caller);
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  private static String fullText(XWPFDocument docx) {
    StringBuilder text = new StringBuilder();
    docx.getBodyElements()
        .forEach(
            element -> {
              if (element instanceof XWPFParagraph paragraph) {
                text.append(paragraph.getText()).append(' ');
              } else if (element instanceof XWPFTable table) {
                table
                    .getRows()
                    .forEach(
                        row ->
                            row.getTableCells()
                                .forEach(cell -> text.append(cell.getText()).append(' ')));
              }
            });
    return text.toString();
  }

  private static List<String> seedLines() throws IOException {
    try (InputStream in =
        PlanDocumentIT.class.getResourceAsStream("/seed/ke-hoach-giam-ngheo-cam-chau-2022.md")) {
      return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
  }

  private static List<String> seedHeadings() throws IOException {
    List<String> headings = new ArrayList<>();
    for (String line : seedLines()) {
      Matcher heading = SEED_HEADING.matcher(line.strip());
      if (heading.find()) {
        headings.add(normalize(heading.group(1)));
      }
    }
    return headings;
  }

  /** The body: after the title, before the signature; headings' own lines too. */
  private static List<String> seedBodyLines() throws IOException {
    List<String> lines = seedLines();
    int start = 0;
    while (!lines.get(start).startsWith("### **Triển khai")) {
      start++;
    }
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(start, lines.size())) {
      if (line.startsWith("**KT.")) {
        break;
      }
      String text = normalize(line);
      if (!text.isEmpty()) {
        body.add(text);
      }
    }
    return body;
  }

  private static String normalize(String text) {
    return text.replaceAll("[*#]", "").replaceAll("\\s+", " ").strip();
  }
}
