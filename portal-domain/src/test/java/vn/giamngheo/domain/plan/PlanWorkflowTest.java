package vn.giamngheo.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.UserFacingException;

class PlanWorkflowTest {
  static Plan draft() {
    Plan plan =
        new Plan(
            7L,
            3L,
            new Plan.Header(
                "Triển khai thực hiện Chương trình",
                "Thực hiện Kế hoạch số 82/KH-UBND",
                "Cẩm Châu",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Phạm Phi Khanh",
                List.of("Phòng LĐTBXH huyện;", "Lưu: VT.")));
    PlanSection purpose =
        plan.addSection(
            null,
            new PlanSection.Outline("I.", "MỤC ĐÍCH, YÊU CẦU.", SectionKind.TEXT, RichText.EMPTY));
    plan.addSection(
        purpose,
        new PlanSection.Outline(
            "1.", "Mục đích:", SectionKind.TEXT, RichText.ofLines(List.of("a) Cụ thể hóa."))));
    PlanSection tasks =
        plan.addSection(
            null, new PlanSection.Outline("IV.", "NHIỆM VỤ", SectionKind.TEXT, RichText.EMPTY));
    plan.addSection(
        tasks,
        new PlanSection.Outline("1.", "Về phân công", SectionKind.COMPONENTS, RichText.EMPTY));
    PlanComponent da3 =
        plan.addComponent(null, content("DA3", "1.2", "Dự án 3: Hỗ trợ sản xuất", ""));
    plan.addComponent(
        da3,
        content("DA3.TDA2", "1.2.2", "Tiểu dự án 2: Cải thiện dinh dưỡng", "Giảm suy dinh dưỡng."));
    plan.fund("DA3.TDA2", FundingSource.CENTRAL, 2022, 50_000_000);
    return plan;
  }

  static PlanComponent.Content content(String code, String number, String title, String objective) {
    return new PlanComponent.Content(
        code,
        number,
        title,
        objective,
        "Theo kinh phí được giao.",
        "Cụ thể cho các hoạt động sau:",
        List.of("Hỗ trợ bữa ăn học đường.", "Phòng chống thiếu vi chất."),
        "Trạm y tế xã chủ trì.",
        null,
        null);
  }

  @Test
  void staffSubmitAndTheLeaderIssuesUnderANumber() {
    Plan plan = draft();
    assertEquals(PlanStatus.DRAFT, plan.submit());
    assertEquals(PlanStatus.SUBMITTED, plan.issue("45/KH-UBND", LocalDate.of(2022, 5, 16)));
    assertEquals(PlanStatus.ISSUED, plan.getStatus());
    assertEquals("45/KH-UBND", plan.getNumberSymbol());
  }

  @Test
  void anIssuedPlanIsReadOnly() {
    Plan plan = draft();
    plan.submit();
    plan.issue("45/KH-UBND", LocalDate.of(2022, 5, 16));
    long anySection = 0;
    assertEquals(
        "plan.notDraft",
        assertThrows(
                UserFacingException.class,
                () -> plan.rewriteComponent(content("DA3.TDA2", "1.2.2", "x", "y")))
            .messageKey());
    assertThrows(
        UserFacingException.class,
        () -> plan.rewriteSection(anySection, RichText.ofLines(List.of("x"))));
    assertThrows(
        UserFacingException.class, () -> plan.fund("DA3.TDA2", FundingSource.LOCAL, 2022, 1));
    assertThrows(UserFacingException.class, plan::submit);
  }

  @Test
  void aReturnedDraftCarriesTheLeadersComment() {
    Plan plan = draft();
    plan.submit();
    assertEquals(
        "plan.returnNeedsComment",
        assertThrows(UserFacingException.class, () -> plan.returnForChanges(" ")).messageKey());
    plan.returnForChanges("Bổ sung kinh phí Dự án 3.");
    assertEquals(PlanStatus.DRAFT, plan.getStatus());
    assertEquals("Bổ sung kinh phí Dự án 3.", plan.getReturnComment());
    plan.submit();
    plan.issue("45/KH-UBND", LocalDate.of(2022, 5, 16));
    assertNull(plan.getReturnComment(), "an issued plan carries no open comment");
  }

