package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.household.RecognisedStatus;
import vn.giamngheo.domain.review.Applications;
import vn.giamngheo.domain.review.EntryReason;
import vn.giamngheo.domain.review.HouseholdApplication;
import vn.giamngheo.domain.review.HouseholdReview;
import vn.giamngheo.domain.review.ReviewComplaint;
import vn.giamngheo.domain.review.ReviewCounts;
import vn.giamngheo.domain.review.ReviewEntry;
import vn.giamngheo.domain.review.ReviewStatus;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.domain.standard.DeprivationIndicator;
import vn.giamngheo.domain.standard.DeprivedWhen;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.domain.standard.StandardReader;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.review.ReviewFixtures;
import vn.giamngheo.web.testing.PortalClient;
import vn.giamngheo.web.testing.PortalDeployment;

/**
 * Cẩm Long (15172), a commune no other test writes to and without demo register data, runs its 2025
 * review through every step on households of this test's own; Cẩm Tâm cannot read or touch it, and
 * a refused step changes nothing. The API then shows the recognised review to the commune and 404
 * to Cẩm Tâm.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HouseholdReviewIT {
  private static final int YEAR = 2025;
  private static final LocalDate MEETING = LocalDate.of(2025, 11, 10);

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.war()
        .addClasses(ReviewFixtures.class, PortalDeployment.class, PortalClient.class);
  }

  @Inject HttpServletRequest request;

  @Inject TenantContext tenant;
  @Inject Units units;
  @Inject Reviews reviews;
  @Inject Applications applications;
  @Inject PovertyStandards standards;
  @Inject ReviewFixtures fixtures;

  private AdminUnit commune;

  /** Who the test acts as, innermost last, so that a nested call returns to the caller's. */
  private final Deque<Runnable> callers = new ArrayDeque<>();

  private <T> T as(String unitCode, String user, Role role, Supplier<T> work) {
    AdminUnit unit = units.findByCode(unitCode).orElseThrow();
    Runnable enter =
        () -> tenant.enter(AccessScope.subtreeOf(unit.getPath()), unitCode + "/" + user, role);
    callers.push(enter);
    enter.run();
    try {
      return work.get();
    } finally {
      callers.pop();
      if (callers.isEmpty()) {
        tenant.enter(null, null, null);
      } else {
        callers.peek().run();
      }
    }
  }

  private <T> T staff(Supplier<T> work) {
    return as("15172", "vhcs", Role.COMMUNE_STAFF, work);
  }

  private <T> T leader(Supplier<T> work) {
    return as("15172", "chutich", Role.COMMUNE_LEADER, work);
  }

  private <T> T district(Supplier<T> work) {
    return as("390", "phonglaodong", Role.DISTRICT_OFFICER, work);
  }

  private <T> T camTam(Supplier<T> work) {
    return as("15163", "chutich", Role.COMMUNE_LEADER, work);
  }

  private static String refused(Runnable step) {
    return assertThrows(UserFacingException.class, step::run).messageKey();
  }

  private PovertyStandard standard() {
    AdminUnit province = units.findByCode("38").orElseThrow();
    return tenant.runAsSystem(
        () -> {
          LocalDate yearEnd = LocalDate.of(YEAR, 12, 31);
          if (standards.all().stream().noneMatch(s -> s.appliesOn(yearEnd))) {
            standards.add(
                province,
                StandardReader.read(
                    province.getId(),
                    PovertyStandard.class.getResourceAsStream(StandardReader.STANDARD_2022_2025)));
          }
          return standards.inForceOn(yearEnd);
        });
  }

  /** Answers with exactly {@code deprived} deprivations. */
  private static Map<String, BigDecimal> answers(PovertyStandard standard, int deprived) {
    Map<String, BigDecimal> answers = new HashMap<>();
    int left = deprived;
    for (DeprivationIndicator indicator : standard.indicators()) {
      boolean deprive = left-- > 0;
      answers.put(indicator.getCode(), answer(indicator, deprive));
    }
    return answers;
  }

  private static BigDecimal answer(DeprivationIndicator indicator, boolean deprived) {
    BigDecimal t = indicator.getThreshold();
    boolean yesNo = indicator.getAnswerKind().name().equals("YES_NO");
    DeprivedWhen when = indicator.getComparator();
    boolean upward = when == DeprivedWhen.GE || when == DeprivedWhen.GT;
    BigDecimal value;
    if (upward) {
      value =
          deprived
              ? (yesNo ? BigDecimal.ONE : (when == DeprivedWhen.GE ? t : t.add(BigDecimal.ONE)))
              : BigDecimal.ZERO;
    } else {
      value =
          deprived ? BigDecimal.ZERO : (yesNo ? BigDecimal.ONE : t.add(BigDecimal.valueOf(100)));
    }
    if (indicator.deprives(value) != deprived) {
      throw new IllegalStateException(indicator.getCode() + " cannot be answered " + deprived);
    }
    return value;
  }

  @Test
  @Order(1)
  void aCommuneRunsItsAnnualReviewThroughEveryStepAndTheDistrictRecognisesIt() {
    PovertyStandard standard = standard();
    commune = units.findByCode("15172").orElseThrow();
    assertEquals("390", tenant.runAsSystem(() -> commune.getParent().getCode()));
    AdminUnit village =
        staff(
            () ->
                units.children(commune).stream()
                    .findFirst()
                    .orElseGet(() -> units.addVillage(commune, "Thôn Rà Soát", MEETING)));
    long communeId = commune.getId();
    Household poor =
        staff(() -> fixtures.household(communeId, village.getId(), "RS-1", "Lò Văn Một"));
    Household near =
        staff(() -> fixtures.household(communeId, village.getId(), "RS-2", "Hà Thị Hai"));
    Household applied =
        staff(() -> fixtures.household(communeId, village.getId(), "RS-3", "Bùi Văn Ba"));
    Household other =
        staff(() -> fixtures.household(communeId, village.getId(), "RS-4", "Trương Bốn"));
    staff(
        () -> {
          fixtures.recognised(poor, YEAR - 1, PovertyStatus.POOR);
          fixtures.recognised(near, YEAR - 1, PovertyStatus.NEAR_POOR);
          fixtures.recognised(other, YEAR - 1, PovertyStatus.AVERAGE);
          return applications.apply(
              applied.getId(), LocalDate.of(2025, 6, 1), HouseholdApplication.Request.ENTER_LIST);
        });

    // LISTING: last year's lists and the open application
    HouseholdReview review = staff(() -> reviews.start(commune, YEAR));
    long id = review.getId();
    assertEquals(ReviewStatus.LISTING, review.getStatus());
    assertEquals(standard.getId(), review.getStandardId());
    assertEquals("review.exists", refused(() -> staff(() -> reviews.start(commune, YEAR))));
    Map<String, EntryReason> reasons =
        entries(id).stream()
            .collect(Collectors.toMap(e -> e.getHousehold().getCode(), ReviewEntry::getReason));
    assertEquals(
        Map.of(
            "RS-1", EntryReason.ON_LIST, "RS-2", EntryReason.ON_LIST, "RS-3", EntryReason.APPLIED),
        reasons);

    // another commune neither reads nor acts on it
    assertThrows(NotInScopeException.class, () -> camTam(() -> reviews.visible(id)));
    assertThrows(
        NotInScopeException.class,
        () -> camTam(() -> reviews.beginSurvey(id, review.getVersion())));
    assertThrows(
        NotInScopeException.class, () -> camTam(() -> reviews.entries(id, null, null, 0, 10)));

    ReviewEntry added = staff(() -> reviews.add(id, version(id), other.getId()));
    long onList = entryOf(id, "RS-1").getId();
    assertEquals(
        "review.onlyAddedRemovable",
        refused(
            () ->
                staff(
                    () -> {
                      reviews.remove(id, version(id), onList);
                      return null;
                    })));
    assertEquals(4, entries(id).size());
    assertEquals(EntryReason.ADDED, added.getReason());

    // a step out of order is refused and changes nothing
    int before = version(id);
    assertEquals(
        "review.wrongStep.LISTING", refused(() -> staff(() -> reviews.beginMeeting(id, before))));
    assertEquals(before, version(id));

    // SURVEYING: every household must be surveyed before the meeting
    staff(() -> reviews.beginSurvey(id, version(id)));
    assertEquals(
        "review.unsurveyed", refused(() -> staff(() -> reviews.beginMeeting(id, version(id)))));
    assertEquals(ReviewStatus.SURVEYING, staff(() -> reviews.visible(id)).getStatus());
    survey(id, "RS-1", 1_000_000, answers(standard, 3));
    survey(id, "RS-2", 1_000_000, answers(standard, 0));
    survey(id, "RS-3", 2_000_000, answers(standard, 1));
    survey(id, "RS-4", 5_000_000, answers(standard, 0));
    ReviewCounts counts = staff(() -> reviews.counts(id));
    assertEquals(
        List.of(1L, 1L, 1L, 1L, 0L),
        List.of(
            counts.getPoor(),
            counts.getNearPoor(),
            counts.getAverage(),
            counts.getNone(),
            counts.getUnsurveyed()));
    assertEquals(4, staff(() -> reviews.classifyAll(id, version(id))));
    assertThrows(
        UserFacingException.class,
        () -> district(() -> reviews.classifyAll(id, version(id))),
        "the district does not survey");

    // MEETING: a failure midway leaves nothing half-done
    staff(() -> reviews.beginMeeting(id, version(id)));
    long nearEntry = staff(() -> entryOf(id, "RS-2")).getId();
    assertThrows(
        NotInScopeException.class,
        () ->
            staff(
                () ->
                    reviews.recordMeeting(
                        id, version(id), MEETING, "Họp thôn", List.of(nearEntry, -1L))));
    assertNull(staff(() -> fixtures.review(id)).getMeetingOn());
    assertTrue(staff(() -> fixtures.entry(nearEntry)).isAgreed());

    staff(() -> reviews.recordMeeting(id, version(id), MEETING, "Họp thôn", List.of(nearEntry)));
    assertFalse(staff(() -> fixtures.entry(nearEntry)).isAgreed());
    assertEquals(
        "review.disagreedLeft",
        refused(
            () ->
                staff(
                    () ->
                        reviews.post(id, version(id), MEETING.plusDays(1), MEETING.plusDays(7)))));
    survey(id, "RS-2", 1_200_000, answers(standard, 0));
    assertEquals(
        "review.postingInvalid",
        refused(
            () ->
                staff(
                    () ->
                        reviews.post(id, version(id), MEETING.plusDays(7), MEETING.plusDays(1)))));
    staff(() -> reviews.post(id, version(id), MEETING.plusDays(1), MEETING.plusDays(7)));

    // POSTED: a complaint re-surveys a household
    ReviewComplaint complaint =
        staff(
            () ->
                reviews.complain(
                    id, applied.getId(), MEETING.plusDays(2), "Bùi Văn Ba", "Thu nhập tính sai"));
    assertEquals("review.leaderOnly", refused(() -> staff(() -> reviews.propose(id, version(id)))));
    assertEquals(
        "review.complaintsOpen", refused(() -> leader(() -> reviews.propose(id, version(id)))));
    ReviewComplaint resolved =
        staff(
            () ->
                reviews.resolve(
                    complaint.getId(),
                    "Khảo sát lại: thu nhập thấp hơn",
                    MEETING.plusDays(4),
                    new Reviews.Survey(1_300_000, answers(standard, 1))));
    assertEquals(PovertyStatus.AVERAGE, resolved.getStatusBefore());
    assertEquals(PovertyStatus.NEAR_POOR, resolved.getStatusAfter());

    // PROPOSED, returned, proposed again, RECOGNISED
    leader(() -> reviews.propose(id, version(id)));
    assertEquals(
        "review.overseerOnly",
        refused(() -> leader(() -> reviews.recognise(id, version(id), "1/QĐ", LocalDate.now()))));
    district(() -> reviews.returnWith(id, version(id), "Bổ sung biên bản họp thôn"));
    assertEquals(ReviewStatus.POSTED, staff(() -> reviews.visible(id)).getStatus());
    leader(() -> reviews.propose(id, version(id)));
    LocalDate today = staff(() -> reviews.visible(id)).getProposedOn();
    int proposed = version(id);
    assertEquals(
        "review.decisionMissing",
        refused(() -> district(() -> reviews.recognise(id, proposed, " ", today))));
    assertEquals(proposed, version(id));
    assertTrue(
        staff(() -> fixtures.statuses(poor.getId())).stream().noneMatch(s -> s.getYear() == YEAR),
        "a refused recognition writes no status");
    assertEquals(
        "review.changedMeanwhile",
        refused(() -> district(() -> reviews.recognise(id, proposed - 1, "12/QĐ-UBND", today))));
    HouseholdReview recognised =
        district(() -> reviews.recognise(id, proposed, "12/QĐ-UBND", today));
    assertEquals(ReviewStatus.RECOGNISED, recognised.getStatus());

    Map<String, PovertyStatus> statuses = new HashMap<>();
    for (Household h : List.of(poor, near, applied, other)) {
      RecognisedStatus status =
          staff(() -> fixtures.statuses(h.getId())).stream()
              .filter(s -> s.getYear() == YEAR)
              .findFirst()
              .orElseThrow();
      assertEquals(RecognisedStatus.Source.ANNUAL_REVIEW, status.getSource());
      assertEquals(standard.getId(), status.getStandardId());
      statuses.put(h.getCode(), status.getStatus());
    }
    assertEquals(
        Map.of(
            "RS-1", PovertyStatus.POOR,
            "RS-2", PovertyStatus.NEAR_POOR,
            "RS-3", PovertyStatus.NEAR_POOR,
            "RS-4", PovertyStatus.NONE),
        statuses);
    assertEquals(
        "review.wrongStep.RECOGNISED",
        refused(() -> survey(id, "RS-4", 100, answers(standard, 0))));

    // the year's lists: poor and near-poor, and none escaped (RS-4 was average before)
    assertEquals(
        List.of("RS-1", "RS-2", "RS-3"),
        staff(() -> reviews.recognisedLists(commune, YEAR)).stream().map(l -> l.code()).toList());

    // the regular review: RS-4 applies to leave nothing / enter, the leader decides in 2026
    HouseholdApplication application =
        staff(
            () ->
                applications.apply(
                    other.getId(),
                    LocalDate.of(2026, 3, 2),
                    HouseholdApplication.Request.ENTER_LIST));
    HouseholdApplication surveyed =
        staff(
            () ->
                applications.survey(
                    application.getId(),
                    application.getVersion(),
                    new Reviews.Survey(900_000, answers(standard, 4)),
                    LocalDate.of(2026, 3, 10)));
    assertEquals(PovertyStatus.POOR, surveyed.getStatus());
    assertEquals(
        "review.leaderOnly",
        refused(
            () ->
                staff(
                    () ->
                        applications.decide(
                            surveyed.getId(), surveyed.getVersion(), LocalDate.of(2026, 3, 20)))));
    leader(
        () ->
            applications.decide(
                surveyed.getId(), surveyed.getVersion(), LocalDate.of(2026, 3, 20)));
    RecognisedStatus regular =
        staff(() -> fixtures.statuses(other.getId())).stream()
            .filter(s -> s.getYear() == 2026)
            .findFirst()
            .orElseThrow();
    assertEquals(PovertyStatus.POOR, regular.getStatus());
    assertEquals(RecognisedStatus.Source.REGULAR_REVIEW, regular.getSource());
  }

  @Test
  @Order(2)
  void theApiShowsTheReviewToTheCommuneAndTheDistrictAndNothingToAnotherCommune() throws Exception {
    URL base =
        new URL("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/");
    PortalClient client = new PortalClient(base);
    HttpResponse<String> response =
        client.get("api/v1/units/15172/reviews?year=2025", "390/phonglaodong");
    assertEquals(200, response.statusCode());
    JsonArray list = (JsonArray) PortalClient.parse(response.body());
    assertEquals(1, list.size());
    JsonObject review = list.getJsonObject(0);
    assertEquals("RECOGNISED", review.getString("status"));
    assertEquals("12/QĐ-UBND", review.getString("decisionNo"));
    JsonObject counts = review.getJsonObject("counts");
    assertEquals(1, counts.getInt("poor"));
    assertEquals(2, counts.getInt("nearPoor"));
    assertEquals(1, counts.getInt("none"));
    for (String otherCommune : List.of("15169/vhcs", "15163/vhcs")) {
      assertEquals(
          404,
          client.get("api/v1/units/15172/reviews?year=2025", otherCommune).statusCode(),
          otherCommune + " is another commune");
    }
  }

  private int version(long id) {
    return staff(() -> reviews.visible(id)).getVersion();
  }

  private List<ReviewEntry> entries(long id) {
    return staff(() -> reviews.entries(id, null, null, 0, 100));
  }

  private ReviewEntry entryOf(long id, String code) {
    return entries(id).stream()
        .filter(e -> e.getHousehold().getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private ReviewEntry survey(long id, String code, long income, Map<String, BigDecimal> answers) {
    ReviewEntry entry = entryOf(id, code);
    return staff(
        () ->
            reviews.survey(entry.getId(), entry.getVersion(), new Reviews.Survey(income, answers)));
  }
}
