package vn.giamngheo.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.tenancy.UserFacingException;

class TemplateOutlineTest {
  private final TemplateOutline seed = TemplateFixtures.seed().outline();

  private static List<String> headings(TemplateOutline outline) {
    return outline.rows().stream().map(TemplateOutline.Row::heading).toList();
  }

  private static String refusal(Runnable change) {
    return assertThrows(UserFacingException.class, change::run).messageKey();
  }

  @Test
  void sectionsAreNumberedByTheirPlaceAsTheTemplateFileNumbersThem() {
    List<String> numbers = new ArrayList<>();
    JsonObject file =
        Json.createReader(
                PlanTemplateReader.class.getResourceAsStream(PlanTemplateReader.PROGRAM_2021_2025))
            .readObject();
    collectNumbers(file.getJsonArray("sections").getValuesAs(JsonObject.class), numbers);
    assertEquals(numbers, seed.rows().stream().map(TemplateOutline.Row::number).toList());
  }

  private static void collectNumbers(List<JsonObject> sections, List<String> to) {
    for (JsonObject section : sections) {
      to.add(section.getString("number"));
      collectNumbers(section.getJsonArray("children").getValuesAs(JsonObject.class), to);
    }
  }

  @Test
  void theComponentsSectionIsRequiredAndMustBeThereExactlyOnce() {
    TemplateOutline.Row components = seed.row("3.0");
    assertEquals(SectionKind.COMPONENTS, components.section().kind());
    assertTrue(components.section().required());
    assertEquals("template.sectionRequired", refusal(() -> seed.remove("3.0")));
    TemplateOutline twice =
        seed.insertAfter(
            "3.0", new OutlineSection("Dự án", SectionKind.COMPONENTS, true, List.of(), List.of()));
    assertEquals("template.componentsOnce", refusal(twice::validate));
    TemplateOutline none =
        seed.replace(
            "3.0",
            s -> new OutlineSection(s.title(), SectionKind.TEXT, false, List.of(), List.of()));
    assertEquals("template.componentsOnce", refusal(none::validate));
  }

  @Test
  void titlesAreNeededAndSectionsNestThreeLevelsAtMost() {
    TemplateOutline untitled = seed.replace("2", s -> s.rewritten("  ", List.of(), false));
    UserFacingException blank = assertThrows(UserFacingException.class, untitled::validate);
    assertEquals("template.titleMissing", blank.messageKey());
    assertEquals("III.", blank.arguments()[0]);
    TemplateOutline deep =
        seed.insertInto("4.0.0", OutlineSection.text("Quá sâu", List.of(), false));
    assertEquals("template.tooDeep", refusal(deep::validate));
    assertEquals("template.noSections", refusal(new TemplateOutline(List.of())::validate));
  }

  @Test
  void sectionsAreAddedMovedAndRemovedAndTheNumbersFollow() {
    TemplateOutline changed =
        seed.insertAfter("2", OutlineSection.text("HUY ĐỘNG NGUỒN LỰC", List.of("Một."), false))
            .move("3", -1)
            .insertInto("2", OutlineSection.text("Vốn đối ứng", List.of(), false))
            .move("4", 1)
            .remove("1.1");
    List<String> top =
        changed.rows().stream().filter(r -> r.depth() == 1).map(r -> r.heading()).toList();
    assertEquals(
        List.of(
            "I. MỤC ĐÍCH, YÊU CẦU.",
            "II. MỤC TIÊU",
            "III. HUY ĐỘNG NGUỒN LỰC",
            "IV. KINH PHÍ THỰC HIỆN",
            "V. TỔ CHỨC THỰC HIỆN",
            "VI. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN."),
        top);
    assertEquals("1. Vốn đối ứng", changed.row("2.0").heading());
    assertEquals(List.of("1. Mục tiêu chung"), childHeadings(changed, "1"));
    assertEquals(
        "1. Về phân công triển khai thực hiện, kiểm tra, giám sát, đánh giá các dự án, tiểu dự án"
            + " thành phần",
        changed.row("5.0").heading());
    changed.validate();
    assertEquals(headings(seed), headings(seed.move("0", -1)), "the first stays first");
    assertEquals("template.sectionMissing", refusal(() -> seed.remove("9")));
  }

  private static List<String> childHeadings(TemplateOutline outline, String parent) {
    return outline.rows().stream()
        .filter(row -> parent.equals(row.parentPath()))
        .map(TemplateOutline.Row::heading)
        .toList();
  }

  @Test
  void textIsKeptAsParagraphsWithoutEmptyLines() {
    OutlineSection section =
        OutlineSection.text("Mục", List.of(" Đoạn  một. ", "", "- Ý thứ nhất"), false);
    assertEquals(List.of("Đoạn một.", "- Ý thứ nhất"), section.paragraphs());
  }
}
