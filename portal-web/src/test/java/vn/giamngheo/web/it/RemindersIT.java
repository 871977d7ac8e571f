package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.web.testing.DeployedPortal;
import vn.giamngheo.web.testing.PortalClient;
import vn.giamngheo.web.testing.PortalTestEnvironment;

/**
 * Reminders of the third quarter of 2022: three days before the due date and the day after it, a
 * notice to each unit with its report still open and an e-mail to its staff — once.
 */
class RemindersIT extends DeployedPortal {
  private static final String ADMIN = "38/admin";
  private static final String CAM_CHAU = "vhcs.15160@giamngheo.example";

  PortalClient client;
  GreenMail smtp;

  @BeforeEach
  void start() {
    client = new PortalClient(base);
    smtp = new GreenMail(new ServerSetup(PortalTestEnvironment.SMTP_PORT, "127.0.0.1", "smtp"));
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  @Test
  void unitsWithTheReportOpenAreRemindedBeforeTheDueDateAndAfterItOnce() throws Exception {
    LocalDate due = dueOfThirdQuarter();
    String before = "api/v1/reminders?date=" + due.minusDays(3);
    assertEquals(403, client.post(before, "15160/vhcs", "application/json", "").statusCode());

    List<JsonObject> sent = reminders(before);
    assertTrue(sent.size() > 500, "almost every unit of Thanh Hóa has it open: " + sent.size());
    assertTrue(sent.stream().allMatch(r -> r.getString("kind").equals("REPORT_DUE")));
    MimeMessage toCamChau = mailTo(CAM_CHAU);
    assertEquals("Sắp đến hạn nộp báo cáo 2022-Q3 — Xã Cẩm Châu", toCamChau.getSubject());
    assertTrue(GreenMailUtil.getBody(toCamChau).length() > 0);

    List<JsonObject> notices =
        PortalClient.parse(client.get("api/v1/notices", "15160/vhcs").body())
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertTrue(
        notices.stream()
            .anyMatch(
                n ->
                    n.getString("kind").equals("REPORT_DUE")
                        && n.getString("subject").equals("2022-Q3")),
        notices.toString());

    int mails = smtp.getReceivedMessages().length;
    assertEquals(List.of(), reminders(before), "a day's reminders go out once");
    assertEquals(mails, smtp.getReceivedMessages().length);

    List<JsonObject> late = reminders("api/v1/reminders?date=" + due.plusDays(1));
    assertTrue(late.stream().allMatch(r -> r.getString("kind").equals("REPORT_LATE")));
    assertTrue(late.size() > 500);
    assertEquals(
        400,
        client.post("api/v1/reminders?date=hôm-nay", ADMIN, "application/json", "").statusCode());
  }

  private LocalDate dueOfThirdQuarter() {
    return PortalClient.parse(
            client.get("api/v1/units/15160/reports?year=2022", "15160/vhcs").body())
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(report -> report.getString("period").equals("2022-Q3"))
        .map(report -> LocalDate.parse(report.getString("dueOn")))
        .findFirst()
        .orElseThrow();
  }

  private List<JsonObject> reminders(String path) {
    var response = client.post(path, ADMIN, "application/json", "");
    assertEquals(200, response.statusCode(), response.body());
    return PortalClient.parse(response.body()).asJsonArray().getValuesAs(JsonObject.class);
  }

  private MimeMessage mailTo(String address) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(r -> r.toString().equals(address));
              } catch (Exception e) {
                return false;
              }
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no e-mail to " + address));
  }
}
