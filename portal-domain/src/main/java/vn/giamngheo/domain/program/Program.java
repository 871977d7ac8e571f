package vn.giamngheo.domain.program;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * One version of a national target program as a province configures it: its period, legal basis,
 * components and indicators. A published version never changes: changing it means a new version, so
 * plans issued on the old one keep what they were issued on.
 */
@Entity
@Table(name = "program")
@NamedQuery(
    name = Program.VISIBLE,
    query =
        "SELECT p FROM Program p, AdminUnit owner WHERE owner.id = p.unitId"
            + " AND ((:scopePath LIKE CONCAT(owner.path, '%')"
            + "       AND p.status = vn.giamngheo.domain.program.ProgramStatus.PUBLISHED)"
            + "   OR owner.path LIKE CONCAT(:scopePath, '%'))"
            + " ORDER BY p.periodFrom DESC, p.code, p.version DESC")
@NamedQuery(
    name = Program.LATEST_VERSION,
    query =
        "SELECT MAX(p.version) FROM Program p WHERE p.unitId = :unit AND p.code = :code"
            + " AND p.periodFrom = :periodFrom")
public class Program extends TenantOwned {
  static final String VISIBLE = "Program.visible";
  static final String LATEST_VERSION = "Program.latestVersion";

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false)
  private String name;

  @Column(name = "period_from", nullable = false)
  private int periodFrom;

  @Column(name = "period_to", nullable = false)
  private int periodTo;

  @Column(name = "legal_basis", nullable = false)
  private String legalBasis;

  @Column(name = "general_objective", nullable = false)
  private String generalObjective;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProgramStatus status;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<ProgramComponent> components = new ArrayList<>();

  @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<Indicator> indicators = new ArrayList<>();

  protected Program() {}

  /** A first draft of a program for the province {@code unitId}. */
  public Program(long unitId, Header header) {
    this(unitId, header, 1);
  }

  private Program(long unitId, Header header, int version) {
    this.unitId = unitId;
    this.code = requireText(header.code(), "code");
    this.name = requireText(header.name(), "name");
    this.legalBasis = requireText(header.legalBasis(), "legal basis");
    this.generalObjective = header.generalObjective() == null ? "" : header.generalObjective();
    if (header.periodTo() < header.periodFrom()) {
      throw new UserFacingException("program.periodReversed");
    }
    this.periodFrom = header.periodFrom();
    this.periodTo = header.periodTo();
    this.version = version;
    this.status = ProgramStatus.DRAFT;
  }

  /** The program's identity and frame, as its legal basis gives them. */
  public record Header(
      String code,
      String name,
      int periodFrom,
      int periodTo,
      String legalBasis,
      String generalObjective) {}

  public Header header() {
    return new Header(code, name, periodFrom, periodTo, legalBasis, generalObjective);
  }

  public ProgramComponent addProject(ProgramComponent.Definition definition) {
    return add(null, definition);
  }

  public ProgramComponent addSubProject(
      ProgramComponent project, ProgramComponent.Definition definition) {
    if (project.getKind() != ComponentKind.PROJECT) {
      throw new IllegalArgumentException("sub-projects belong to projects");
    }
    return add(project, definition);
  }

  private ProgramComponent add(ProgramComponent parent, ProgramComponent.Definition definition) {
    requireDraft();
    if (component(definition.code()).isPresent()) {
      throw new UserFacingException("program.componentExists", definition.code());
    }
    ProgramComponent component =
        new ProgramComponent(this, parent, definition, components.size() + 1);
    components.add(component);
    return component;
  }

  public Indicator addIndicator(Indicator.Definition definition) {
    requireDraft();
    if (indicator(definition.code()).isPresent()) {
      throw new UserFacingException("program.indicatorExists", definition.code());
    }
    Indicator indicator = new Indicator(this, definition, indicators.size() + 1);
    indicators.add(indicator);
    return indicator;
  }

  /** Rewrites a component's objective, activities and target groups in a draft. */
  public void describeComponent(
      String componentCode, String objective, List<String> activities, String targetGroups) {
    requireDraft();
    component(componentCode)
        .orElseThrow(() -> new UserFacingException("program.componentMissing", componentCode))
        .describe(objective, activities, targetGroups);
  }

  public void publish() {
    requireDraft();
    if (components.isEmpty()) {
      throw new UserFacingException("program.nothingToPublish");
    }
    status = ProgramStatus.PUBLISHED;
    publishedAt = OffsetDateTime.now();
  }

  /** A draft of the next version: a copy of this one, to change and publish in its place. */
  public Program draftNextVersion(int nextVersion) {
    if (nextVersion <= version) {
      throw new IllegalArgumentException("versions only go up");
    }
    Program next = new Program(unitId, header(), nextVersion);
    Map<ProgramComponent, ProgramComponent> copies = new HashMap<>();
    for (ProgramComponent component : components) {
      ProgramComponent parent =
          component.getParent() == null ? null : copies.get(component.getParent());
      copies.put(component, next.add(parent, component.definition()));
    }
    Map<Indicator, Indicator> indicatorCopies = new HashMap<>();
    for (Indicator indicator : indicators) {
      Indicator copy = next.addIndicator(indicator.definition());
      if (indicator.getComponent() != null) {
        copy.measure(copies.get(indicator.getComponent()));
      }
      indicatorCopies.put(indicator, copy);
    }
    for (Indicator indicator : indicators) {
      if (indicator.getDenominator() != null) {
        indicatorCopies.get(indicator).weighBy(indicatorCopies.get(indicator.getDenominator()));
      }
    }
    return next;
  }

  private void requireDraft() {
    if (status != ProgramStatus.DRAFT) {
      throw new UserFacingException("program.published", code, version);
    }
  }

  public Optional<ProgramComponent> component(String componentCode) {
    return components.stream().filter(c -> c.getCode().equals(componentCode)).findFirst();
  }

  public Optional<Indicator> indicator(String indicatorCode) {
    return indicators.stream().filter(i -> i.getCode().equals(indicatorCode)).findFirst();
  }

  public List<ProgramComponent> projects() {
    return components.stream().filter(c -> c.getParent() == null).toList();
  }

  public List<ProgramComponent> subProjectsOf(ProgramComponent project) {
    return components.stream().filter(c -> c.getParent() == project).toList();
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("program " + what + " must not be blank");
    }
    return value.strip();
  }

  public String getCode() {
    return code;
  }

  public int getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public int getPeriodFrom() {
    return periodFrom;
  }

  public int getPeriodTo() {
    return periodTo;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getGeneralObjective() {
    return generalObjective;
  }

  public ProgramStatus getStatus() {
    return status;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public List<ProgramComponent> getComponents() {
    return List.copyOf(components);
  }

  public List<Indicator> getIndicators() {
    return List.copyOf(indicators);
  }
}
