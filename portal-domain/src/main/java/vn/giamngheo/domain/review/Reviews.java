package vn.giamngheo.domain.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.Classification;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

/**
 * The annual review of poor and near-poor households: a commune draws up the list, surveys and
 * classifies each household, holds the village meetings, posts the lists and settles complaints;
 * its leader proposes and the district recognises. Each step is one transaction, checks who acts
 * and the version the caller saw, and is audited.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Reviews {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject PovertyStandards standards;

  /** What a survey found: income per person per month (B1) and the answers (B2). */
  public record Survey(long income, Map<String, BigDecimal> answers) {}

  // ---- reading ----

  public Optional<HouseholdReview> find(long id) {
    return Optional.ofNullable(em.find(HouseholdReview.class, id))
        .filter(review -> tenant.scope().map(s -> s.canRead(communeOf(review))).orElse(false));
  }

  public HouseholdReview visible(long id) {
    return find(id).orElseThrow(() -> new NotInScopeException("review.notFound", id));
  }

  /** The commune's reviews, newest year first. */
  public List<HouseholdReview> of(AdminUnit commune) {
    readable(commune);
    return em.createQuery(
            "SELECT r FROM HouseholdReview r WHERE r.unitId = :unit ORDER BY r.year DESC",
            HouseholdReview.class)
        .setParameter("unit", commune.getId())
        .getResultList();
  }

  public Optional<HouseholdReview> of(AdminUnit commune, int year) {
    return of(commune).stream().filter(r -> r.getYear() == year).findFirst();
  }

  /** The reviews of the communes right below {@code unit}, by commune id. */
  public List<HouseholdReview> below(AdminUnit unit) {
    readable(unit);
    return em.createQuery(
            "SELECT r FROM HouseholdReview r WHERE r.unitId IN"
                + " (SELECT u.id FROM AdminUnit u WHERE u.parent.id = :unit)"
                + " ORDER BY r.year DESC, r.unitId",
            HouseholdReview.class)
        .setParameter("unit", unit.getId())
        .getResultList();
  }

  public PovertyStandard standardOf(HouseholdReview review) {
    return standards
        .find(review.getStandardId())
        .orElseThrow(() -> new NotInScopeException("review.notFound", review.getId()));
  }

  /** The entries of a review, a page at a time, optionally of one village and one status. */
  public List<ReviewEntry> entries(
      long reviewId, Long villageId, PovertyStatus status, int first, int max) {
    visible(reviewId);
    TypedQuery<ReviewEntry> query =
        em.createQuery(
            "SELECT e FROM ReviewEntry e JOIN FETCH e.household h WHERE e.reviewId = :review"
                + filter(villageId, status)
                + " ORDER BY h.villageId, h.code",
            ReviewEntry.class);
    return filtered(query, reviewId, villageId, status)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countEntries(long reviewId, Long villageId, PovertyStatus status) {
    visible(reviewId);
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(e) FROM ReviewEntry e JOIN e.household h WHERE e.reviewId = :review"
                + filter(villageId, status),
            Long.class);
    return filtered(query, reviewId, villageId, status).getSingleResult();
  }

  private static String filter(Long villageId, PovertyStatus status) {
    return (villageId == null ? "" : " AND h.villageId = :village")
        + (status == null ? "" : " AND e.survey.status = :status");
  }

  private static <T> TypedQuery<T> filtered(
      TypedQuery<T> query, long reviewId, Long villageId, PovertyStatus status) {
    query.setParameter("review", reviewId);
    if (villageId != null) {
      query.setParameter("village", villageId);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }

  public ReviewEntry entry(long entryId) {
    ReviewEntry entry = em.find(ReviewEntry.class, entryId);
    if (entry == null) {
      throw new NotInScopeException("review.notFound", entryId);
    }
    visible(entry.getReviewId());
    return entry;
  }

  /** The classification counts per village (by village id), in one query. */
  public Map<Long, ReviewCounts> countsByVillage(long reviewId) {
    visible(reviewId);
    List<Object[]> rows =
        em.createQuery(
                "SELECT h.villageId, e.survey.status, COUNT(e) FROM ReviewEntry e JOIN e.household h"
                    + " WHERE e.reviewId = :review AND e.surveyedOn IS NOT NULL"
                    + " GROUP BY h.villageId, e.survey.status",
                Object[].class)
            .setParameter("review", reviewId)
            .getResultList();
    List<Object[]> open =
        em.createQuery(
                "SELECT h.villageId, COUNT(e) FROM ReviewEntry e JOIN e.household h"
                    + " WHERE e.reviewId = :review AND (e.surveyedOn IS NULL OR e.survey.status IS NULL)"
                    + " GROUP BY h.villageId",
                Object[].class)
            .setParameter("review", reviewId)
            .getResultList();
    Map<Long, Map<PovertyStatus, Long>> statuses = new LinkedHashMap<>();
    Map<Long, Long> unsurveyed = new HashMap<>();
    for (Object[] row : rows) {
      if (row[1] != null) {
        statuses
            .computeIfAbsent((Long) row[0], v -> new HashMap<>())
            .put((PovertyStatus) row[1], (Long) row[2]);
      }
    }
    for (Object[] row : open) {
      unsurveyed.put((Long) row[0], (Long) row[1]);
      statuses.computeIfAbsent((Long) row[0], v -> new HashMap<>());
    }
    Map<Long, ReviewCounts> counts = new LinkedHashMap<>();
    statuses.forEach(
        (village, byStatus) ->
            counts.put(village, new ReviewCounts(byStatus, unsurveyed.getOrDefault(village, 0L))));
    return counts;
  }

  /** The counts of the whole commune. */
  public ReviewCounts counts(long reviewId) {
    Map<PovertyStatus, Long> total = new HashMap<>();
    long unsurveyed = 0;
    for (ReviewCounts village : countsByVillage(reviewId).values()) {
      village.byStatus().forEach((status, n) -> total.merge(status, n, Long::sum));
      unsurveyed += village.unsurveyed();
    }
    return new ReviewCounts(total, unsurveyed);
  }

  public List<ReviewComplaint> complaints(long reviewId) {
    visible(reviewId);
    return em.createQuery(
            "SELECT c FROM ReviewComplaint c WHERE c.reviewId = :review ORDER BY c.receivedOn, c.id",
            ReviewComplaint.class)
        .setParameter("review", reviewId)
        .getResultList();
  }

  /**
   * The public list of a village: the households proposed as poor or near-poor, and those leaving
   * the lists (on a list the year before, now on none), each with the status of the year before.
   */
  public List<ListedHousehold> postingList(long reviewId, long villageId) {
    HouseholdReview review = visible(reviewId);
    List<ReviewEntry> entries =
        em.createQuery(
                "SELECT e FROM ReviewEntry e JOIN FETCH e.household h WHERE e.reviewId = :review"
                    + " AND h.villageId = :village AND e.survey.status IS NOT NULL ORDER BY h.code",
                ReviewEntry.class)
            .setParameter("review", reviewId)
            .setParameter("village", villageId)
            .getResultList();
    Map<Long, PovertyStatus> before = statusesOf(review.getUnitId(), review.getYear() - 1);
    List<ListedHousehold> list = new ArrayList<>();
    for (ReviewEntry entry : entries) {
      Household h = entry.getHousehold();
      PovertyStatus previous = before.get(h.getId());
      boolean leaving = previous != null && previous.isListed() && !entry.getStatus().isListed();
      if (entry.getStatus().isListed() || leaving) {
        list.add(
            new ListedHousehold(
                h.getId(),
                h.getCode(),
                h.getHeadName(),
                h.getAddress(),
                h.getEthnicity(),
                h.getVillageId(),
                entry.getStatus(),
                entry.getDeprivationCodes(),
                previous));
      }
    }
    return list;
  }

  /**
   * The commune's recognised lists of {@code year}: every household recognised poor or near-poor,
   * and every one that was on a list the year before and is on none now (escaped).
   */
  public List<ListedHousehold> recognisedLists(AdminUnit commune, int year) {
    readable(commune);
    Map<Long, PovertyStatus> before = statusesOf(commune.getId(), year - 1);
    Map<Long, Object[]> now = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT s.householdId, s.status, s.deprivations FROM RecognisedStatus s"
                    + " WHERE s.unitId = :unit AND s.year = :year",
                Object[].class)
            .setParameter("unit", commune.getId())
            .setParameter("year", year)
            .getResultList()) {
      now.put((Long) row[0], row);
    }
    List<Household> households =
        em.createQuery(
                "SELECT h FROM Household h WHERE h.unitId = :unit ORDER BY h.villageId, h.code",
                Household.class)
            .setParameter("unit", commune.getId())
            .getResultList();
    List<ListedHousehold> list = new ArrayList<>();
    for (Household h : households) {
      Object[] row = now.get(h.getId());
      PovertyStatus status = row == null ? PovertyStatus.NONE : (PovertyStatus) row[1];
      PovertyStatus previous = before.get(h.getId());
      boolean escaped = previous != null && previous.isListed() && !status.isListed();
      if (status.isListed() || escaped) {
        list.add(
            new ListedHousehold(
                h.getId(),
                h.getCode(),
                h.getHeadName(),
                h.getAddress(),
                h.getEthnicity(),
                h.getVillageId(),
                status,
                row == null ? "" : (String) row[2],
                previous));
      }
    }
    return list;
  }

  private Map<Long, PovertyStatus> statusesOf(long communeId, int year) {
    Map<Long, PovertyStatus> statuses = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT s.householdId, s.status FROM RecognisedStatus s"
                    + " WHERE s.unitId = :unit AND s.year = :year",
                Object[].class)
            .setParameter("unit", communeId)
            .setParameter("year", year)
            .getResultList()) {
      statuses.put((Long) row[0], (PovertyStatus) row[1]);
    }
    return statuses;
  }

  /** The household of the commune's register with {@code code}. */
  public Household household(AdminUnit commune, String code) {
    readable(commune);
    return em
        .createQuery(
            "SELECT h FROM Household h WHERE h.unitId = :unit AND h.code = :code", Household.class)
        .setParameter("unit", commune.getId())
        .setParameter("code", code == null ? "" : code.strip())
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(() -> new UserFacingException("review.householdUnknown", code));
  }

  /** The entry of a household on the review's list, if it is on it. */
  public Optional<ReviewEntry> entryOf(long reviewId, long householdId) {
    return entryOf(visible(reviewId), householdId);
  }

  /** Whether the caller may take {@code step} on the commune's review. */
  public boolean mayTake(ReviewStep step, AdminUnit commune) {
    AdminUnit where = step.actor() == ReviewStep.Actor.OVERSEER ? commune.getParent() : commune;
    return where != null && tenant.worksFor(where) && tenant.actsAs(step.roles());
  }

  // ---- the steps ----

  /**
   * Starts the commune's review of {@code year} under the standard in force on 31 December: the
   * list holds the households on the lists of the year before and those with an open application.
   */
  public HouseholdReview start(AdminUnit commune, int year) {
    if (!commune.isAt(UnitLevel.COMMUNE)) {
      throw new UserFacingException("review.communeOnly");
    }
    requireActor(ReviewStep.START, commune);
    if (of(commune, year).isPresent()) {
      throw new UserFacingException("review.exists", year);
    }
    PovertyStandard standard = standards.inForceOn(LocalDate.of(year, 12, 31));
    HouseholdReview review =
        new HouseholdReview(commune.getId(), year, standard.getId(), today(), tenant.actor());
    em.persist(review);
    em.flush();
    int listed =
        em.createNativeQuery(
                "INSERT INTO review_entry (unit_id, review_id, household_id, reason, income, answers)"
                    + " SELECT h.unit_id, ?1, h.id,"
                    + " CASE WHEN s.id IS NOT NULL THEN 'ON_LIST' ELSE 'APPLIED' END,"
                    + " h.income, h.answers"
                    + " FROM household h LEFT JOIN household_status s ON s.household_id = h.id"
                    + " AND s.year = ?2 AND s.status IN ('POOR', 'NEAR_POOR')"
                    + " WHERE h.unit_id = ?3 AND h.left_on IS NULL AND (s.id IS NOT NULL"
                    + " OR EXISTS (SELECT 1 FROM household_application a"
                    + " WHERE a.household_id = h.id AND a.decided_on IS NULL))")
            .setParameter(1, review.getId())
            .setParameter(2, year - 1)
            .setParameter(3, commune.getId())
            .executeUpdate();
    audit.record(
        commune.getId(),
        "REVIEW_STARTED",
        "review " + review.getId() + " " + year + ", " + listed + " households");
    return review;
  }

  /** Puts a household of the register on the list. */
  public ReviewEntry add(long reviewId, int version, long householdId) {
    HouseholdReview review = step(reviewId, version, ReviewStep.CHANGE_LIST);
    Household household = em.find(Household.class, householdId);
    if (household == null
        || household.getUnitId() != review.getUnitId()
        || household.getLeftOn() != null) {
      throw new UserFacingException("review.householdUnknown", householdId);
    }
    if (entryOf(review, householdId).isPresent()) {
      throw new UserFacingException("review.alreadyListed", household.getCode());
    }
    ReviewEntry entry = new ReviewEntry(review, household, EntryReason.ADDED);
    em.persist(entry);
    changed(review, "REVIEW_HOUSEHOLD_ADDED", household.getCode());
    return entry;
  }

  /** Takes a household the staff added off the list again. */
  public void remove(long reviewId, int version, long entryId) {
    HouseholdReview review = step(reviewId, version, ReviewStep.CHANGE_LIST);
    ReviewEntry entry = em.find(ReviewEntry.class, entryId);
    if (entry == null || entry.getReviewId() != review.getId()) {
      throw new NotInScopeException("review.notFound", entryId);
    }
    if (entry.getReason() != EntryReason.ADDED) {
      throw new UserFacingException("review.onlyAddedRemovable", entry.getHousehold().getCode());
    }
    em.remove(entry);
    changed(review, "REVIEW_HOUSEHOLD_REMOVED", entry.getHousehold().getCode());
  }

  public HouseholdReview beginSurvey(long reviewId, int version) {
    HouseholdReview review = step(reviewId, version, ReviewStep.BEGIN_SURVEY);
    review.beginSurvey();
    return changed(review, "REVIEW_SURVEY_BEGUN", "");
  }

  /**
   * Keeps one household's survey and classifies it with the review's standard; the household's
   * register keeps it as its latest survey.
   */
  public ReviewEntry survey(long entryId, int entryVersion, Survey survey) {
    ReviewEntry entry = entry(entryId);
    HouseholdReview review = visible(entry.getReviewId());
    requireActor(ReviewStep.SURVEY, communeOf(review));
    review.require(ReviewStep.SURVEY);
    if (entry.getVersion() != entryVersion) {
      throw new UserFacingException("review.changedMeanwhile");
    }
    em.lock(review, LockModeType.OPTIMISTIC);
    PovertyStandard standard = standardOf(review);
    Classification classification =
        entry.survey(standard, survey.income(), survey.answers(), today(), tenant.actor());
    entry.getHousehold().surveyed(survey.income(), survey.answers());
    audit.record(
        review.getUnitId(),
        "REVIEW_HOUSEHOLD_SURVEYED",
        entry.getHousehold().getCode() + " " + classification.status());
    flush();
    return entry;
  }

  /**
   * Classifies every household on the list that has a survey, in one go: those surveyed in this
   * review again, and those listed with the register's latest survey (an import of forms B1 and B2)
   * take it as this review's survey. A survey that misses answers stays to be completed by hand.
   *
   * <p>A commune's whole list is thousands of households, so the entries are read as rows in one
   * query (no entities to track) and every entry whose result changed is written by one statement
   * on the transaction's connection, each checked against the version read, as the entity would be:
   * a survey saved meanwhile makes the whole step fail and roll back.
   */
  public int classifyAll(long reviewId, int version) {
    HouseholdReview review = step(reviewId, version, ReviewStep.CLASSIFY_ALL);
    PovertyStandard standard = standardOf(review);
    flush();
    List<Object[]> rows =
        em.createQuery(
                "SELECT e.id, e.version, e.survey.income, e.survey.answers, e.surveyedOn, e.survey.status,"
                    + " e.survey.deprivations, h.areaType FROM ReviewEntry e JOIN e.household h"
                    + " WHERE e.reviewId = :review AND e.survey.income IS NOT NULL",
                Object[].class)
            .setParameter("review", reviewId)
            .getResultList();
    Classified changes = new Classified(rows.size());
    int classified = 0;
    for (Object[] row : rows) {
      Classification classification;
      try {
        classification =
            ReviewEntry.classifyKept(standard, (AreaType) row[7], (Long) row[2], (String) row[3]);
      } catch (UserFacingException incomplete) {
        continue;
      }
      classified++;
      boolean surveyed = row[4] != null && row[5] != null;
      if (!surveyed
          || row[5] != classification.status()
          || !row[6].equals(classification.deprivationCodes())) {
        changes.add((Long) row[0], (Integer) row[1], classification, surveyed);
      }
    }
    int written = changes.write(em.unwrap(Connection.class), reviewId, today(), tenant.actor());
    if (written != changes.size()) {
      throw new UserFacingException("review.changedMeanwhile");
    }
    em.lock(review, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    changed(
        review,
        "REVIEW_CLASSIFIED",
        classified + " of " + rows.size() + " households, " + changes.size() + " changed");
    return classified;
  }

  /** The entries "classify all" changes, written in one statement. */
  private static final class Classified {
    private static final String UPDATE =
        "UPDATE review_entry e SET status = x.s, deprivations = x.d, version = e.version + 1,"
            + " surveyed_on = CASE WHEN x.kept THEN e.surveyed_on ELSE ?::date END,"
            + " surveyed_by = CASE WHEN x.kept THEN e.surveyed_by ELSE ? END,"
            + " agreed = CASE WHEN x.kept THEN e.agreed ELSE true END"
            + " FROM unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::boolean[])"
            + " AS x(id, v, s, d, kept)"
            + " WHERE e.id = x.id AND e.version = x.v AND e.review_id = ?";

    private final List<Long> ids;
    private final List<Integer> versions;
    private final List<String> statuses;
    private final List<String> deprivations;
    private final List<Boolean> surveyed;

    Classified(int capacity) {
      ids = new ArrayList<>(capacity);
      versions = new ArrayList<>(capacity);
      statuses = new ArrayList<>(capacity);
      deprivations = new ArrayList<>(capacity);
      surveyed = new ArrayList<>(capacity);
    }

    /**
     * An entry classified anew: one surveyed in this review keeps its survey's day, surveyor and
     * the meeting's view; one listed with the register's survey takes it as surveyed today.
     */
    void add(long id, int version, Classification classification, boolean alreadySurveyed) {
      ids.add(id);
      versions.add(version);
      statuses.add(classification.status().name());
      deprivations.add(classification.deprivationCodes());
      surveyed.add(alreadySurveyed);
    }

    int size() {
      return ids.size();
    }

    int write(Connection connection, long reviewId, LocalDate day, String by) {
      if (ids.isEmpty()) {
        return 0;
      }
      try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
        update.setObject(1, day);
        update.setString(2, by);
        update.setArray(3, connection.createArrayOf("bigint", ids.toArray()));
        update.setArray(4, connection.createArrayOf("integer", versions.toArray()));
        update.setArray(5, connection.createArrayOf("text", statuses.toArray()));
        update.setArray(6, connection.createArrayOf("text", deprivations.toArray()));
        update.setArray(7, connection.createArrayOf("boolean", surveyed.toArray()));
        update.setLong(8, reviewId);
        return update.executeUpdate();
      } catch (SQLException e) {
        throw new PersistenceException("cannot write the review's classifications", e);
      }
    }
  }

  public HouseholdReview beginMeeting(long reviewId, int version) {
    HouseholdReview review = step(reviewId, version, ReviewStep.BEGIN_MEETING);
    review.beginMeeting(unsurveyed(review));
    return changed(review, "REVIEW_MEETING_BEGUN", "");
  }

  /** Records the village meeting and the households it disagreed with. */
  public HouseholdReview recordMeeting(
      long reviewId, int version, LocalDate day, String note, List<Long> disagreedEntryIds) {
    HouseholdReview review = step(reviewId, version, ReviewStep.RECORD_MEETING);
    review.recordMeeting(day, note);
    List<String> codes = new ArrayList<>();
    for (Long entryId : disagreedEntryIds == null ? List.<Long>of() : disagreedEntryIds) {
      ReviewEntry entry = em.find(ReviewEntry.class, entryId);
      if (entry == null || entry.getReviewId() != review.getId()) {
        throw new NotInScopeException("review.notFound", entryId);
      }
      entry.disagree();
      codes.add(entry.getHousehold().getCode());
    }
    return changed(review, "REVIEW_MEETING_RECORDED", day + " disagreed: " + codes);
  }

  public HouseholdReview post(long reviewId, int version, LocalDate from, LocalDate to) {
    HouseholdReview review = step(reviewId, version, ReviewStep.POST);
    long disagreed =
        em.createQuery(
                "SELECT COUNT(e) FROM ReviewEntry e WHERE e.reviewId = :review AND e.agreed = false",
                Long.class)
            .setParameter("review", reviewId)
            .getSingleResult();
    review.post(from, to, disagreed, unsurveyed(review));
    return changed(review, "REVIEW_POSTED", from + " – " + to);
  }

  /** Records a complaint about a household of the commune while the lists are posted. */
  public ReviewComplaint complain(
      long reviewId, long householdId, LocalDate receivedOn, String complainant, String content) {
    HouseholdReview review = visible(reviewId);
    requireActor(ReviewStep.COMPLAINT, communeOf(review));
    review.require(ReviewStep.COMPLAINT);
    Household household = em.find(Household.class, householdId);
    if (household == null || household.getUnitId() != review.getUnitId()) {
      throw new UserFacingException("review.householdUnknown", householdId);
    }
    ReviewComplaint complaint =
        new ReviewComplaint(review, householdId, receivedOn, complainant, content);
    em.persist(complaint);
    em.lock(review, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    audit.record(review.getUnitId(), "REVIEW_COMPLAINT_RECEIVED", household.getCode());
    flush();
    return complaint;
  }

  /**
   * Settles a complaint; with a survey the household is surveyed again and re-classified (put on
   * the list when it was not), and the complaint keeps its status before and after.
   */
  public ReviewComplaint resolve(
      long complaintId, String resolution, LocalDate day, Survey resurvey) {
    ReviewComplaint complaint = em.find(ReviewComplaint.class, complaintId);
    if (complaint == null) {
      throw new NotInScopeException("review.notFound", complaintId);
    }
    HouseholdReview review = visible(complaint.getReviewId());
    requireActor(ReviewStep.COMPLAINT, communeOf(review));
    review.require(ReviewStep.COMPLAINT);
    PovertyStatus before = null;
    PovertyStatus after = null;
    if (resurvey != null) {
      ReviewEntry entry =
          entryOf(review, complaint.getHouseholdId())
              .orElseGet(
                  () -> {
                    ReviewEntry added =
                        new ReviewEntry(
                            review,
                            em.find(Household.class, complaint.getHouseholdId()),
                            EntryReason.ADDED);
                    em.persist(added);
                    return added;
                  });
      before = entry.getStatus();
      after =
          entry
              .survey(
                  standardOf(review), resurvey.income(), resurvey.answers(), day, tenant.actor())
              .status();
      entry.getHousehold().surveyed(resurvey.income(), resurvey.answers());
    }
    complaint.resolve(resolution, day, before, after);
    em.lock(review, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    audit.record(
        review.getUnitId(),
        "REVIEW_COMPLAINT_RESOLVED",
        complaint.getId() + (after == null ? "" : " " + before + " -> " + after));
    flush();
    return complaint;
  }

  public HouseholdReview propose(long reviewId, int version) {
    HouseholdReview review = step(reviewId, version, ReviewStep.PROPOSE);
    long open =
        em.createQuery(
                "SELECT COUNT(c) FROM ReviewComplaint c WHERE c.reviewId = :review"
                    + " AND c.resolvedOn IS NULL",
                Long.class)
            .setParameter("review", reviewId)
            .getSingleResult();
    review.propose(today(), tenant.actor(), open);
    return changed(review, "REVIEW_PROPOSED", "");
  }

  public HouseholdReview returnWith(long reviewId, int version, String note) {
    HouseholdReview review = step(reviewId, version, ReviewStep.RETURN);
    review.returnWith(note);
    return changed(review, "REVIEW_RETURNED", note);
  }

  /**
   * Recognises the lists: every household on the review gets its status of the year (source
   * ANNUAL_REVIEW, under the review's standard), written in one statement.
   */
  public HouseholdReview recognise(long reviewId, int version, String number, LocalDate day) {
    HouseholdReview review = step(reviewId, version, ReviewStep.RECOGNISE);
    review.recognise(number, day, tenant.actor());
    flush();
    int written =
        em.createNativeQuery(
                "INSERT INTO household_status (unit_id, household_id, year, status, deprivations,"
                    + " standard_id, source, recognised_on)"
                    + " SELECT e.unit_id, e.household_id, ?1, e.status, e.deprivations, ?2,"
                    + " 'ANNUAL_REVIEW', ?3 FROM review_entry e"
                    + " WHERE e.review_id = ?4 AND e.status IS NOT NULL"
                    + " ON CONFLICT (household_id, year) DO UPDATE SET status = EXCLUDED.status,"
                    + " deprivations = EXCLUDED.deprivations, standard_id = EXCLUDED.standard_id,"
                    + " source = EXCLUDED.source, recognised_on = EXCLUDED.recognised_on")
            .setParameter(1, review.getYear())
            .setParameter(2, review.getStandardId())
            .setParameter(3, day)
            .setParameter(4, review.getId())
            .executeUpdate();
    return changed(
        review, "REVIEW_RECOGNISED", number + " " + day + ", " + written + " households");
  }

  // ---- helpers ----

  private HouseholdReview step(long reviewId, int version, ReviewStep step) {
    HouseholdReview review = visible(reviewId);
    requireActor(step, communeOf(review));
    review.require(step);
    if (review.getVersion() != version) {
      throw new UserFacingException("review.changedMeanwhile");
    }
    return review;
  }

  private void requireActor(ReviewStep step, AdminUnit commune) {
    if (!mayTake(step, commune)) {
      throw new UserFacingException(step.refusalKey());
    }
  }

  private HouseholdReview changed(HouseholdReview review, String action, String detail) {
    audit.record(
        review.getUnitId(),
        action,
        "review "
            + review.getId()
            + " "
            + review.getYear()
            + (detail.isEmpty() ? "" : " " + detail));
    flush();
    return review;
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new UserFacingException("review.changedMeanwhile");
    }
  }

  private long unsurveyed(HouseholdReview review) {
    return em.createQuery(
            "SELECT COUNT(e) FROM ReviewEntry e WHERE e.reviewId = :review"
                + " AND (e.surveyedOn IS NULL OR e.survey.status IS NULL)",
            Long.class)
        .setParameter("review", review.getId())
        .getSingleResult();
  }

  private Optional<ReviewEntry> entryOf(HouseholdReview review, long householdId) {
    return em
        .createQuery(
            "SELECT e FROM ReviewEntry e WHERE e.reviewId = :review"
                + " AND e.household.id = :household",
            ReviewEntry.class)
        .setParameter("review", review.getId())
        .setParameter("household", householdId)
        .getResultList()
        .stream()
        .findFirst();
  }

  private void readable(AdminUnit unit) {
    if (!tenant.scope().map(s -> s.canRead(unit)).orElse(false)) {
      throw new NotInScopeException("review.notFound", unit.getCode());
    }
  }

  private AdminUnit communeOf(HouseholdReview review) {
    return em.find(AdminUnit.class, review.getUnitId());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
