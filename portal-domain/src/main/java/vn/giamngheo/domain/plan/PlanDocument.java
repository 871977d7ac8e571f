package vn.giamngheo.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.giamngheo.domain.text.TextBlock;
import vn.giamngheo.domain.text.TextBlock.Run;
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
   * A heading of a level (1 = "I.", 2 = "1.", 3 = "1.1.", 4 = "1.1.1."), a paragraph, or a bullet
   * or numbered item nested {@code level} deep (0 at the top) after its {@code marker} ("-", "+",
   * "1.", "a)"); its text in runs of bold, italic and underline.
   */
  public record Block(Type type, int level, String marker, List<Run> runs) {
    public enum Type {
      HEADING,
      PARAGRAPH,
      BULLET,
      NUMBERED
    }

    public Block {
      runs = List.copyOf(runs);
    }

    static Block plain(Type type, int level, String text) {
      return new Block(type, level, type == Type.BULLET ? "-" : "", List.of(Run.plain(text)));
    }

    static Block of(TextBlock text) {
      Type type =
          switch (text.kind()) {
            case PARAGRAPH -> Type.PARAGRAPH;
            case BULLET -> Type.BULLET;
            case NUMBERED -> Type.NUMBERED;
          };
      return new Block(type, text.depth(), text.marker(), text.runs());
    }

    public String text() {
      return runs.stream().map(Run::text).collect(Collectors.joining());
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
    body.add(Block.plain(Block.Type.HEADING, level, section.getHeading()));
    section.getText().blocks().forEach(text -> body.add(Block.of(text)));
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
    body.add(Block.plain(Block.Type.HEADING, level, component.getHeading()));
    if (!component.getObjective().isEmpty()) {
      paragraph("a) Mục tiêu: " + component.getObjective(), body);
      paragraph("b) Nhu cầu kinh phí: " + component.getFundingNeed(), body);
      if (!component.getActivitiesIntro().isEmpty()) {
        paragraph(component.getActivitiesIntro(), body);
      }
      component
          .getActivities()
          .forEach(activity -> body.add(Block.plain(Block.Type.BULLET, 0, activity)));
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

  private static void paragraph(String text, List<Block> body) {
    body.add(Block.plain(Block.Type.PARAGRAPH, 0, text));
  }
}
