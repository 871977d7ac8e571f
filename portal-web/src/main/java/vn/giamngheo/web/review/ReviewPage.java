package vn.giamngheo.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.review.HouseholdReview;
import vn.giamngheo.domain.review.ReviewComplaint;
import vn.giamngheo.domain.review.ReviewCounts;
import vn.giamngheo.domain.review.ReviewEntry;
import vn.giamngheo.domain.review.ReviewStatus;
import vn.giamngheo.domain.review.ReviewStep;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.i18n.LocaleSelection;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * One annual review ({@code review?id=}): its steps, the classification counts per village, the
 * households a page at a time, the survey of one household ({@code &entry=}), and the form of the
 * step the review is at, for whoever takes it.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CurrentUnit unit;
  @Inject Reviews reviews;
  @Inject Units units;
  @Inject FacesMessages messages;
  @Inject LocaleSelection locale;
  @Inject Clock clock;

  private Long id;
  private Long entryId;
  private Long village;
  private String status;
  private int version;

  private transient HouseholdReview review;
  private transient PovertyStandard standard;
  private transient ReviewEntry entry;
  private transient EntryTable table;
  private transient Map<Long, ReviewCounts> counts;
  private transient ReviewCounts total;
  private transient List<AdminUnit> villages;
  private transient List<ReviewComplaint> complaints;

  private final SurveyForm survey = new SurveyForm();
  private boolean surveyFilled;
  private String householdCode;
  private LocalDate meetingOn;
  private String meetingNote;
  private String disagreed;
  private LocalDate postedFrom;
  private LocalDate postedTo;
  private LocalDate receivedOn;
  private String complainant;
  private String content;
  private Long complaintId;
  private String resolution;
  private LocalDate resolvedOn;
  private String note;
  private String decisionNo;
  private LocalDate decisionOn;

  public HouseholdReview getReview() {
    if (review == null && id != null) {
      review =
          reviews
              .find(id)
              .filter(r -> unit.get() != null && r.getUnitId() == unit.get().getId())
              .orElse(null);
    }
    return review;
  }

  public boolean isFound() {
    return getReview() != null;
  }

  public PovertyStandard getStandard() {
    if (standard == null && isFound()) {
      standard = reviews.standardOf(getReview());
    }
    return standard;
  }

  public int getActiveStep() {
    return getReview().getStatus().ordinal();
  }

  public List<ReviewStatus> getStatuses() {
    return Arrays.asList(ReviewStatus.values());
  }

  public boolean may(String step) {
    return isFound()
        && ReviewStep.valueOf(step).allowedAt(getReview().getStatus())
        && reviews.mayTake(ReviewStep.valueOf(step), unit.get());
  }

  public EntryTable getEntries() {
    if (table == null && isFound()) {
      table = new EntryTable(reviews, id, village, statusFilter());
    }
    return table;
  }

  private PovertyStatus statusFilter() {
    return status == null || status.isBlank() ? null : PovertyStatus.valueOf(status);
  }

  public Map<Long, ReviewCounts> getCounts() {
    if (counts == null) {
      counts = reviews.countsByVillage(id);
    }
    return counts;
  }

  public List<Long> getCountedVillages() {
    return new ArrayList<>(getCounts().keySet());
  }

  public ReviewCounts getTotal() {
    if (total == null) {
      total = reviews.counts(id);
    }
    return total;
  }

  public List<AdminUnit> getVillages() {
    if (villages == null) {
      villages = units.children(unit.get());
    }
    return villages;
  }

  public String villageName(long villageId) {
    return getVillages().stream()
        .filter(v -> v.getId() == villageId)
        .map(AdminUnit::getName)
        .findFirst()
        .orElse("");
  }

  public List<PovertyStatus> getPovertyStatuses() {
    return Arrays.asList(PovertyStatus.values());
  }

  public List<ReviewComplaint> getComplaints() {
    if (complaints == null) {
      complaints = reviews.complaints(id);
    }
    return complaints;
  }

  public List<ReviewComplaint> getOpenComplaintsOfEntry() {
    ReviewEntry e = getEntry();
    return e == null
        ? List.of()
        : getComplaints().stream()
            .filter(c -> !c.isResolved() && c.getHouseholdId() == e.getHousehold().getId())
            .toList();
  }

  public String householdCode(long householdId) {
    return reviews.entryOf(id, householdId).map(e -> e.getHousehold().getCode()).orElse("");
  }

  public ReviewEntry getEntry() {
    if (entry == null && entryId != null && isFound()) {
      try {
        entry = reviews.entry(entryId);
        if (entry.getReviewId() != id) {
          entry = null;
        }
      } catch (NotInScopeException e) {
        entry = null;
      }
    }
    return entry;
  }

  public List<SurveyForm.Question> getQuestions() {
    return getStandard() == null
        ? List.of()
        : SurveyForm.questions(getStandard(), locale.getLocale());
  }

  public SurveyForm getSurvey() {
    if (!surveyFilled && getEntry() != null && !isPostback()) {
      survey.fill(getEntry().getIncome(), getEntry().getAnswers());
    }
    surveyFilled = true;
    return survey;
  }

  private static boolean isPostback() {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    return faces != null && faces.isPostback();
  }

  public boolean isSurveyOpen() {
    return getEntry() != null && (may("SURVEY") || may("COMPLAINT"));
  }

  // ---- actions ----

  private interface Step {
    void run();
  }

  private void act(Step step, String doneKey) {
    try {
      step.run();
      messages.info(doneKey);
      review = null;
      counts = null;
      total = null;
      complaints = null;
      table = null;
      entry = null;
      if (getReview() != null) {
        version = getReview().getVersion();
      }
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public void addHousehold() {
    act(
        () -> {
          Household h = reviews.household(unit.get(), householdCode);
          reviews.add(id, version, h.getId());
          householdCode = null;
        },
        "review.saved");
  }

  public void removeEntry(long entry) {
    act(() -> reviews.remove(id, version, entry), "review.saved");
  }

  public void beginSurvey() {
    act(() -> reviews.beginSurvey(id, version), "review.saved");
  }

  public void saveSurvey() {
    act(
        () -> {
          if (getReview().getStatus() == ReviewStatus.POSTED) {
            if (complaintId == null) {
              throw new UserFacingException("review.complaintNeeded");
            }
            reviews.resolve(complaintId, resolution, resolvedOn, survey.survey(getStandard()));
          } else {
            reviews.survey(entryId, getEntry().getVersion(), survey.survey(getStandard()));
          }
        },
        "review.surveySaved");
  }

  public void classifyAll() {
    act(() -> reviews.classifyAll(id, version), "review.classified");
  }

  public void beginMeeting() {
    act(() -> reviews.beginMeeting(id, version), "review.saved");
  }

  public void recordMeeting() {
    act(
        () -> {
          List<Long> entries = new ArrayList<>();
          for (String code : (disagreed == null ? "" : disagreed).split("[,;\\s]+")) {
            if (!code.isBlank()) {
              Household h = reviews.household(unit.get(), code);
              entries.add(
                  reviews
                      .entryOf(id, h.getId())
                      .orElseThrow(() -> new UserFacingException("review.householdUnknown", code))
                      .getId());
            }
          }
          reviews.recordMeeting(id, version, meetingOn, meetingNote, entries);
        },
        "review.saved");
  }

  public void post() {
    act(() -> reviews.post(id, version, postedFrom, postedTo), "review.saved");
  }

  public void complain() {
    act(
        () -> {
          Household h = reviews.household(unit.get(), householdCode);
          reviews.complain(id, h.getId(), receivedOn, complainant, content);
        },
        "review.saved");
  }

  /** Settles the complaint chosen without surveying the household again. */
  public void resolveChosen() {
    act(
        () -> {
          if (complaintId == null) {
            throw new UserFacingException("review.complaintNeeded");
          }
          reviews.resolve(complaintId, resolution, resolvedOn, null);
        },
        "review.saved");
  }

  public void propose() {
    act(() -> reviews.propose(id, version), "review.proposedDone");
  }

  public void returnReview() {
    act(() -> reviews.returnWith(id, version, note), "review.returnedDone");
  }

  public void recognise() {
    act(() -> reviews.recognise(id, version, decisionNo, decisionOn), "review.recognisedDone");
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  // ---- fields ----

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getEntryId() {
    return entryId;
  }

  public void setEntryId(Long entryId) {
    this.entryId = entryId;
  }

  public Long getVillage() {
    return village;
  }

  public void setVillage(Long village) {
    this.village = village;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public int getVersion() {
    return isFound() && version == 0 && !isPostback() ? getReview().getVersion() : version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getHouseholdCode() {
    return householdCode;
  }

  public void setHouseholdCode(String householdCode) {
    this.householdCode = householdCode;
  }

  public LocalDate getMeetingOn() {
    return meetingOn;
  }

  public void setMeetingOn(LocalDate meetingOn) {
    this.meetingOn = meetingOn;
  }

  public String getMeetingNote() {
    return meetingNote;
  }

  public void setMeetingNote(String meetingNote) {
    this.meetingNote = meetingNote;
  }

  public String getDisagreed() {
    return disagreed;
  }

  public void setDisagreed(String disagreed) {
    this.disagreed = disagreed;
  }

  public LocalDate getPostedFrom() {
    return postedFrom;
  }

  public void setPostedFrom(LocalDate postedFrom) {
    this.postedFrom = postedFrom;
  }

  public LocalDate getPostedTo() {
    return postedTo;
  }

  public void setPostedTo(LocalDate postedTo) {
    this.postedTo = postedTo;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getComplainant() {
    return complainant;
  }

  public void setComplainant(String complainant) {
    this.complainant = complainant;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public void setComplaintId(Long complaintId) {
    this.complaintId = complaintId;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }

  public LocalDate getResolvedOn() {
    return resolvedOn;
  }

  public void setResolvedOn(LocalDate resolvedOn) {
    this.resolvedOn = resolvedOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public void setDecisionNo(String decisionNo) {
    this.decisionNo = decisionNo;
  }

  public LocalDate getDecisionOn() {
    return decisionOn;
  }

  public void setDecisionOn(LocalDate decisionOn) {
    this.decisionOn = decisionOn;
  }
}
