package vn.giamngheo.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.UserFacingException;

/** A complaint raised while the lists are posted, and how it was settled. */
@Entity
@Table(name = "review_complaint")
public class ReviewComplaint extends TenantOwned {
  @Column(name = "review_id", nullable = false)
  private long reviewId;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(nullable = false)
  private String complainant;

  @Column(nullable = false)
  private String content;

  private String resolution;

  @Column(name = "resolved_on")
  private LocalDate resolvedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_before")
  private PovertyStatus statusBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_after")
  private PovertyStatus statusAfter;

  protected ReviewComplaint() {}

  public ReviewComplaint(
      HouseholdReview review,
      long householdId,
      LocalDate receivedOn,
      String complainant,
      String content) {
    if (receivedOn == null) {
      throw new UserFacingException("review.complaintDateMissing");
    }
    if (complainant == null || complainant.isBlank()) {
      throw new UserFacingException("review.complainantMissing");
    }
    if (content == null || content.isBlank()) {
      throw new UserFacingException("review.complaintContentMissing");
    }
    this.unitId = review.getUnitId();
    this.reviewId = review.getId();
    this.householdId = householdId;
    this.receivedOn = receivedOn;
    this.complainant = complainant.strip();
    this.content = content.strip();
  }

  /** Settles the complaint; a re-survey's result is kept as the status before and after. */
  public void resolve(String text, LocalDate day, PovertyStatus before, PovertyStatus after) {
    if (resolvedOn != null) {
      throw new UserFacingException("review.complaintResolved");
    }
    if (text == null || text.isBlank()) {
      throw new UserFacingException("review.resolutionMissing");
    }
    if (day == null || day.isBefore(receivedOn)) {
      throw new UserFacingException("review.resolutionDateInvalid");
    }
    this.resolution = text.strip();
    this.resolvedOn = day;
    this.statusBefore = before;
    this.statusAfter = after;
  }

  public boolean isResolved() {
    return resolvedOn != null;
  }

  public long getReviewId() {
    return reviewId;
  }

  public long getHouseholdId() {
    return householdId;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public String getComplainant() {
    return complainant;
  }

  public String getContent() {
    return content;
  }

  public String getResolution() {
    return resolution;
  }

  public LocalDate getResolvedOn() {
    return resolvedOn;
  }

  public PovertyStatus getStatusBefore() {
    return statusBefore;
  }

  public PovertyStatus getStatusAfter() {
    return statusAfter;
  }
}
