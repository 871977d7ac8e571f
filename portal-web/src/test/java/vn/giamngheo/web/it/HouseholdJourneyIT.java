package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.giamngheo.web.testing.BrowserJourney;
import vn.giamngheo.web.testing.PortalClient;

/**
 * The year's review from end to end: Cẩm Châu's staff import households into the register, run the
 * 2025 review, record the village meeting and post the lists; the chairman proposes them; the
 * district recognises them; then the commune's poor-household rate of 2025 and its change from 2024
 * appear on the dashboard and fill the commune's annual report by themselves.
 */
class HouseholdJourneyIT extends BrowserJourney {
  private static final int YEAR = 2025;
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /** The indicator columns of the 2022–2025 standard, in its order. */
  private static final List<String> INDICATORS =
      List.of(
          "Việc làm",
          "Người phụ thuộc trong hộ gia đình",
          "Dinh dưỡng",
          "Bảo hiểm y tế",
          "Trình độ giáo dục của người lớn",
          "Tình trạng đi học của trẻ em",
          "Chất lượng nhà ở",
          "Diện tích nhà ở bình quân đầu người",
          "Nguồn nước sinh hoạt",
          "Nhà tiêu hợp vệ sinh",
          "Sử dụng dịch vụ viễn thông",
          "Phương tiện phục vụ tiếp cận thông tin");

  private static final String HEADER =
      "Mã hộ,Thôn,Địa chỉ,Khu vực,Thu nhập bình quân (đồng/người/tháng),"
          + String.join(",", INDICATORS)
          + ",Tình trạng năm trước,Năm,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Quan hệ với chủ hộ,"
          + "Số CCCD,BHYT,Trình độ học vấn,Nghề nghiệp";

  /** Each household's indicator answers: counts, a share, an area, then yes/no. */
  private static final String FOUR_DEPRIVATIONS = "1,20,0,1,0,0,0,12,Không,Không,Có,Có";

  private static final String ONE_DEPRIVATION = "1,20,0,0,0,0,0,12,Có,Có,Có,Có";
  private static final String NO_DEPRIVATION = "0,20,0,0,0,0,0,30,Có,Có,Có,Có";

