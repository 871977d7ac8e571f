package vn.giamngheo.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.tenancy.UserFacingException;

class PlanTemplateTest {
  private final PlanTemplate seed = TemplateFixtures.seed();

  private static List<String> headings(PlanTemplate template) {
    return template.outline().rows().stream().map(TemplateOutline.Row::heading).toList();
  }

  @Test
  void theShippedTemplateIsADraftOfVersionOneWithTheSeedsSectionsAndFrame() {
    assertEquals(1, seed.getVersion());
    assertEquals(TemplateStatus.DRAFT, seed.getStatus());
    assertEquals(
        List.of(
            "I. MỤC ĐÍCH, YÊU CẦU.",
            "II. MỤC TIÊU",
            "III. KINH PHÍ THỰC HIỆN",
            "IV. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN.",
            "V. TỔ CHỨC THỰC HIỆN"),
        seed.outline().rows().stream().filter(r -> r.depth() == 1).map(r -> r.heading()).toList());
    assertEquals(23, seed.outline().rows().size());
    assertEquals("KT. CHỦ TỊCH", seed.frame().signerAuthority());
    assertEquals(3, seed.frame().recipients().size());
    assertTrue(seed.frame().title().contains("{unit}"));
  }

  @Test
  void aPublishedVersionIsFrozenAndARefusedEditChangesNothing() {
    List<String> before = headings(seed);
    TemplateOutline withoutComponents =
        seed.outline()
            .replace(
                "3.0",
                s -> new OutlineSection(s.title(), SectionKind.TEXT, false, List.of(), List.of()));
    assertThrows(UserFacingException.class, () -> seed.rewrite(withoutComponents));
    assertEquals(before, headings(seed), "nothing saved on refusal");

    seed.publish();
    assertFalse(seed.isEditable());
    TemplateOutline renamed =
        seed.outline().replace("2", s -> s.rewritten("KINH PHÍ", s.paragraphs(), true));
    UserFacingException frozen =
        assertThrows(UserFacingException.class, () -> seed.rewrite(renamed));
    assertEquals("template.published", frozen.messageKey());
    assertEquals(before, headings(seed));
    assertThrows(UserFacingException.class, seed::publish);
  }

  @Test
  void aNewVersionCopiesTheNewestAndChangesWithoutTouchingIt() {
    seed.publish();
    PlanTemplate next = seed.draftNextVersion(2);
    assertEquals(2, next.getVersion());
    assertEquals(TemplateStatus.DRAFT, next.getStatus());
    assertEquals(seed.getProgramId(), next.getProgramId());
    assertEquals(seed.frame(), next.frame());
    assertEquals(seed.outline(), next.outline());

    next.rewrite(
        next.outline()
            .replace("0.0", s -> s.rewritten(s.title(), List.of("Cụ thể hóa Kế hoạch."), true)));
    assertEquals(List.of("Cụ thể hóa Kế hoạch."), next.outline().row("0.0").section().paragraphs());
    assertTrue(next.outline().row("0.0").section().required());
    assertEquals(List.of(), seed.outline().row("0.0").section().paragraphs());
    assertThrows(IllegalArgumentException.class, () -> seed.draftNextVersion(1));
  }
}
