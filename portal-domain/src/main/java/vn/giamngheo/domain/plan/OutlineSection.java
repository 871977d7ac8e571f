package vn.giamngheo.domain.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of a plan template as the province writes it: its title, its kind, whether every plan
 * must keep it, its starting text (one paragraph per line, "- " for a bullet) and its sub-sections.
 * The section where the components go is always required.
 */
public record OutlineSection(
    String title,
    SectionKind kind,
    boolean required,
    List<String> paragraphs,
    List<OutlineSection> children) {

  public OutlineSection {
    title = title == null ? "" : title.strip();
    kind = kind == null ? SectionKind.TEXT : kind;
    required = required || kind == SectionKind.COMPONENTS;
    paragraphs =
        List.copyOf(PlanText.split(PlanText.join(paragraphs == null ? List.of() : paragraphs)));
    children = children == null ? List.of() : List.copyOf(children);
  }

  /** A new text section without sub-sections. */
  public static OutlineSection text(String title, List<String> paragraphs, boolean required) {
    return new OutlineSection(title, SectionKind.TEXT, required, paragraphs, List.of());
  }

  /** The same section with a new title, text and required mark; kind and sub-sections stay. */
  public OutlineSection rewritten(String newTitle, List<String> newParagraphs, boolean isRequired) {
    return new OutlineSection(newTitle, kind, isRequired, newParagraphs, children);
  }

  OutlineSection withChildren(List<OutlineSection> newChildren) {
    return new OutlineSection(title, kind, required, paragraphs, newChildren);
  }

  OutlineSection withChild(OutlineSection child) {
    List<OutlineSection> more = new ArrayList<>(children);
    more.add(child);
    return withChildren(more);
  }
}
