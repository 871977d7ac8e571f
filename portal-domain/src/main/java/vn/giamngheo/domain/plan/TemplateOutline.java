package vn.giamngheo.domain.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * The sections of a plan template as a tree, numbered by their place the way plans number them —
 * I., II. at the top, 1., 2. below, 1.1., 1.2. further down — and changed one step at a time. A
 * section is addressed by its path: the indexes from the top, "3.0" for the first sub-section of
 * the fourth section.
 */
public record TemplateOutline(List<OutlineSection> sections) {
  /** Plans are laid out (on the page and in the document) three levels deep. */
  public static final int MAX_DEPTH = 3;

  private static final String[] ROMAN = {"L", "XL", "X", "IX", "V", "IV", "I"};
  private static final int[] ROMAN_VALUES = {50, 40, 10, 9, 5, 4, 1};

  public TemplateOutline {
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  /** A section at its place: path, depth (1 at the top), number and the section itself. */
  public record Row(String path, int depth, String number, OutlineSection section) {
    public String heading() {
      return number + " " + section.title();
    }

    /** The path of the section this one is in, or null at the top. */
    public String parentPath() {
      int dot = path.lastIndexOf('.');
      return dot < 0 ? null : path.substring(0, dot);
    }
  }

  /** Every section in document order, each with its number. */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    collect(sections, "", 1, "", rows);
    return rows;
  }

  private static void collect(
      List<OutlineSection> level, String parentPath, int depth, String parentNumber, List<Row> to) {
    for (int i = 0; i < level.size(); i++) {
      String path = parentPath.isEmpty() ? Integer.toString(i) : parentPath + "." + i;
      String number = number(depth, i + 1, parentNumber);
      to.add(new Row(path, depth, number, level.get(i)));
      collect(level.get(i).children(), path, depth + 1, number, to);
    }
  }

  private static String number(int depth, int position, String parentNumber) {
    return switch (depth) {
      case 1 -> roman(position) + ".";
      case 2 -> position + ".";
      default -> parentNumber + position + ".";
    };
  }

  private static String roman(int value) {
    StringBuilder roman = new StringBuilder();
    int rest = value;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      for (; rest >= ROMAN_VALUES[i]; rest -= ROMAN_VALUES[i]) {
        roman.append(ROMAN[i]);
      }
    }
    return roman.toString();
  }

  /**
   * Refuses an outline a plan cannot start from: no sections, the components' section missing or
   * there twice, a section without title, sections nested deeper than {@link #MAX_DEPTH}.
   */
  public void validate() {
    List<Row> rows = rows();
    if (rows.isEmpty()) {
      throw new UserFacingException("template.noSections");
    }
    long components =
        rows.stream().filter(row -> row.section().kind() == SectionKind.COMPONENTS).count();
    if (components != 1) {
      throw new UserFacingException("template.componentsOnce", components);
    }
    for (Row row : rows) {
      if (row.section().title().isEmpty()) {
        throw new UserFacingException("template.titleMissing", row.number());
      }
      if (row.depth() > MAX_DEPTH) {
        throw new UserFacingException("template.tooDeep", row.heading(), MAX_DEPTH);
      }
    }
  }

  public Row row(String path) {
    return rows().stream()
        .filter(row -> row.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new UserFacingException("template.sectionMissing"));
  }

  /** The section at {@code path} changed by {@code change}. */
  public TemplateOutline replace(String path, UnaryOperator<OutlineSection> change) {
    return inSiblingsOf(path, (siblings, i) -> siblings.set(i, change.apply(siblings.get(i))));
  }

  /** A new section right after the one at {@code path}, at the same level. */
  public TemplateOutline insertAfter(String path, OutlineSection section) {
    return inSiblingsOf(path, (siblings, i) -> siblings.add(i + 1, section));
  }

  /** A new last sub-section of the one at {@code path}. */
  public TemplateOutline insertInto(String path, OutlineSection section) {
    return replace(path, parent -> parent.withChild(section));
  }

  /** Without the section at {@code path} and its sub-sections; required ones stay. */
  public TemplateOutline remove(String path) {
    Row row = row(path);
    if (row.section().required()) {
      throw new UserFacingException("template.sectionRequired", row.heading());
    }
    return inSiblingsOf(path, (siblings, i) -> siblings.remove(i));
  }

  /** The section at {@code path} one place up ({@code -1}) or down ({@code 1}) among its level. */
  public TemplateOutline move(String path, int step) {
    return inSiblingsOf(
        path,
        (siblings, i) -> {
          int to = i + Integer.signum(step);
          if (to >= 0 && to < siblings.size()) {
            siblings.add(to, siblings.remove(i));
          }
        });
  }

  private interface SiblingChange {
    void apply(List<OutlineSection> siblings, int index);
  }

  private TemplateOutline inSiblingsOf(String path, SiblingChange change) {
    row(path);
    int[] indexes = Arrays.stream(path.split("\\.")).mapToInt(Integer::parseInt).toArray();
    return new TemplateOutline(changed(sections, indexes, 0, change));
  }

  private static List<OutlineSection> changed(
      List<OutlineSection> level, int[] indexes, int depth, SiblingChange change) {
    List<OutlineSection> copy = new ArrayList<>(level);
    int index = indexes[depth];
    if (depth == indexes.length - 1) {
      change.apply(copy, index);
    } else {
      OutlineSection parent = copy.get(index);
      copy.set(index, parent.withChildren(changed(parent.children(), indexes, depth + 1, change)));
    }
    return copy;
  }
}
