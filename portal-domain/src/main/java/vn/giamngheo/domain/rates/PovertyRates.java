package vn.giamngheo.domain.rates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.domain.target.TargetStatus;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;

/**
 * Poverty rates of a unit and the units right below it (a commune's villages), computed from the
 * household register and its recognised lists, and how households moved between the lists.
 *
 * <p>Only communes whose lists of a year are known (any recognised row of that year) take part in
 * that year's figures; each figure says how many communes it covers. The counting is done in
 * PostgreSQL ({@code poverty_counts}, {@code poverty_moves}: migration V2026.12.01.53) grouped by
 * commune, and rolled up here by unit path.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class PovertyRates {
  /** The program indicator whose target is the reduction of the poor rate, in points. */
  public static final String TARGET_INDICATOR = "GIAM_TL_HO_NGHEO";

  /** The rates query, per commune (or village) and year, for every commune under a path. */
  public static final String COUNTS_SQL =
      "SELECT unit_id, village_id, year, households, poor, near_poor, status_rows"
          + " FROM poverty_counts(?1, ?2, ?3, ?4)";

  /** The transitions query: each household that moved between lists in a year. */
  public static final String MOVES_SQL =
      "SELECT unit_id, household_id, status_before, status_now, poor_earlier"
          + " FROM poverty_moves(?1, ?2)";

  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject Units units;

  /** One line of the rates table: a unit (or village) in a year. */
  public record Line(
      long unitId,
      String code,
      String name,
      int year,
      Counts counts,
      BigDecimal poorRate,
      BigDecimal nearPoorRate,
      BigDecimal changePoints,
      BigDecimal target,
      Boolean meetsTarget,
      int communesKnown,
      int communes) {
    public long households() {
      return counts.households();
    }

    public long poor() {
      return counts.poor();
    }

    public long nearPoor() {
      return counts.nearPoor();
    }

    /** Whether any commune's lists of the year are known. */
    public boolean known() {
      return communesKnown > 0;
    }

    /** The fall of the poor rate from the year before, in points (positive when it fell). */
    public BigDecimal reductionPoints() {
      return changePoints == null ? null : changePoints.negate();
    }
  }

  /** A unit's line and one line per unit right below it (per village for a commune). */
  public record Rates(int year, Line unit, List<Line> children) {}

  /** A unit's figures of one year, for the series over the years. */
  public record YearRate(
      int year,
      Counts counts,
      BigDecimal poorRate,
      BigDecimal nearPoorRate,
      BigDecimal changePoints,
      int communesKnown,
      int communes) {}

  /** A household of a commune that moved between the lists in a year. */
  public record Moved(
      long householdId,
      String code,
      String headName,
      String village,
      PovertyStatus before,
      PovertyStatus now,
      Transition transition) {}

  /** One row of {@link #COUNTS_SQL}. */
  public record CountRow(long communeId, Long villageId, int year, Counts counts, long statusRows) {
    public static CountRow of(Object[] row) {
      return new CountRow(
          ((Number) row[0]).longValue(),
          row[1] == null ? null : ((Number) row[1]).longValue(),
          ((Number) row[2]).intValue(),
          new Counts(
              ((Number) row[3]).longValue(),
              ((Number) row[4]).longValue(),
              ((Number) row[5]).longValue()),
          ((Number) row[6]).longValue());
    }
  }

  /** The rates of {@code unit} and the units right below it in {@code year}. */
  public Rates of(AdminUnit unit, int year) {
    requireReadable(unit);
    boolean commune = unit.isAt(UnitLevel.COMMUNE);
    List<CountRow> rows = counts(unit.getPath(), year - 1, year, commune);
    Map<Long, String> communes = communesUnder(unit);
    Map<Integer, Set<Long>> known = knownCommunes(rows);
    List<AdminUnit> children = units.children(unit);
    Map<Long, BigDecimal> targets = targets(unit, children, year);

    Set<Long> all = commune ? Set.of(unit.getId()) : communes.keySet();
    Line own = line(unit, year, rows, known, row -> true, all, targets.get(unit.getId()));
    List<Line> lines = new ArrayList<>();
    for (AdminUnit child : children) {
      if (commune) {
        Long village = child.getId();
        lines.add(
            line(child, year, rows, known, row -> village.equals(row.villageId()), all, null));
      } else {
        String prefix = child.getPath();
        Set<Long> under = new HashSet<>();
        communes.forEach(
            (id, path) -> {
              if (path.startsWith(prefix)) {
                under.add(id);
              }
            });
        lines.add(
            line(
                child,
                year,
                rows,
                known,
                row -> under.contains(row.communeId()),
                under,
                targets.get(child.getId())));
      }
    }
    return new Rates(year, own, lines);
  }

  /**
   * Every commune under {@code unit} whose lists of {@code year} are known, with its counts of the
   * year: the figures the province's table is rolled up from, in one statement.
   */
  public Map<Long, Counts> byCommune(AdminUnit unit, int year) {
    requireReadable(unit);
    List<CountRow> rows = counts(unit.getPath(), year, year, false);
    Map<Integer, Set<Long>> known = knownCommunes(rows);
    Map<Long, Counts> communes = new HashMap<>();
    for (CountRow row : rows) {
      if (row.year() == year && isKnown(known, row)) {
        communes.merge(row.communeId(), row.counts(), Counts::plus);
      }
    }
    return communes;
  }

  private Line line(
      AdminUnit unit,
      int year,
      List<CountRow> rows,
      Map<Integer, Set<Long>> known,
      Predicate<CountRow> belongs,
      Set<Long> communes,
      BigDecimal target) {
    int knownNow = knownAmong(known, year, communes);
    BigDecimal rateNow = knownNow > 0 ? sum(rows, known, year, belongs).poorRate() : null;
    BigDecimal rateBefore =
        knownAmong(known, year - 1, communes) > 0
            ? sum(rows, known, year - 1, belongs).poorRate()
            : null;
    Counts now = knownNow > 0 ? sum(rows, known, year, belongs) : Counts.NONE;
    BigDecimal change = rateNow == null || rateBefore == null ? null : rateNow.subtract(rateBefore);
    Boolean meets =
        change == null || target == null ? null : change.negate().compareTo(target) >= 0;
    return new Line(
        unit.getId(),
        unit.getCode(),
        unit.getName(),
        year,
        now,
        rateNow,
        knownNow > 0 ? now.nearPoorRate() : null,
        change,
        target,
        meets,
        knownNow,
        communes.size());
  }

  private static int knownAmong(Map<Integer, Set<Long>> known, int year, Set<Long> communes) {
    int count = 0;
    for (Long id : known.getOrDefault(year, Set.of())) {
      if (communes.contains(id)) {
        count++;
      }
    }
    return count;
  }

  private static boolean isKnown(Map<Integer, Set<Long>> known, CountRow row) {
    return known.getOrDefault(row.year(), Set.of()).contains(row.communeId());
  }

  private static Counts sum(
      List<CountRow> rows, Map<Integer, Set<Long>> known, int year, Predicate<CountRow> belongs) {
    Counts total = Counts.NONE;
    for (CountRow row : rows) {
      if (row.year() == year && isKnown(known, row) && belongs.test(row)) {
        total = total.plus(row.counts());
      }
    }
    return total;
  }

  /** The communes whose lists are known, by year: those with any recognised row of the year. */
  public static Map<Integer, Set<Long>> knownCommunes(List<CountRow> rows) {
    Map<Integer, Set<Long>> known = new HashMap<>();
    for (CountRow row : rows) {
      if (row.statusRows() > 0) {
        known.computeIfAbsent(row.year(), y -> new HashSet<>()).add(row.communeId());
      }
    }
    return known;
  }

  /** The unit's figures in each year from {@code fromYear} to {@code toYear}, for charts. */
  public List<YearRate> series(AdminUnit unit, int fromYear, int toYear) {
    requireReadable(unit);
    List<CountRow> rows = counts(unit.getPath(), fromYear - 1, toYear, false);
    Map<Integer, Set<Long>> known = knownCommunes(rows);
    int communes = unit.isAt(UnitLevel.COMMUNE) ? 1 : communesUnder(unit).size();
    Map<Integer, Counts> byYear = new HashMap<>();
    for (CountRow row : rows) {
      if (isKnown(known, row)) {
        byYear.merge(row.year(), row.counts(), Counts::plus);
      }
    }
    List<YearRate> series = new ArrayList<>();
    for (int year = fromYear; year <= toYear; year++) {
      Counts now = byYear.get(year);
      Counts before = byYear.get(year - 1);
      BigDecimal rate = now == null ? null : now.poorRate();
      BigDecimal previous = before == null ? null : before.poorRate();
      series.add(
          new YearRate(
              year,
              now == null ? Counts.NONE : now,
              rate,
              now == null ? null : now.nearPoorRate(),
              rate == null || previous == null ? null : rate.subtract(previous),
              known.getOrDefault(year, Set.of()).size(),
              communes));
    }
    return series;
  }

  /** The latest year up to {@code upTo} in which any commune under the unit has known lists. */
  public Optional<Integer> latestKnownYear(AdminUnit unit, int upTo) {
    requireReadable(unit);
    Object year =
        em.createNativeQuery(
                "SELECT max(s.year) FROM household_status s"
                    + " WHERE s.unit_id IN (SELECT u.id FROM admin_unit u WHERE u.path LIKE ?1)"
                    + " AND s.year <= ?2")
            .setParameter(1, unit.getPath() + "%")
            .setParameter(2, upTo)
            .getSingleResult();
    return Optional.ofNullable(year).map(y -> ((Number) y).intValue());
  }

  /** The earliest year in which any commune under the unit has known lists. */
  public Optional<Integer> firstKnownYear(AdminUnit unit) {
    requireReadable(unit);
    Object year =
        em.createNativeQuery(
                "SELECT min(s.year) FROM household_status s"
                    + " WHERE s.unit_id IN (SELECT u.id FROM admin_unit u WHERE u.path LIKE ?1)")
            .setParameter(1, unit.getPath() + "%")
            .getSingleResult();
    return Optional.ofNullable(year).map(y -> ((Number) y).intValue());
  }

  /** How many households of the unit's communes made each transition into {@code year}. */
  public Map<Transition, Long> transitions(AdminUnit unit, int year) {
    requireReadable(unit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT status_before, status_now, poor_earlier, count(*) FROM poverty_moves(?1, ?2)"
                    + " GROUP BY 1, 2, 3")
            .setParameter(1, unit.getPath())
            .setParameter(2, year)
            .getResultList();
    Map<Transition, Long> counts = new EnumMap<>(Transition.class);
    for (Transition transition : Transition.values()) {
      counts.put(transition, 0L);
    }
    for (Object[] row : rows) {
      Transition.of(status(row[0]), status(row[1]), Boolean.TRUE.equals(row[2]))
          .ifPresent(t -> counts.merge(t, ((Number) row[3]).longValue(), Long::sum));
    }
    return counts;
  }

  /** A commune's households that moved between the lists into {@code year}, by transition. */
  public Map<Transition, List<Moved>> households(AdminUnit commune, int year) {
    requireReadable(commune);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT h.id, h.code, h.head_name, v.name, m.status_before, m.status_now,"
                    + " m.poor_earlier FROM poverty_moves(?1, ?2) m"
                    + " JOIN household h ON h.id = m.household_id"
                    + " JOIN admin_unit v ON v.id = h.village_id"
                    + " WHERE m.unit_id = ?3 ORDER BY v.name, h.code")
            .setParameter(1, commune.getPath())
            .setParameter(2, year)
            .setParameter(3, commune.getId())
            .getResultList();
    Map<Transition, List<Moved>> byTransition = new LinkedHashMap<>();
    for (Transition transition : Transition.values()) {
      byTransition.put(transition, new ArrayList<>());
    }
    for (Object[] row : rows) {
      PovertyStatus before = status(row[4]);
      PovertyStatus now = status(row[5]);
      Transition.of(before, now, Boolean.TRUE.equals(row[6]))
          .ifPresent(
              t ->
                  byTransition
                      .get(t)
                      .add(
                          new Moved(
                              ((Number) row[0]).longValue(),
                              (String) row[1],
                              (String) row[2],
                              (String) row[3],
                              before,
                              now,
                              t)));
    }
    return byTransition;
  }

  /**
   * What a commune's report of a year takes from the register: the lists of that year if known,
   * else of the latest known year before it; empty when no year is known.
   */
  public Optional<ReportFigures> reportFigures(long communeId, int year) {
    AdminUnit commune = em.find(AdminUnit.class, communeId);
    if (commune == null || !commune.isAt(UnitLevel.COMMUNE)) {
      return Optional.empty();
    }
    Object latest =
        em.createNativeQuery(
                "SELECT max(year) FROM household_status WHERE unit_id = ?1 AND year <= ?2")
            .setParameter(1, communeId)
            .setParameter(2, year)
            .getSingleResult();
    if (latest == null) {
      return Optional.empty();
    }
    int listsOf = ((Number) latest).intValue();
    List<CountRow> rows = counts(commune.getPath(), listsOf - 1, listsOf, false);
    Map<Integer, Set<Long>> known = knownCommunes(rows);
    Counts now = sum(rows, known, listsOf, row -> true);
    boolean beforeKnown = known.containsKey(listsOf - 1);
    Counts before = beforeKnown ? sum(rows, known, listsOf - 1, row -> true) : null;
    Long escaped =
        beforeKnown ? transitions(commune, listsOf).get(Transition.ESCAPED_POVERTY) : null;
    return Optional.of(new ReportFigures(listsOf, now, before, escaped));
  }

  /** A commune's register figures for its report: the lists' year, and the year before's. */
  public record ReportFigures(int year, Counts now, Counts before, Long escapedPoverty) {
    /** The fall of the poor rate from the year before, in points; null when it is not known. */
    public BigDecimal reductionPoints() {
      if (before == null || now.poorRate() == null || before.poorRate() == null) {
        return null;
      }
      return before.poorRate().subtract(now.poorRate());
    }
  }

  private List<CountRow> counts(String path, int fromYear, int toYear, boolean byVillage) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COUNTS_SQL)
            .setParameter(1, path)
            .setParameter(2, fromYear)
            .setParameter(3, toYear)
            .setParameter(4, byVillage)
            .getResultList();
    return rows.stream().map(CountRow::of).toList();
  }

  /** Every commune at or under the unit, by id, with its path. */
  private Map<Long, String> communesUnder(AdminUnit unit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT u.id, u.path FROM admin_unit u JOIN unit_level l ON l.id = u.level_id"
                    + " WHERE u.path LIKE ?1 AND l.code = 'COMMUNE' AND u.valid_to IS NULL")
            .setParameter(1, unit.getPath() + "%")
            .getResultList();
    Map<Long, String> communes = new HashMap<>();
    rows.forEach(row -> communes.put(((Number) row[0]).longValue(), (String) row[1]));
    return communes;
  }

  /**
   * The reduction targets of the unit and of the units below it for the year, by unit id: a target
   * given to a unit counts once published; the province's own counts as it stands.
   */
  private Map<Long, BigDecimal> targets(AdminUnit unit, List<AdminUnit> children, int year) {
    List<Long> ids = new ArrayList<>();
    ids.add(unit.getId());
    children.forEach(child -> ids.add(child.getId()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createQuery(
                "SELECT t.unitId, t.value, t.status FROM Target t, Indicator i"
                    + " WHERE i.id = t.indicatorId AND i.code = :code AND t.year = :year"
                    + " AND t.unitId IN :units")
            .setParameter("code", TARGET_INDICATOR)
            .setParameter("year", year)
            .setParameter("units", ids)
            .getResultList();
    Map<Long, BigDecimal> targets = new HashMap<>();
    for (Object[] row : rows) {
      long unitId = (Long) row[0];
      boolean ownProvince = unitId == unit.getId() && unit.isAt(UnitLevel.PROVINCE);
      if (row[2] == TargetStatus.PUBLISHED || ownProvince) {
        targets.put(unitId, (BigDecimal) row[1]);
      }
    }
    return targets;
  }

  private static PovertyStatus status(Object value) {
    return value == null ? null : PovertyStatus.valueOf((String) value);
  }

  private void requireReadable(AdminUnit unit) {
    if (!tenant.scope().map(s -> s.canRead(unit)).orElse(false)) {
      throw new NotInScopeException("rates.notFound", unit.getCode());
    }
  }
}
