package vn.giamngheo.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * A commune's annual review of poor and near-poor households for one year, under the standard in
 * force at the year's end. Its steps go in one order only; once recognised it never changes.
 */
@Entity
@Table(name = "household_review")
public class HouseholdReview extends TenantOwned {
  @Column(nullable = false)
  private int year;

  @Column(name = "standard_id", nullable = false)
  private long standardId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewStatus status;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "meeting_on")
  private LocalDate meetingOn;

  @Column(name = "meeting_note")
  private String meetingNote;

  @Column(name = "posted_from")
  private LocalDate postedFrom;

  @Column(name = "posted_to")
  private LocalDate postedTo;

  @Column(name = "proposed_on")
  private LocalDate proposedOn;

  @Column(name = "proposed_by")
  private String proposedBy;

  @Column(name = "returned_note")
  private String returnedNote;

  @Column(name = "recognised_on")
  private LocalDate recognisedOn;

  @Column(name = "recognised_by")
  private String recognisedBy;

  @Column(name = "decision_no")
  private String decisionNo;

  @Version private int version;

  protected HouseholdReview() {}

  public HouseholdReview(
      long communeId, int year, long standardId, LocalDate startedOn, String startedBy) {
    this.unitId = communeId;
    this.year = year;
    this.standardId = standardId;
    this.startedOn = Objects.requireNonNull(startedOn);
    this.startedBy = Objects.requireNonNull(startedBy);
    this.status = ReviewStatus.LISTING;
  }

  /** Refuses {@code step} unless the review is at a step that allows it. */
  public void require(ReviewStep step) {
    if (!step.allowedAt(status)) {
      throw new UserFacingException("review.wrongStep." + status);
    }
  }

  /** The list is complete: the survey starts. */
  public void beginSurvey() {
    require(ReviewStep.BEGIN_SURVEY);
    status = ReviewStatus.SURVEYING;
  }

  /** Every household is surveyed: the village meetings start. */
  public void beginMeeting(long unsurveyed) {
    require(ReviewStep.BEGIN_MEETING);
    if (unsurveyed > 0) {
      throw new UserFacingException("review.unsurveyed", unsurveyed);
    }
    status = ReviewStatus.MEETING;
  }

  public void recordMeeting(LocalDate day, String note) {
    require(ReviewStep.RECORD_MEETING);
    if (day == null) {
      throw new UserFacingException("review.meetingDateMissing");
    }
    if (day.getYear() < year) {
      throw new UserFacingException("review.meetingBeforeYear", year);
    }
    this.meetingOn = day;
    this.meetingNote = note == null || note.isBlank() ? null : note.strip();
  }

  /**
   * The lists are posted from {@code from} to {@code to}: the meeting is recorded, and every
   * household it disagreed with has been surveyed again.
   */
  public void post(LocalDate from, LocalDate to, long disagreed, long unsurveyed) {
    require(ReviewStep.POST);
    if (meetingOn == null) {
      throw new UserFacingException("review.meetingMissing");
    }
    if (disagreed > 0) {
      throw new UserFacingException("review.disagreedLeft", disagreed);
    }
    if (unsurveyed > 0) {
      throw new UserFacingException("review.unsurveyed", unsurveyed);
    }
    if (from == null || to == null || to.isBefore(from)) {
      throw new UserFacingException("review.postingInvalid");
    }
    if (from.isBefore(meetingOn)) {
      throw new UserFacingException("review.postingBeforeMeeting");
    }
    this.postedFrom = from;
    this.postedTo = to;
    status = ReviewStatus.POSTED;
  }

  /** The leader proposes the lists once the posting has ended and every complaint is settled. */
  public void propose(LocalDate today, String leader, long openComplaints) {
    require(ReviewStep.PROPOSE);
    if (!today.isAfter(postedTo)) {
      throw new UserFacingException(
          "review.postingNotOver",
          postedTo.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
    if (openComplaints > 0) {
      throw new UserFacingException("review.complaintsOpen", openComplaints);
    }
    this.proposedOn = today;
    this.proposedBy = leader;
    this.returnedNote = null;
    status = ReviewStatus.PROPOSED;
  }

  /** The district sends the proposal back with what to correct; the lists stay posted. */
  public void returnWith(String note) {
    require(ReviewStep.RETURN);
    if (note == null || note.isBlank()) {
      throw new UserFacingException("review.returnNoteMissing");
    }
    this.returnedNote = note.strip();
    this.proposedOn = null;
    this.proposedBy = null;
    status = ReviewStatus.POSTED;
  }

  /** The district recognises the lists by its decision. */
  public void recognise(String number, LocalDate day, String officer) {
    require(ReviewStep.RECOGNISE);
    if (number == null || number.isBlank()) {
      throw new UserFacingException("review.decisionMissing");
    }
    if (day == null || day.isBefore(proposedOn)) {
      throw new UserFacingException("review.decisionDateInvalid");
    }
    this.decisionNo = number.strip();
    this.recognisedOn = day;
    this.recognisedBy = officer;
    status = ReviewStatus.RECOGNISED;
  }

  public int getYear() {
    return year;
  }

  public long getStandardId() {
    return standardId;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDate getMeetingOn() {
    return meetingOn;
  }

  public String getMeetingNote() {
    return meetingNote;
  }

  public LocalDate getPostedFrom() {
    return postedFrom;
  }

  public LocalDate getPostedTo() {
    return postedTo;
  }

  public LocalDate getProposedOn() {
    return proposedOn;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public String getReturnedNote() {
    return returnedNote;
  }

  public LocalDate getRecognisedOn() {
    return recognisedOn;
  }

  public String getRecognisedBy() {
    return recognisedBy;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public int getVersion() {
    return version;
  }
}
