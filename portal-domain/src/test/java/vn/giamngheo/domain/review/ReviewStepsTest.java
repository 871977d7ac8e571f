package vn.giamngheo.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.Role;

/** The annual review goes through its steps in one order, each taken by the right people. */
class ReviewStepsTest {
  private static final LocalDate MEETING = LocalDate.of(2025, 11, 10);

  private static HouseholdReview review() {
    return new HouseholdReview(7, 2025, 1, LocalDate.of(2025, 10, 1), "15169/vhcs");
  }

  private static HouseholdReview posted() {
    HouseholdReview review = review();
    review.beginSurvey();
    review.beginMeeting(0);
    review.recordMeeting(MEETING, "Họp thôn");
    review.post(MEETING.plusDays(1), MEETING.plusDays(7), 0, 0);
    return review;
  }

  private static String refusal(Runnable step) {
    return assertThrows(UserFacingException.class, step::run).messageKey();
  }

  @Test
  void aReviewGoesFromListingToRecognisedInOrder() {
    HouseholdReview review = posted();
    assertEquals(ReviewStatus.POSTED, review.getStatus());
    review.propose(MEETING.plusDays(8), "15169/chutich", 0);
    assertEquals(ReviewStatus.PROPOSED, review.getStatus());
    review.recognise("123/QĐ-UBND", MEETING.plusDays(10), "390/phonglaodong");
    assertEquals(ReviewStatus.RECOGNISED, review.getStatus());
    assertEquals("123/QĐ-UBND", review.getDecisionNo());
  }

  @Test
  void aStepOutOfOrderIsRefusedNamingTheStepTheReviewIsAt() {
    HouseholdReview review = review();
    assertEquals("review.wrongStep.LISTING", refusal(() -> review.beginMeeting(0)));
    assertEquals(
        "review.wrongStep.LISTING", refusal(() -> review.post(MEETING, MEETING.plusDays(5), 0, 0)));
    assertEquals(
        "review.wrongStep.LISTING", refusal(() -> review.propose(MEETING, "15169/chutich", 0)));
    assertEquals("review.wrongStep.LISTING", refusal(() -> review.recognise("1", MEETING, "x")));
    assertEquals(ReviewStatus.LISTING, review.getStatus());
    review.beginSurvey();
    assertEquals("review.wrongStep.SURVEYING", refusal(review::beginSurvey));
    assertEquals(
        "review.wrongStep.SURVEYING", refusal(() -> review.require(ReviewStep.CHANGE_LIST)));
  }

  @Test
  void householdsNotSurveyedHoldTheMeetingBack() {
    HouseholdReview review = review();
    review.beginSurvey();
    UserFacingException refused =
        assertThrows(UserFacingException.class, () -> review.beginMeeting(3));
    assertEquals("review.unsurveyed", refused.messageKey());
    assertEquals(3L, refused.arguments()[0]);
    assertEquals(ReviewStatus.SURVEYING, review.getStatus());
  }

  @Test
  void postingNeedsTheMeetingAgreedHouseholdsAndAPeriodThatEndsAfterItStarts() {
    HouseholdReview review = review();
    review.beginSurvey();
    review.beginMeeting(0);
    assertEquals(
        "review.meetingMissing", refusal(() -> review.post(MEETING, MEETING.plusDays(5), 0, 0)));
    review.recordMeeting(MEETING, null);
    assertEquals(
        "review.disagreedLeft", refusal(() -> review.post(MEETING, MEETING.plusDays(5), 2, 0)));
    assertEquals(
        "review.postingInvalid", refusal(() -> review.post(MEETING.plusDays(5), MEETING, 0, 0)));
    assertEquals(ReviewStatus.MEETING, review.getStatus());
    review.post(MEETING, MEETING, 0, 0);
    assertEquals(ReviewStatus.POSTED, review.getStatus());
  }

  @Test
  void theLeaderProposesOnlyAfterThePostingWithEveryComplaintSettled() {
    HouseholdReview review = posted();
    LocalDate lastDay = review.getPostedTo();
    assertEquals(
        "review.postingNotOver", refusal(() -> review.propose(lastDay, "15169/chutich", 0)));
    assertEquals(
        "review.complaintsOpen",
        refusal(() -> review.propose(lastDay.plusDays(1), "15169/chutich", 1)));
    review.propose(lastDay.plusDays(1), "15169/chutich", 0);
    assertEquals(ReviewStatus.PROPOSED, review.getStatus());
  }

  @Test
  void theDistrictReturnsWithANoteAndTheLeaderProposesAgain() {
    HouseholdReview review = posted();
    LocalDate after = review.getPostedTo().plusDays(1);
    review.propose(after, "15169/chutich", 0);
    assertEquals("review.returnNoteMissing", refusal(() -> review.returnWith(" ")));
    review.returnWith("Bổ sung biên bản họp thôn");
    assertEquals(ReviewStatus.POSTED, review.getStatus());
    assertEquals("Bổ sung biên bản họp thôn", review.getReturnedNote());
    assertNull(review.getProposedOn());
    review.propose(after.plusDays(2), "15169/chutich", 0);
    assertNull(review.getReturnedNote());
    assertEquals("review.decisionMissing", refusal(() -> review.recognise("", after, "x")));
  }

  @Test
  void aRecognisedReviewIsReadOnly() {
    HouseholdReview review = posted();
    review.propose(review.getPostedTo().plusDays(1), "15169/chutich", 0);
    review.recognise("5/QĐ", review.getPostedTo().plusDays(3), "390/phonglaodong");
    for (ReviewStep step : ReviewStep.values()) {
      assertFalse(step.allowedAt(ReviewStatus.RECOGNISED), step.name());
    }
    assertEquals("review.wrongStep.RECOGNISED", refusal(() -> review.returnWith("x")));
  }

  @Test
  void theCommuneWorksTheReviewItsLeaderProposesAndTheLevelAboveDecides() {
    assertTrue(ReviewStep.SURVEY.mayBeTakenBy(Role.COMMUNE_STAFF, true, false));
    assertTrue(ReviewStep.SURVEY.mayBeTakenBy(Role.COMMUNE_LEADER, true, false));
    assertFalse(
        ReviewStep.SURVEY.mayBeTakenBy(Role.COMMUNE_STAFF, false, false),
        "another commune's staff");
    assertFalse(
        ReviewStep.SURVEY.mayBeTakenBy(Role.DISTRICT_OFFICER, false, true),
        "the district reads the survey but does not write it");

    assertTrue(ReviewStep.PROPOSE.mayBeTakenBy(Role.COMMUNE_LEADER, true, false));
    assertFalse(ReviewStep.PROPOSE.mayBeTakenBy(Role.COMMUNE_STAFF, true, false));

    for (ReviewStep step : new ReviewStep[] {ReviewStep.RETURN, ReviewStep.RECOGNISE}) {
      assertTrue(step.mayBeTakenBy(Role.DISTRICT_OFFICER, false, true));
      assertTrue(step.mayBeTakenBy(Role.PROVINCE_ADMIN, false, true), "no district in between");
      assertFalse(step.mayBeTakenBy(Role.COMMUNE_LEADER, true, false));
      assertFalse(
          step.mayBeTakenBy(Role.DISTRICT_OFFICER, false, false), "another district's officer");
    }
  }
}
