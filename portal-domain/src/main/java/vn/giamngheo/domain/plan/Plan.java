package vn.giamngheo.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * A unit's implementation plan (kế hoạch) of a program: its sections, the program components it
 * applies with their assignments and funding, and where it stands in its workflow. An issued plan
 * is read-only; changing it means an amendment, a new version that replaces it once issued.
 */
@Entity
@Table(name = "plan")
@NamedQuery(
    name = Plan.OF_UNIT,
    query = "SELECT p FROM Plan p WHERE p.unitId = :unit ORDER BY p.version DESC, p.id DESC")
public class Plan extends TenantOwned {
  static final String OF_UNIT = "Plan.ofUnit";

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(name = "previous_version_id")
  private Long previousVersionId;

  /** The plan of the level above this one was drawn up from, if any. */
  @Column(name = "derived_from_id")
  private Long derivedFromId;

  /**
   * The template version the plan's sections started from: its own, or the one the plan above
   * started from. Null for a plan entered from a document.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "template_id")
  private PlanTemplate template;

  @Column(nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanStatus status;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String preamble;

  @Column(name = "number_symbol")
  private String numberSymbol;

  @Column(nullable = false)
  private String place;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "signer_authority", nullable = false)
  private String signerAuthority;

  @Column(name = "signer_title", nullable = false)
  private String signerTitle;

  @Column(name = "signer_name", nullable = false)
  private String signerName;

  @Column(nullable = false)
  private String recipients;

  @Column(name = "return_comment")
  private String returnComment;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<PlanSection> sections = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<PlanComponent> components = new ArrayList<>();

  protected Plan() {}

  /** A first draft for the unit {@code unitId} under the program version {@code programId}. */
  public Plan(long unitId, long programId, Header header) {
    this.unitId = unitId;
    this.programId = programId;
    this.version = 1;
    this.status = PlanStatus.DRAFT;
    rewriteHeader(header);
  }

  /** The document's frame: title, opening paragraph, place, signer and recipients. */
  public record Header(
      String title,
      String preamble,
      String place,
      String signerAuthority,
      String signerTitle,
      String signerName,
      List<String> recipients) {}

  public Header header() {
    return new Header(
        title,
        preamble,
        place,
        signerAuthority,
        signerTitle,
        signerName,
        PlanText.split(recipients));
  }

  public void rewriteHeader(Header header) {
    requireDraft();
    if (header.title() == null || header.title().isBlank()) {
      throw new UserFacingException("plan.titleMissing");
    }
    this.title = header.title().strip();
    this.preamble = PlanText.join(List.of(nullToEmpty(header.preamble())));
    this.place = nullToEmpty(header.place()).strip();
    this.signerAuthority = nullToEmpty(header.signerAuthority()).strip();
    this.signerTitle = nullToEmpty(header.signerTitle()).strip();
    this.signerName = nullToEmpty(header.signerName()).strip();
    this.recipients = PlanText.join(header.recipients());
  }

  public PlanSection addSection(PlanSection parent, PlanSection.Outline outline) {
    requireDraft();
    PlanSection section = new PlanSection(this, parent, outline, sections.size() + 1);
    sections.add(section);
    return section;
  }

  public PlanComponent addComponent(PlanComponent parent, PlanComponent.Content content) {
    requireDraft();
    if (component(content.componentCode()).isPresent()) {
      throw new UserFacingException("plan.componentTwice", content.componentCode());
    }
    PlanComponent component = new PlanComponent(this, parent, content, components.size() + 1);
    components.add(component);
    return component;
  }

  /** Rewrites a section; one of text without subsections of its own may not be left empty. */
  public void rewriteSection(long sectionId, RichText text) {
    requireDraft();
    PlanSection section =
        sections.stream()
            .filter(s -> s.getId() == sectionId)
            .findFirst()
            .orElseThrow(() -> new UserFacingException("plan.sectionMissing"));
    if (text.isEmpty() && section.getKind() == SectionKind.TEXT && sectionsIn(section).isEmpty()) {
      throw new UserFacingException("plan.sectionEmpty", section.getHeading());
    }
    section.rewrite(text);
  }

  public void rewriteComponent(PlanComponent.Content content) {
    requireDraft();
    component(content.componentCode())
        .orElseThrow(
            () -> new UserFacingException("plan.componentMissing", content.componentCode()))
        .rewrite(content);
  }

  public void fund(String componentCode, FundingSource source, int year, long amount) {
    requireDraft();
    if (amount < 0) {
      throw new UserFacingException("plan.fundingNegative");
    }
    component(componentCode)
        .orElseThrow(() -> new UserFacingException("plan.componentMissing", componentCode))
        .fund(source, year, amount);
  }

  /** Staff hand the draft to the leader for approval. */
  public PlanStatus submit() {
    return moveFrom(PlanStatus.DRAFT, PlanStatus.SUBMITTED);
  }

