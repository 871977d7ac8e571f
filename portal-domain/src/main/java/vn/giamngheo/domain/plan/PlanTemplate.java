package vn.giamngheo.domain.plan;

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
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * One version of the plan template a province publishes for a program: the frame of the document
 * (title, signer, recipients) and the sections a new plan starts from, in their order, with their
 * starting text. A published version never changes: plans started on it keep what they started
 * with, and a change means a new version.
 */
@Entity
@Table(name = "plan_template")
@NamedQuery(
    name = PlanTemplate.OF_PROGRAM,
    query =
        "SELECT t FROM PlanTemplate t, Program g, AdminUnit owner"
            + " WHERE g.id = t.programId AND owner.id = t.unitId AND g.unitId = t.unitId"
            + " AND g.code = :code AND g.periodFrom = :periodFrom"
            + " AND ((:scopePath LIKE CONCAT(owner.path, '%')"
            + "       AND t.status = vn.giamngheo.domain.plan.TemplateStatus.PUBLISHED)"
            + "   OR owner.path LIKE CONCAT(:scopePath, '%'))"
            + " ORDER BY t.version DESC")
public class PlanTemplate extends TenantOwned {
  static final String OF_PROGRAM = "PlanTemplate.ofProgram";

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TemplateStatus status;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(nullable = false)
  private String title;

  @Column(name = "signer_authority", nullable = false)
  private String signerAuthority;

  @Column(name = "signer_title", nullable = false)
  private String signerTitle;

  @Column(nullable = false)
  private String recipients;

  @Column(name = "activities_intro", nullable = false)
  private String activitiesIntro;

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<TemplateSection> sections = new ArrayList<>();

  protected PlanTemplate() {}

  /** A first draft of the template of the program version {@code programId}. */
  public PlanTemplate(long unitId, long programId, Frame frame, TemplateOutline outline) {
    this(unitId, programId, frame, 1);
    rewrite(outline);
  }

  private PlanTemplate(long unitId, long programId, Frame frame, int version) {
    if (frame.title() == null || frame.title().isBlank()) {
      throw new UserFacingException("template.planTitleMissing");
    }
    this.unitId = unitId;
    this.programId = programId;
    this.version = version;
    this.status = TemplateStatus.DRAFT;
    this.title = frame.title().strip();
    this.signerAuthority = nullToEmpty(frame.signerAuthority());
    this.signerTitle = nullToEmpty(frame.signerTitle());
    this.recipients = PlanText.join(frame.recipients());
    this.activitiesIntro = nullToEmpty(frame.activitiesIntro());
  }

  /**
   * The document's frame: the plan's title ({@code {program}}, {@code {from}}, {@code {to}} and
   * {@code {unit}} filled in), who signs, the recipients, and the words that introduce a
   * component's activities.
   */
  public record Frame(
      String title,
      String signerAuthority,
      String signerTitle,
      List<String> recipients,
      String activitiesIntro) {}

  public Frame frame() {
    return new Frame(
        title, signerAuthority, signerTitle, PlanText.split(recipients), activitiesIntro);
  }

  /** The sections as a tree, numbered. */
  public TemplateOutline outline() {
    return new TemplateOutline(childrenOf(null));
  }

  private List<OutlineSection> childrenOf(TemplateSection parent) {
    return sections.stream()
        .filter(section -> section.getParent() == parent)
        .map(section -> section.outline(childrenOf(section)))
        .toList();
  }

  /** Replaces the sections of this draft by {@code outline}, if a plan can start from it. */
  public void rewrite(TemplateOutline outline) {
    requireDraft();
    outline.validate();
    sections.clear();
    Map<String, TemplateSection> byPath = new HashMap<>();
    for (TemplateOutline.Row row : outline.rows()) {
      TemplateSection section =
          new TemplateSection(
              this, byPath.get(row.parentPath()), row.section(), sections.size() + 1);
      sections.add(section);
      byPath.put(row.path(), section);
    }
  }

  public void publish() {
    requireDraft();
    status = TemplateStatus.PUBLISHED;
    publishedAt = OffsetDateTime.now();
  }

  /** A draft of the next version: a copy of this one, to change and publish in its place. */
  public PlanTemplate draftNextVersion(int nextVersion) {
    if (nextVersion <= version) {
      throw new IllegalArgumentException("versions only go up");
    }
    PlanTemplate next = new PlanTemplate(unitId, programId, frame(), nextVersion);
    next.rewrite(outline());
    return next;
  }

  public boolean isEditable() {
    return status == TemplateStatus.DRAFT;
  }

  private void requireDraft() {
    if (!isEditable()) {
      throw new UserFacingException("template.published", version);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  /** Loads the sections while the transaction (and so the tenant scope) lasts. */
  void load() {
    sections.forEach(TemplateSection::getParent);
  }

  public long getProgramId() {
    return programId;
  }

  public int getVersion() {
    return version;
  }

  public TemplateStatus getStatus() {
    return status;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public String getTitle() {
    return title;
  }

  @Override
  public String toString() {
    return "plan template " + getId() + " v" + version + " " + status;
  }
}