  @Test
  void theNumberFollowsTheAdministrativeForm() {
    for (String wrong : new String[] {"", "KH-UBND", "45", "45/kh-ubnd", "abc/KH"}) {
      Plan plan = draft();
      plan.submit();
      assertEquals(
          "plan.numberInvalid",
          assertThrows(UserFacingException.class, () -> plan.issue(wrong, LocalDate.now()))
              .messageKey(),
          wrong);
      assertEquals(PlanStatus.SUBMITTED, plan.getStatus(), "a refused step changes nothing");
    }
    Plan plan = draft();
    assertThrows(
        UserFacingException.class,
        () -> plan.issue("45/KH-UBND", LocalDate.now()),
        "a draft is submitted before it is issued");
  }

  @Test
  void anAmendmentIsANewDraftVersionWithEverythingCopied() {
    Plan plan = draft();
    plan.submit();
    plan.issue("45/KH-UBND", LocalDate.of(2022, 5, 16));
    Plan amendment = plan.amend();
    assertEquals(2, amendment.getVersion());
    assertEquals(PlanStatus.DRAFT, amendment.getStatus());
    assertNull(amendment.getNumberSymbol());
    assertEquals(plan.getSections().size(), amendment.getSections().size());
    PlanComponent sub = amendment.component("DA3.TDA2").orElseThrow();
    assertEquals("DA3", sub.getParent().getComponentCode());
    assertEquals(50_000_000, sub.getTotalFunding());
    assertEquals(plan.header(), amendment.header());
    assertEquals(PlanStatus.ISSUED, plan.getStatus(), "the issued version stands until replaced");
  }

  @Test
  void fundingIsByYearAndSourceAndNeverNegative() {
    Plan plan = draft();
    plan.fund("DA3.TDA2", FundingSource.CENTRAL, 2022, 70_000_000);
    plan.fund("DA3.TDA2", FundingSource.LOCAL, 2022, 7_000_000);
    assertEquals(77_000_000, plan.component("DA3.TDA2").orElseThrow().getTotalFunding());
    assertEquals(
        "plan.fundingNegative",
        assertThrows(
                UserFacingException.class,
                () -> plan.fund("DA3.TDA2", FundingSource.LOCAL, 2022, -1))
            .messageKey());
    assertThrows(UserFacingException.class, () -> plan.fund("DA9", FundingSource.LOCAL, 2022, 1));
  }

  @Test
  void partnersLeaveOutTheLeadAndRepeatsAndAnAmendmentKeepsThem() {
    Plan plan = draft();
    StaffPosition health = new StaffPosition(7L, "Trạm y tế xã", 1);
    StaffPosition policy = new StaffPosition(7L, "Công chức Văn hóa Chính sách", 2);
    StaffPosition villages = new StaffPosition(7L, "Các thôn", 3);
    PlanComponent.Content led =
        new PlanComponent.Content(
            "DA3.TDA2",
            "1.2.2",
            "Tiểu dự án 2: Cải thiện dinh dưỡng",
            "Giảm suy dinh dưỡng.",
            "",
            "",
            List.of("Hỗ trợ bữa ăn học đường."),
            "Trạm y tế xã chủ trì.",
            health,
            null);
    plan.rewriteComponent(led);
    PlanComponent nutrition = plan.component("DA3.TDA2").orElseThrow();
    nutrition.cooperateWith(List.of(policy, health, villages, policy));
    assertEquals(List.of(policy, villages), nutrition.getPartners());

    plan.submit();
    plan.issue("45/KH-UBND", LocalDate.of(2022, 5, 16));
    PlanComponent amended = plan.amend().component("DA3.TDA2").orElseThrow();
    assertEquals(health, amended.getLead());
    assertEquals(List.of(policy, villages), amended.getPartners());
  }
}
