package vn.giamngheo.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.plan.PlanDocument.Block;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.domain.text.TextBlock.Run;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

class PlanDocumentTest {
  private static final AdminUnit CAM_CHAU = commune();

  private static AdminUnit commune() {
    UnitLevel commune = new UnitLevel(3, UnitLevel.COMMUNE, 3, "Xã", "Commune");
    return new AdminUnit("15160", "Xã Cẩm Châu", commune, null, LocalDate.of(2021, 1, 1));
  }

  @Test
  void theDocumentFollowsTheAdministrativeForm() {
    Plan plan = PlanWorkflowTest.draft();
    PlanDocument draft = PlanDocument.of(plan, CAM_CHAU);
    assertEquals("UBND XÃ CẨM CHÂU", draft.issuingBody());
    assertEquals("Số:       /KH-UBND", draft.numberLine());
    assertEquals("Cẩm Châu, ngày      tháng      năm", draft.placeAndDate());
    plan.submit();
    plan.issue("45/KH-UBND", LocalDate.of(2022, 5, 6));
    PlanDocument issued = PlanDocument.of(plan, CAM_CHAU);
    assertEquals("Số: 45/KH-UBND", issued.numberLine());
    assertEquals("Cẩm Châu, ngày 06 tháng 5 năm 2022", issued.placeAndDate());
    assertEquals(List.of("Phòng LĐTBXH huyện;", "Lưu: VT."), issued.recipients());
    assertEquals("KT. CHỦ TỊCH", issued.signerAuthority());
  }

  @Test
  void sectionsThenComponentsNestInTheirOrder() {
    List<Block> body = PlanDocument.of(PlanWorkflowTest.draft(), CAM_CHAU).body();
    List<String> headings =
        body.stream()
            .filter(b -> b.type() == Block.Type.HEADING)
            .map(b -> b.level() + " " + b.text())
            .toList();
    assertEquals(
        List.of(
            "1 I. MỤC ĐÍCH, YÊU CẦU.",
            "2 1. Mục đích:",
            "1 IV. NHIỆM VỤ",
            "2 1. Về phân công",
            "3 1.2. Dự án 3: Hỗ trợ sản xuất",
            "4 1.2.2. Tiểu dự án 2: Cải thiện dinh dưỡng"),
        headings);
    List<String> subProject =
        body.subList(body.size() - 6, body.size()).stream().map(Block::text).toList();
    assertEquals(
        List.of(
            "a) Mục tiêu: Giảm suy dinh dưỡng.",
            "b) Nhu cầu kinh phí: Theo kinh phí được giao.",
            "Cụ thể cho các hoạt động sau:",
            "Hỗ trợ bữa ăn học đường.",
            "Phòng chống thiếu vi chất.",
            "c) Phân công thực hiện: Trạm y tế xã chủ trì."),
        subProject);
    assertEquals(Block.Type.BULLET, body.get(body.size() - 3).type());
  }

  @Test
  void formattedSectionsKeepTheirMarksAndListsInTheDocument() {
    Plan plan = PlanWorkflowTest.draft();
    PlanSection purpose = plan.getSections().get(1);
    purpose.rewrite(
        RichText.clean(
            "<p>Mục <strong>đậm</strong> <em><u>nghiêng</u></em></p>"
                + "<ol><li>Một<ul><li>Con</li></ul></li><li>Hai</li></ol>"));
    List<Block> body = PlanDocument.of(plan, CAM_CHAU).body();
    List<Block> text = body.subList(2, 7);
    assertEquals(
        List.of(
            Run.plain("Mục "),
            new Run("đậm", true, false, false),
            Run.plain(" "),
            new Run("nghiêng", false, true, true)),
        text.get(0).runs());
    assertEquals(
        List.of("PARAGRAPH 0 ", "NUMBERED 0 1.", "BULLET 1 +", "NUMBERED 0 2.", "HEADING 1 "),
        text.stream().map(b -> b.type() + " " + b.level() + " " + b.marker()).toList());
    assertEquals("Con", text.get(2).text());
  }
}