  /** The leader sends the draft back, saying what to change. */
  public PlanStatus returnForChanges(String comment) {
    if (comment == null || comment.isBlank()) {
      throw new UserFacingException("plan.returnNeedsComment");
    }
    PlanStatus from = moveFrom(PlanStatus.SUBMITTED, PlanStatus.DRAFT);
    returnComment = comment.strip();
    return from;
  }

  /** The leader approves and issues the plan under its number and date; it is read-only after. */
  public PlanStatus issue(String number, LocalDate date) {
    if (number == null || !number.strip().matches("\\d+/[A-ZĐ0-9-]+(/[A-ZĐ0-9-]+)*")) {
      throw new UserFacingException("plan.numberInvalid");
    }
    if (date == null) {
      throw new UserFacingException("plan.dateMissing");
    }
    PlanStatus from = moveFrom(PlanStatus.SUBMITTED, PlanStatus.ISSUED);
    numberSymbol = number.strip();
    issuedOn = date;
    returnComment = null;
    return from;
  }

  /** Marks this version replaced by an issued amendment. */
  PlanStatus supersede() {
    return moveFrom(PlanStatus.ISSUED, PlanStatus.SUPERSEDED);
  }

  /** A draft amendment: a copy of this issued plan as the next version, to change and issue. */
  public Plan amend() {
    if (status != PlanStatus.ISSUED) {
      throw new UserFacingException("plan.amendOnlyIssued");
    }
    Plan next = new Plan(unitId, programId, header());
    next.version = version + 1;
    next.previousVersionId = getId();
    next.derivedFromId = derivedFromId;
    next.template = template;
    Map<PlanSection, PlanSection> sectionCopies = new HashMap<>();
    for (PlanSection section : sections) {
      PlanSection parent =
          section.getParent() == null ? null : sectionCopies.get(section.getParent());
      PlanSection copy = next.addSection(parent, section.outline());
      copy.inheritFrom(section);
      sectionCopies.put(section, copy);
    }
    Map<PlanComponent, PlanComponent> componentCopies = new HashMap<>();
    for (PlanComponent component : components) {
      PlanComponent parent =
          component.getParent() == null ? null : componentCopies.get(component.getParent());
      PlanComponent copy = next.addComponent(parent, component.content());
      component
          .getFunding()
          .forEach(line -> copy.fund(line.getSource(), line.getYear(), line.getAmount()));
      copy.cooperateWith(component.getPartners());
      copy.inheritFrom(component);
      componentCopies.put(component, copy);
    }
    return next;
  }

  private PlanStatus moveFrom(PlanStatus expected, PlanStatus next) {
    if (status != expected) {
      throw new UserFacingException("plan.wrongStatus", status.name());
    }
    status = next;
    return expected;
  }

  private void requireDraft() {
    if (status != null && status != PlanStatus.DRAFT) {
      throw new UserFacingException("plan.notDraft");
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  public Optional<PlanComponent> component(String componentCode) {
    return components.stream().filter(c -> c.getComponentCode().equals(componentCode)).findFirst();
  }

  public List<PlanSection> topSections() {
    return sections.stream().filter(s -> s.getParent() == null).toList();
  }

  public List<PlanSection> sectionsIn(PlanSection parent) {
    return sections.stream().filter(s -> s.getParent() == parent).toList();
  }

  public List<PlanComponent> projects() {
    return components.stream().filter(c -> c.getParent() == null).toList();
  }

  public List<PlanComponent> subComponentsOf(PlanComponent project) {
    return components.stream().filter(c -> c.getParent() == project).toList();
  }

  public boolean isEditable() {
    return status == PlanStatus.DRAFT;
  }

  public long getProgramId() {
    return programId;
  }

  /** Records that this draft starts from {@code above}, the plan of the level above. */
  void deriveFrom(Plan above) {
    this.derivedFromId = above.getId();
    this.template = above.template;
  }

  /** Records that this draft's sections start from {@code template}. */
  void startFrom(PlanTemplate template) {
    this.template = template;
  }

  public PlanTemplate getTemplate() {
    return template;
  }

  public Long getDerivedFromId() {
    return derivedFromId;
  }

  public Long getPreviousVersionId() {
    return previousVersionId;
  }

  public int getVersion() {
    return version;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getPreamble() {
    return preamble;
  }

  public String getNumberSymbol() {
    return numberSymbol;
  }

  public String getPlace() {
    return place;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getSignerAuthority() {
    return signerAuthority;
  }

  public String getSignerTitle() {
    return signerTitle;
  }

  public String getSignerName() {
    return signerName;
  }

  public List<String> getRecipients() {
    return PlanText.split(recipients);
  }

  public String getReturnComment() {
    return returnComment;
  }

  public List<PlanSection> getSections() {
    return List.copyOf(sections);
  }

  public List<PlanComponent> getComponents() {
    return List.copyOf(components);
  }

  @Override
  public String toString() {
    return "plan "
        + getId()
        + " v"
        + version
        + " "
        + status
        + (numberSymbol == null ? "" : " " + numberSymbol);
  }
}