  @Test
  void aCommuneImportsReviewsAndPostsTheDistrictRecognisesAndTheRateShows() throws IOException {
    PortalClient client = new PortalClient(base);
    long householdsBefore = rates(client, YEAR - 1).getJsonNumber("households").longValue();

    browser.open("t/15160/").signIn("vhcs", PASSWORD);
    browser.open("t/15160/household-import");
    browser
        .driver()
        .findElement(By.cssSelector("#upload input[type=file]"))
        .sendKeys(registerFile().toString());
    browser.click("upload:start");
    assertTrue(
        browser.driver().findElements(By.id("upload:messages")).stream()
            .allMatch(m -> m.getText().isBlank()),
        browser.pageText());
    new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("state")).getText().startsWith("Đã nhập"));
    assertEquals("Đã nhập 3 hộ, 4 nhân khẩu.", browser.text("state"));

    browser.open("t/15160/reviews");
    browser.find("startReview:year").clear();
    browser.find("startReview:year").sendKeys(String.valueOf(YEAR));
    browser.click("startReview:start");
    browser.click(browser.find("reviews").findElement(By.linkText(String.valueOf(YEAR))));
    String review = browser.path();
    step("step:beginSurvey");
    step("step:classifyAll");
    assertEquals("0", totals().get(4), "every listed household classified: " + totals());
    step("step:beginMeeting");
    type("step:meetingOn", "05/12/" + YEAR);
    type("step:meetingNote", "Họp dân các thôn, thống nhất kết quả rà soát.");
    step("step:recordMeeting");
    type("step:postedFrom", "08/12/" + YEAR);
    type("step:postedTo", "12/12/" + YEAR);
    step("step:post");
    assertTrue(browser.text("reviewStatus").contains("Niêm yết"), browser.text("reviewStatus"));
    browser.click("header:signOut");

    browser.open("t/15160/").signIn("chutich", PASSWORD);
    browser.open(review);
    step("step:propose");
    assertTrue(browser.text("reviewStatus").contains("Đề nghị"), browser.text("reviewStatus"));
    browser.click("header:signOut");

    browser.open("t/390/").signIn("phonglaodong", PASSWORD);
    browser.open("t/390/reviews");
    assertTrue(browser.text("proposedCount").contains("1"), browser.text("proposedCount"));
    browser.open(review);
    type("step:decisionNo", "1234/QĐ-UBND");
    type(
        "step:decisionOn",
        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    step("step:recognise");
    assertTrue(browser.text("reviewStatus").contains("công nhận"), browser.text("reviewStatus"));
    browser.click("header:signOut");

    JsonObject after = rates(client, YEAR);
    assertEquals(
        householdsBefore + 3,
        after.getJsonNumber("households").longValue(),
        "the imported households count, from the year of the list they brought");
    BigDecimal rate = after.getJsonNumber("poorRate").bigDecimalValue();
    BigDecimal change = after.getJsonNumber("changePoints").bigDecimalValue();

    browser.open("t/15160/").signIn("vhcs", PASSWORD);
    assertTrue(browser.text("povertyFigures").contains(String.valueOf(YEAR)));
    assertEquals(vietnamese(rate), number("cardRate"));
    assertEquals(vietnamese(change), number("cardChange"));
    assertEquals(
        NumberFormat.getIntegerInstance(VIETNAMESE).format(after.getJsonNumber("poor").longValue()),
        number("cardPoor"));

    browser.open("t/15160/report?id=" + annualReport(client));
    assertEquals(
        after.getJsonNumber("poor").longValue(),
        Long.parseLong(valueOf("HO_NGHEO").replace(".", "")),
        "the report takes the recognised list");
    assertEquals(
        new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(rate),
        valueOf("TL_HO_NGHEO"));
  }

  /** Three households, each on a list of 2024: one stays poor, one escapes, one leaves. */
  private static Path registerFile() throws IOException {
    String rows =
        String.join(
            "\r\n",
            HEADER,
            "HT-01,Thôn 1,Xóm Đồng,Nông thôn,1.000.000,"
                + FOUR_DEPRIVATIONS
                + ",Nghèo,2024,Bùi Văn Hành,12/04/1975,Nam,Mường,Chủ hộ,001075009101,Không,,Làm ruộng",
            ",,,,,,,,,,,,,,,,,,,Bùi Thị Hoa,03/09/1978,Nữ,Mường,Vợ,001178009102,Có,,Làm ruộng",
            "HT-02,Thôn 2,,Nông thôn,1.200.000,"
                + ONE_DEPRIVATION
                + ",Nghèo,2024,Trương Văn Hùng,21/01/1969,Nam,Mường,Chủ hộ,001069009103,Có,,Làm thuê",
            "HT-03,Thôn 3,,Nông thôn,4.000.000,"
                + NO_DEPRIVATION
                + ",Cận nghèo,2024,Phạm Thị Hương,30/06/1982,Nữ,Kinh,Chủ hộ,001182009104,Có,,Buôn bán");
    Path file = Files.createTempFile("ho-gia-dinh-", ".csv");
    Files.writeString(file, rows + "\r\n", StandardCharsets.UTF_8);
    return file;
  }

  private JsonObject rates(PortalClient client, int year) {
    HttpResponse<String> response =
        client.get("api/v1/units/15160/poverty-rates?year=" + year, "390/phonglaodong");
    assertEquals(200, response.statusCode(), response.body());
    return PortalClient.json(response).getJsonObject("unit");
  }

  private long annualReport(PortalClient client) {
    return PortalClient.parse(
            client.get("api/v1/units/15160/reports?year=" + YEAR, "15160/vhcs").body())
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(report -> report.getString("period").equals(String.valueOf(YEAR)))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** Takes a step of the review and checks that the page took it without a complaint. */
  private void step(String button) {
    browser.click(button);
    assertTrue(
        browser
            .driver()
            .findElements(By.cssSelector("#step\\:messages .ui-messages-error"))
            .isEmpty(),
        button + " was refused: " + browser.pageText());
  }

  private void type(String id, String text) {
    browser.find(id).clear();
    browser.find(id).sendKeys(text);
  }

  /** The review's total row: poor, near-poor, average, none, not surveyed. */
  private List<String> totals() {
    return browser.find("totalRow").findElements(By.tagName("td")).stream()
        .map(cell -> cell.getText().strip())
        .toList();
  }

  private String number(String card) {
    return browser.find(card).findElement(By.tagName("strong")).getText().strip();
  }

  private String valueOf(String indicator) {
    return browser
        .driver()
        .findElement(By.cssSelector("#line-" + indicator + " input.number-input"))
        .getAttribute("value");
  }

  private static String vietnamese(BigDecimal number) {
    NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(number);
  }
}
