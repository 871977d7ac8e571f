package vn.giamngheo.domain.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/**
 * A project (Dự án 1–7) or sub-project (Tiểu dự án) of the program: its objective, the typical
 * activities a plan takes over, and who it is for.
 */
@Entity
@Table(name = "program_component")
public class ProgramComponent extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "program_id")
  private Program program;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private ProgramComponent parent;

  @Column(nullable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComponentKind kind;

  @Column(nullable = false)
  private String number;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String objective;

  @Column(nullable = false)
  private String activities;

  @Column(name = "target_groups", nullable = false)
  private String targetGroups;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected ProgramComponent() {}

  ProgramComponent(Program program, ProgramComponent parent, Definition definition, int sortOrder) {
    this.program = Objects.requireNonNull(program);
    this.unitId = program.getUnitId();
    this.parent = parent;
    this.code = Objects.requireNonNull(definition.code());
    this.kind = parent == null ? ComponentKind.PROJECT : ComponentKind.SUB_PROJECT;
    this.number = Objects.requireNonNull(definition.number());
    this.name = Objects.requireNonNull(definition.name());
    this.sortOrder = sortOrder;
    describe(definition.objective(), definition.activities(), definition.targetGroups());
  }

  /** The parts of a component that its configuration gives. */
  public record Definition(
      String code,
      String number,
      String name,
      String objective,
      List<String> activities,
      String targetGroups) {}

  Definition definition() {
    return new Definition(code, number, name, objective, getActivities(), targetGroups);
  }

  void describe(String newObjective, List<String> newActivities, String newTargetGroups) {
    this.objective = newObjective == null ? "" : newObjective.strip();
    this.activities =
        String.join(
            "\n",
            newActivities.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList());
    this.targetGroups = newTargetGroups == null ? "" : newTargetGroups.strip();
  }

  /** "Dự án 2" or "Tiểu dự án 1" with the name: how documents title the component. */
  public String getTitle() {
    return (kind == ComponentKind.PROJECT ? "Dự án " : "Tiểu dự án ") + number + ": " + name;
  }

  public String getCode() {
    return code;
  }

  public ComponentKind getKind() {
    return kind;
  }

  public ProgramComponent getParent() {
    return parent;
  }

  public String getNumber() {
    return number;
  }

  public String getName() {
    return name;
  }

  public String getObjective() {
    return objective;
  }

  public List<String> getActivities() {
    return activities.isEmpty() ? List.of() : Arrays.asList(activities.split("\n"));
  }

  public String getTargetGroups() {
    return targetGroups;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
