package vn.giamngheo.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * A plan laid out as a Vietnamese administrative document (Decree 30/2020/NĐ-CP): the issuing body
 * and national emblem lines, number and symbol, place and date, the document kind and title, the
 * numbered body, the recipients ("Nơi nhận") and the signature block. Exporters only typeset it.
 */
public record PlanDocument(
    String issuingBody,
    String numberLine,
    String placeAndDate,
    String kind,
    String title,
    String preamble,
    List<Block> body,
    List<String> recipients,
    String signerAuthority,
    String signerTitle,
    String signerName) {

  public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  public static final String RECIPIENTS_HEADING = "Nơi nhận:";

  /**
   * A heading of a level (1 = "I.", 2 = "1.", 3 = "1.1.", 4 = "1.1.1."), a paragraph or a bullet.
   */
  public record Block(Type type, int level, String text) {
    public enum Type {
      HEADING,
      PARAGRAPH,
      BULLET
    }
  }

  public static PlanDocument of(Plan plan, AdminUnit unit) {
    List<Block> body = new ArrayList<>();
    for (PlanSection section : plan.topSections()) {
      addSection(plan, section, 1, body);
    }
    return new PlanDocument(
        unit.committeeName().toUpperCase(Locale.forLanguageTag("vi")),
        "Số: " + (plan.getNumberSymbol() == null ? "      /KH-UBND" : plan.getNumberSymbol()),
        placeAndDate(plan),
        "KẾ HOẠCH",
        plan.getTitle(),
        plan.getPreamble(),
        List.copyOf(body),
        plan.getRecipients(),
        plan.getSignerAuthority(),
        plan.getSignerTitle(),
        plan.getSignerName());
  }

  private static String placeAndDate(Plan plan) {
    if (plan.getIssuedOn() == null) {
      return plan.getPlace() + ", ngày      tháng      năm";
    }
    return "%s, ngày %02d tháng %d năm %d"
        .formatted(
            plan.getPlace(),
            plan.getIssuedOn().getDayOfMonth(),
            plan.getIssuedOn().getMonthValue(),
            plan.getIssuedOn().getYear());
  }

  private static void addSection(Plan plan, PlanSection section, int level, List<Block> body) {
    body.add(new Block(Block.Type.HEADING, level, section.getHeading()));
    addText(section.getParagraphs(), body);
    if (section.getKind() == SectionKind.COMPONENTS) {
      for (PlanComponent project : plan.projects()) {
        addComponent(plan, project, level + 1, body);
      }
    }
    for (PlanSection child : plan.sectionsIn(section)) {
      addSection(plan, child, level + 1, body);
    }
  }

  private static void addComponent(
      Plan plan, PlanComponent component, int level, List<Block> body) {
    body.add(new Block(Block.Type.HEADING, level, component.getHeading()));
    if (!component.getObjective().isEmpty()) {
      paragraph("a) Mục tiêu: " + component.getObjective(), body);
      paragraph("b) Nhu cầu kinh phí: " + component.getFundingNeed(), body);
      if (!component.getActivitiesIntro().isEmpty()) {
        paragraph(component.getActivitiesIntro(), body);
      }
      component
          .getActivities()
          .forEach(activity -> body.add(new Block(Block.Type.BULLET, 0, activity)));
      paragraph("c) Phân công thực hiện: " + component.getAssignment(), body);
      if (component.getDeadline() != null) {
        paragraph(
            "Thời hạn hoàn thành: %1$td/%1$tm/%1$tY".formatted(component.getDeadline()), body);
      }
    }
    for (PlanComponent sub : plan.subComponentsOf(component)) {
      addComponent(plan, sub, level + 1, body);
    }
  }

  private static void addText(List<String> paragraphs, List<Block> body) {
    for (String line : paragraphs) {
      if (line.startsWith(PlanText.BULLET)) {
        body.add(new Block(Block.Type.BULLET, 0, line.substring(PlanText.BULLET.length())));
      } else {
        paragraph(line, body);
      }
    }
  }

  private static void paragraph(String text, List<Block> body) {
    body.add(new Block(Block.Type.PARAGRAPH, 0, text));
  }
}
