package vn.giamngheo.domain.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.giamngheo.domain.UnitStep;
import vn.giamngheo.domain.household.HouseholdMember.Person;
import vn.giamngheo.domain.household.HouseholdMember.Sex;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

/**
 * A commune's household register: lists narrowed by filters a page at a time, the full record of
 * one household (every view logged), and the changes the commune's own staff and leader make. The
 * district and the province above read the lists and records; nobody else writes them — here, and
 * in PostgreSQL's row-level security.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Households {
  /** The most households one page of a list holds. */
  public static final int MAX_PAGE_SIZE = 200;

  private static final int EXPORT_BATCH = MAX_PAGE_SIZE;

  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;

  /**
   * Page {@code page} (from 0) of the households of {@code commune} matching {@code filter}, by
   * code, with how many match in all. Three statements whatever the page: the page, the count and
   * the members of the page's households.
   */
  public RegisterPage search(AdminUnit commune, HouseholdFilter filter, int page, int size) {
    HouseholdFilter effective = withYear(commune, filter);
    long total = count(commune, effective);
    int pageSize = pageSize(size);
    int pageNumber = Math.max(0, page);
    List<HouseholdSummary> items =
        (long) pageNumber * pageSize >= total
            ? List.of()
            : items(commune, effective, pageNumber, pageSize);
    return new RegisterPage(total, pageNumber, pageSize, effective.year(), items);
  }

  /** The filter with its year, the latest year with statuses when it names none. */
  public HouseholdFilter withYear(AdminUnit commune, HouseholdFilter filter) {
    return filter.year() != null ? filter : filter.withYear(latestYear(commune));
  }

  /** How many of the commune's households match {@code filter} (one statement). */
  public long count(AdminUnit commune, HouseholdFilter filter) {
    requireReadable(commune);
    Where where = where(commune.getId(), filter);
    return ((Number)
            where.bind(em.createNativeQuery("SELECT count(*) " + where.sql)).getSingleResult())
        .longValue();
  }

  /**
   * The households of page {@code page} (from 0) matching {@code filter}, by code, with their
   * members (two statements). A filter without a year lists no statuses: see {@link #withYear}.
   */
  public List<HouseholdSummary> items(
      AdminUnit commune, HouseholdFilter filter, int page, int size) {
    requireReadable(commune);
    int pageSize = pageSize(size);
    Where where = where(commune.getId(), filter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        where
            .bind(
                em.createNativeQuery(
                    "SELECT h.id, h.code, h.village_id, v.name, h.head_name, h.area_type,"
                        + " h.ethnicity, h.address, s.status, s.deprivations "
                        + where.sql
                        + " ORDER BY h.code, h.id LIMIT "
                        + pageSize
                        + " OFFSET "
                        + (long) Math.max(0, page) * pageSize))
            .getResultList();
    Map<Long, List<MemberLine>> members =
        membersOf(rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
    List<HouseholdSummary> items = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      String deprivations = (String) row[9];
      items.add(
          new HouseholdSummary(
              id,
              (String) row[1],
              ((Number) row[2]).longValue(),
              (String) row[3],
              (String) row[4],
              AreaType.valueOf((String) row[5]),
              (String) row[6],
              (String) row[7],
              filter.year(),
              row[8] == null ? null : PovertyStatus.valueOf((String) row[8]),
              deprivations == null || deprivations.isBlank()
                  ? List.of()
                  : List.of(deprivations.split(",")),
              members.getOrDefault(id, List.of())));
    }
    return items;
  }

  private static int pageSize(int size) {
    return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
  }

  /**
   * Every household matching {@code filter}, by code, handed to {@code each} a page at a time (for
   * exports: ID numbers masked as in the lists).
   */
  public void forEachMatching(
      AdminUnit commune, HouseholdFilter filter, Consumer<HouseholdSummary> each) {
    HouseholdFilter effective = withYear(commune, filter);
    for (int page = 0; ; page++) {
      List<HouseholdSummary> batch = items(commune, effective, page, EXPORT_BATCH);
      batch.forEach(each);
      if (batch.size() < EXPORT_BATCH) {
        return;
      }
    }
  }

  /** The latest year the commune has recognised statuses for, or null when it has none. */
  public Integer latestYear(AdminUnit commune) {
    requireReadable(commune);
    Object year =
        em.createNativeQuery("SELECT max(year) FROM household_status WHERE unit_id = ?1")
            .setParameter(1, commune.getId())
            .getSingleResult();
    return year == null ? null : ((Number) year).intValue();
  }

  /** The years the commune has statuses for, newest first. */
  public List<Integer> years(AdminUnit commune) {
    requireReadable(commune);
    @SuppressWarnings("unchecked")
    List<Object> years =
        em.createNativeQuery(
                "SELECT DISTINCT year FROM household_status WHERE unit_id = ?1 ORDER BY year DESC")
            .setParameter(1, commune.getId())
            .getResultList();
    return years.stream().map(year -> ((Number) year).intValue()).toList();
  }

  /** The ethnicities of the commune's household heads, alphabetically. */
  public List<String> ethnicities(AdminUnit commune) {
    requireReadable(commune);
    @SuppressWarnings("unchecked")
    List<String> names =
        em.createNativeQuery(
                "SELECT DISTINCT ethnicity FROM household WHERE unit_id = ?1 AND ethnicity <> ''"
                    + " ORDER BY ethnicity")
            .setParameter(1, commune.getId())
            .getResultList();
    return names;
  }

  /**
   * The full record of a household of {@code commune}, logged as viewed by the caller. ID numbers
   * are whole only for the commune's own staff and leader.
   */
  public HouseholdRecord find(AdminUnit commune, long id) {
    Household household = owned(commune, id);
    boolean editor = mayEdit(commune);
    List<MemberLine> members =
        household.getMembers().stream().map(m -> MemberLine.of(m, editor)).toList();
    List<RecognisedStatus> history =
        em.createQuery(
                "SELECT s FROM RecognisedStatus s WHERE s.householdId = :id ORDER BY s.year DESC",
                RecognisedStatus.class)
            .setParameter("id", id)
            .getResultList();
    AdminUnit village = em.find(AdminUnit.class, household.getVillageId());
    audit.record(
        household.getUnitId(),
        "HOUSEHOLD_VIEWED",
        household.getCode() + (editor ? "" : " (ID numbers masked)"));
    return new HouseholdRecord(
        household, village == null ? "" : village.getName(), members, history, editor);
  }

  /** Whether the caller may change the commune's register: its own staff and leader. */
  public boolean mayEdit(AdminUnit commune) {
    return commune.isAt(UnitLevel.COMMUNE)
        && tenant.worksFor(commune)
        && tenant.actsAs(UnitStep.DRAFT.roles(commune));
  }

  /** Registers a household with its members, the head first. */
  public Household add(AdminUnit commune, NewHousehold entry) {
    requireEditor(commune);
    requireVillageOf(commune, entry.villageId());
    if (entry.areaType() == null) {
      throw new UserFacingException("household.areaTypeMissing");
    }
    Household household =
        new Household(
            commune.getId(),
            entry.villageId(),
            entry.code(),
            entry.headName(),
            entry.areaType(),
            entry.registeredOn() == null ? LocalDate.now() : entry.registeredOn());
    long taken =
        ((Number)
                em.createNativeQuery(
                        "SELECT count(*) FROM household WHERE unit_id = ?1 AND code = ?2")
                    .setParameter(1, commune.getId())
                    .setParameter(2, household.getCode())
                    .getSingleResult())
            .longValue();
    if (taken > 0) {
      throw new UserFacingException("household.codeTaken", household.getCode());
    }
    household.describe(entry.address(), entry.ethnicity());
    requireFreeIdNumbers(
        commune,
        entry.members().stream().map(Person::idNumber).filter(Objects::nonNull).toList(),
        Set.of());
    entry.members().forEach(household::addMember);
    em.persist(household);
    em.flush();
    audit.record(
        commune.getId(),
        "HOUSEHOLD_ADDED",
        household.getCode() + " " + household.getHeadName() + ", " + entry.members().size());
    return household;
  }

  /** What staff change of a household's own facts. */
  public record Details(long villageId, AreaType areaType, String ethnicity, String address) {}

  /** Changes where a household lives and its facts; {@code version} is what the caller saw. */
  public Household change(AdminUnit commune, long id, int version, Details details) {
    requireEditor(commune);
    Household household = current(commune, id, version);
    requireVillageOf(commune, details.villageId());
    if (details.areaType() == null) {
      throw new UserFacingException("household.areaTypeMissing");
    }
    String before =
        household.getVillageId()
            + "/"
            + household.getAreaType()
            + "/"
            + household.getEthnicity()
            + "/"
            + household.getAddress();
    household.moveTo(details.villageId(), details.areaType());
    household.describe(details.address(), details.ethnicity());
    em.flush();
    audit.record(
        commune.getId(),
        "HOUSEHOLD_CHANGED",
        household.getCode()
            + ": "
            + before
            + " -> "
            + details.villageId()
            + "/"
            + details.areaType()
            + "/"
            + household.getEthnicity()
            + "/"
            + household.getAddress());
    return household;
  }

  /** Adds a member to a household; {@code version} is the household's as the caller saw it. */
  public HouseholdMember addMember(AdminUnit commune, long id, int version, Person person) {
    requireEditor(commune);
    Household household = current(commune, id, version);
    if (person.idNumber() != null) {
      requireFreeIdNumbers(commune, List.of(person.idNumber()), Set.of());
    }
    HouseholdMember member = household.addMember(person);
    em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    audit.record(
        commune.getId(),
        "HOUSEHOLD_MEMBER_ADDED",
        household.getCode() + ": " + member.getFullName() + " " + member.getMaskedIdNumber());
    return member;
  }

  /** Corrects what the register keeps of a member. */
  public HouseholdMember changeMember(
      AdminUnit commune, long id, int version, long memberId, Person person) {
    requireEditor(commune);
    Household household = current(commune, id, version);
    HouseholdMember member =
        household.getMembers().stream()
            .filter(m -> m.getId() == memberId)
            .findFirst()
            .orElseThrow(() -> new NotInScopeException("household.memberNotFound", memberId));
    if (person.idNumber() != null && !person.idNumber().strip().equals(member.getIdNumber())) {
      requireFreeIdNumbers(commune, List.of(person.idNumber()), Set.of());
    }
    String before = member.getFullName() + " " + member.getMaskedIdNumber();
    member.change(person);
    em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    audit.record(
        commune.getId(),
        "HOUSEHOLD_MEMBER_CHANGED",
        household.getCode()
            + ": "
            + before
            + " -> "
            + member.getFullName()
            + " "
            + member.getMaskedIdNumber());
    return member;
  }

  private Household owned(AdminUnit commune, long id) {
    requireReadable(commune);
    Household household = em.find(Household.class, id);
    if (household == null || household.getUnitId() != commune.getId()) {
      throw new NotInScopeException("household.notFound", id);
    }
    return household;
  }

  private Household current(AdminUnit commune, long id, int version) {
    Household household = owned(commune, id);
    if (household.getVersion() != version) {
      throw new UserFacingException("household.changedMeanwhile", household.getCode());
    }
    return household;
  }

  private void requireReadable(AdminUnit commune) {
    boolean readable =
        commune.isAt(UnitLevel.COMMUNE)
            && tenant.scope().map(scope -> scope.canRead(commune)).orElse(false);
    if (!readable) {
      throw new NotInScopeException("household.registerNotFound", commune.getCode());
    }
  }

  private void requireEditor(AdminUnit commune) {
    requireReadable(commune);
    if (!mayEdit(commune)) {
      throw new UserFacingException("household.communeOnly");
    }
  }

  private void requireVillageOf(AdminUnit commune, long villageId) {
    AdminUnit village = em.find(AdminUnit.class, villageId);
    if (village == null
        || village.getParent() == null
        || !Objects.equals(village.getParent().getId(), commune.getId())) {
      throw new UserFacingException("household.villageUnknown");
    }
  }

  /**
   * Refuses ID numbers given twice, or already on a register: this commune's, or another's (which
   * row-level security hides, so a database function answers the numbers only).
   */
  private void requireFreeIdNumbers(AdminUnit commune, List<String> numbers, Set<String> own) {
    Set<String> seen = new HashSet<>();
    for (String number : numbers) {
      String stripped = number.strip();
      if (!seen.add(stripped)) {
        throw new UserFacingException("household.idNumberRepeated", IdNumbers.mask(stripped));
      }
    }
    seen.removeAll(own);
    if (seen.isEmpty()) {
      return;
    }
    String joined = String.join(",", seen);
    @SuppressWarnings("unchecked")
    List<Object> here =
        em.createNativeQuery(
                "SELECT id_number FROM household_member WHERE id_number = ANY(string_to_array(?1, ','))"
                    + " UNION SELECT * FROM id_numbers_registered_elsewhere(string_to_array(?1, ','), ?2)")
            .setParameter(1, joined)
            .setParameter(2, commune.getId())
            .getResultList();
    if (!here.isEmpty()) {
      throw new UserFacingException(
          "household.idNumberTaken", IdNumbers.mask((String) here.get(0)));
    }
  }

  private Map<Long, List<MemberLine>> membersOf(List<Long> households) {
    Map<Long, List<MemberLine>> members = new LinkedHashMap<>();
    if (households.isEmpty()) {
      return members;
    }
    String ids = households.stream().map(String::valueOf).collect(Collectors.joining(","));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.household_id, m.id, m.full_name, m.birth_date, m.sex, m.ethnicity,"
                    + " m.relation, m.id_number, m.health_insured, m.schooling, m.occupation"
                    + " FROM household_member m"
                    + " WHERE m.household_id = ANY(string_to_array(?1, ',')::bigint[])"
                    + " ORDER BY m.household_id, m.sort_order")
            .setParameter(1, ids)
            .getResultList();
    for (Object[] row : rows) {
      members
          .computeIfAbsent(((Number) row[0]).longValue(), key -> new ArrayList<>())
          .add(
              new MemberLine(
                  ((Number) row[1]).longValue(),
                  (String) row[2],
                  row[3] == null ? null : toLocalDate(row[3]),
                  Sex.valueOf((String) row[4]),
                  (String) row[5],
                  (String) row[6],
                  IdNumbers.mask((String) row[7]),
                  Boolean.TRUE.equals(row[8]),
                  (String) row[9],
                  (String) row[10]));
    }
    return members;
  }

  private static LocalDate toLocalDate(Object value) {
    if (value instanceof LocalDate day) {
      return day;
    }
    return ((Date) value).toLocalDate();
  }

  /** The FROM and WHERE of a list, with its parameters in order (?1, ?2, ...). */
  static final class Where {
    final String sql;
    final List<Object> parameters;

    Where(String sql, List<Object> parameters) {
      this.sql = sql;
      this.parameters = parameters;
    }

    /** The same for plain JDBC: positional {@code ?} and each parameter as often as it is used. */
    String jdbcSql() {
      return sql.replaceAll("\\?[0-9]+", "?");
    }

    List<Object> jdbcParameters() {
      List<Object> expanded = new ArrayList<>();
      java.util.regex.Matcher used = java.util.regex.Pattern.compile("\\?([0-9]+)").matcher(sql);
      while (used.find()) {
        expanded.add(parameters.get(Integer.parseInt(used.group(1)) - 1));
      }
      return expanded;
    }

    Query bind(Query query) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }

  /**
   * The households of the commune still on its register, with their status of the filter's year.
   * Name search folds the query as the generated {@code search_name} columns fold names, and
   * matches the start of any word.
   */
  static Where where(long communeId, HouseholdFilter filter) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    sql.append("FROM household h JOIN admin_unit v ON v.id = h.village_id");
    parameters.add(communeId);
    int commune = parameters.size();
    if (filter.year() == null) {
      sql.append(" LEFT JOIN household_status s ON false");
    } else {
      parameters.add(filter.year());
      // the commune's own statuses of the year: read through (unit_id, year, status)
      sql.append(" LEFT JOIN household_status s ON s.household_id = h.id AND s.unit_id = ?")
          .append(commune)
          .append(" AND s.year = ?")
          .append(parameters.size());
    }
    sql.append(" WHERE h.unit_id = ?").append(commune).append(" AND h.left_on IS NULL");
    if (filter.villageId() != null) {
      parameters.add(filter.villageId());
      sql.append(" AND h.village_id = ?").append(parameters.size());
    }
    if (filter.ethnicity() != null) {
      parameters.add(filter.ethnicity());
      sql.append(" AND fold_vietnamese(h.ethnicity) = fold_vietnamese(?")
          .append(parameters.size())
          .append(")");
    }
    if (filter.status() == PovertyStatus.NONE) {
      sql.append(" AND (s.status IS NULL OR s.status = 'NONE')");
    } else if (filter.status() != null) {
      parameters.add(filter.status().name());
      sql.append(" AND s.status = ?").append(parameters.size());
    }
    if (filter.deprivation() != null) {
      parameters.add("%," + likeEscaped(filter.deprivation()) + ",%");
      sql.append(" AND (',' || s.deprivations || ',') LIKE ?").append(parameters.size());
    }
    if (filter.name() != null) {
      parameters.add(likeEscaped(filter.name()));
      int name = parameters.size();
      String pattern = "'% ' || fold_vietnamese(?" + name + ") || '%'";
      sql.append(" AND ((' ' || h.search_name) LIKE ")
          .append(pattern)
          .append(" OR h.id IN (SELECT m.household_id FROM household_member m WHERE m.unit_id = ?")
          .append(commune)
          .append(" AND (' ' || m.search_name) LIKE ")
          .append(pattern)
          .append("))");
    }
    return new Where(sql.toString(), parameters);
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
