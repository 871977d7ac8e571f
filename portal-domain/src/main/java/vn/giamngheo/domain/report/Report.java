package vn.giamngheo.domain.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.TimeSource;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * A unit's report for one period under a template — an obligation from the day it is created, with
 * its due date. The unit writes it, its leader submits it, the level above approves or returns it;
 * an approved report is locked until its approver takes the approval back, with a reason.
 */
@Entity
@Table(name = "report")
public class Report extends TenantOwned {
  private static final int MAX_COMMENT = 2000;

  @Column(name = "template_id", nullable = false)
  private long templateId;

  @Column(name = "period", nullable = false)
  private String periodCode;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "reviewed_at")
  private OffsetDateTime reviewedAt;

  @Column(name = "return_comment")
  private String returnComment;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  @Version private int version;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ReportValue> values = new ArrayList<>();

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ReportNarrative> narrative = new ArrayList<>();

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
  @OrderBy("at")
  private List<ReportEvent> events = new ArrayList<>();

  protected Report() {}

  public Report(long unitId, long templateId, Period period, LocalDate dueOn) {
    this.unitId = unitId;
    this.templateId = templateId;
    this.periodCode = period.code();
    this.periodEnd = period.end();
    this.dueOn = Objects.requireNonNull(dueOn);
    this.status = ReportStatus.NOT_STARTED;
  }

  /** A value as the writer gives it: the number, where it came from, and their comment. */
  public record Entry(BigDecimal value, String source, String comment) {}

  /** Writes values and narrative while the unit still may; a first write starts the draft. */
  public void write(
      Map<Long, Entry> entries, Map<String, String> texts, String actor, OffsetDateTime now) {
    if (!status.isOpen()) {
      throw new UserFacingException("report.locked");
    }
    entries.forEach(
        (indicatorId, entry) -> {
          if (entry.comment() != null && entry.comment().length() > MAX_COMMENT) {
            throw new UserFacingException("report.commentTooLong");
          }
          valueSlot(indicatorId).set(entry.value(), entry.source(), entry.comment());
        });
    texts.forEach((key, text) -> narrativeSlot(key).rewrite(text));
    if (status == ReportStatus.NOT_STARTED) {
      status = ReportStatus.DRAFT;
    }
    touch(actor, now);
  }

  /** The leader's approval at the unit, which sends the report up. */
  public void submit(String actor, OffsetDateTime now) {
    ReportStatus from = status;
    if (!status.isOpen()) {
      throw new UserFacingException("report.wrongStatus", status.name());
    }
    status = ReportStatus.SUBMITTED;
    submittedAt = now;
    returnComment = null;
    record(actor, now, from, null);
  }

  public void approve(String actor, OffsetDateTime now) {
    move(ReportStatus.SUBMITTED, ReportStatus.APPROVED, actor, now, null);
    reviewedAt = now;
  }

  public void returnWith(String comment, String actor, OffsetDateTime now) {
    String reason = requireComment(comment, "report.returnCommentMissing");
    move(ReportStatus.SUBMITTED, ReportStatus.RETURNED, actor, now, reason);
    reviewedAt = now;
    returnComment = reason;
  }

  /** Takes an approval back: the report is submitted again, waiting for the reviewer. */
  public void unapprove(String reason, String actor, OffsetDateTime now) {
    String why = requireComment(reason, "report.unapproveReasonMissing");
    move(ReportStatus.APPROVED, ReportStatus.SUBMITTED, actor, now, why);
    reviewedAt = null;
  }

  private void move(
      ReportStatus expected, ReportStatus next, String actor, OffsetDateTime now, String comment) {
    if (status != expected) {
      throw new UserFacingException("report.wrongStatus", status.name());
    }
    status = next;
    record(actor, now, expected, comment);
  }

  private void record(String actor, OffsetDateTime now, ReportStatus from, String comment) {
    events.add(new ReportEvent(this, actor, now, from, status, comment));
    touch(actor, now);
  }

  private void touch(String actor, OffsetDateTime now) {
    changedBy = actor;
    changedAt = now;
  }

  private static String requireComment(String comment, String messageKey) {
    if (comment == null || comment.isBlank()) {
      throw new UserFacingException(messageKey);
    }
    if (comment.length() > MAX_COMMENT) {
      throw new UserFacingException("report.commentTooLong");
    }
    return comment.strip();
  }

  private ReportValue valueSlot(long indicatorId) {
    return value(indicatorId)
        .orElseGet(
            () -> {
              ReportValue added = new ReportValue(this, indicatorId);
              values.add(added);
              return added;
            });
  }

  private ReportNarrative narrativeSlot(String key) {
    return narrative.stream()
        .filter(part -> part.getSectionKey().equals(key))
        .findFirst()
        .orElseGet(
            () -> {
              ReportNarrative added = new ReportNarrative(this, key);
              narrative.add(added);
              return added;
            });
  }

  public Optional<ReportValue> value(long indicatorId) {
    return values.stream().filter(v -> v.getIndicatorId() == indicatorId).findFirst();
  }

  public String text(String sectionKey) {
    return narrative.stream()
        .filter(part -> part.getSectionKey().equals(sectionKey))
        .map(ReportNarrative::getBody)
        .findFirst()
        .orElse("");
  }

  public boolean isLate(LocalDate today) {
    LocalDate submitted =
        submittedAt == null
            ? null
            : submittedAt.atZoneSameInstant(TimeSource.VIETNAM).toLocalDate();
    return late(status, dueOn, submitted, today);
  }

  /** Not submitted by its due date: still open after it, or submitted after it. */
  static boolean late(ReportStatus status, LocalDate due, LocalDate submitted, LocalDate today) {
    return status.isOpen() ? today.isAfter(due) : submitted != null && submitted.isAfter(due);
  }

  public long getTemplateId() {
    return templateId;
  }

  public Period getPeriod() {
    return Period.parse(periodCode).orElseThrow();
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public OffsetDateTime getReviewedAt() {
    return reviewedAt;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }

  public int getVersion() {
    return version;
  }

  public List<ReportValue> getValues() {
    return List.copyOf(values);
  }

  public List<ReportEvent> getEvents() {
    return List.copyOf(events);
  }
}
