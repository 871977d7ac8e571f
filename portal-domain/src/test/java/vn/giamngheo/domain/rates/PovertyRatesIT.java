package vn.giamngheo.domain.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.giamngheo.tenancy.testing.SqlFixtures.camThuy;
import static vn.giamngheo.tenancy.testing.SqlFixtures.inScope;
import static vn.giamngheo.tenancy.testing.SqlFixtures.pathOf;
import static vn.giamngheo.tenancy.testing.SqlFixtures.query;
import static vn.giamngheo.tenancy.testing.SqlFixtures.scalar;
import static vn.giamngheo.tenancy.testing.SqlFixtures.unit;
import static vn.giamngheo.tenancy.testing.SqlFixtures.update;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.testing.SqlFixtures.CamThuy;
import vn.giamngheo.tenancy.testing.TestDatabase;

/**
 * The rates and transitions SQL (migration V2026.12.01.53) on a real database: Cẩm Châu with two
 * villages and lists of 2022–2024, Cẩm Tâm with lists of 2024 only.
 */
class PovertyRatesIT {
  private static final String COUNTS =
      "SELECT unit_id, village_id, year, households, poor, near_poor, status_rows"
          + " FROM poverty_counts(?, ?, ?, ?)";
  private static final String MOVES =
      "SELECT h.code, m.status_before, m.status_now, m.poor_earlier"
          + " FROM poverty_moves(?, ?) m JOIN household h ON h.id = m.household_id";

  private static TestDatabase db;
  private static CamThuy units;
  private static long thon1;
  private static long thon2;

  @BeforeAll
  static void twoCommunesWithRegisters() throws SQLException {
    db = TestDatabase.create();
    try (Connection owner = db.connectAsOwner()) {
      inScope(owner, "/");
      units = camThuy(owner);
      thon1 = unit(owner, "15160-01", "Thôn 1", 4, units.camChau());
      thon2 = unit(owner, "15160-02", "Thôn 2", 4, units.camChau());
      long tamThon = unit(owner, "15163-01", "Thôn Tâm", 4, units.camTam());
      // Thôn 1
      household(owner, units.camChau(), thon1, "H1", "2020-01-01", null, "POOR", "POOR", "POOR");
      household(owner, units.camChau(), thon1, "H2", "2020-01-01", null, null, "POOR", "NEAR_POOR");
      household(owner, units.camChau(), thon1, "H3", "2020-01-01", null, "POOR", null, "POOR");
      household(
          owner, units.camChau(), thon1, "H4", "2020-01-01", null, null, "NEAR_POOR", "NEAR_POOR");
      household(owner, units.camChau(), thon1, "H5", "2020-01-01", null, null, null, null);
      // Thôn 2
      household(owner, units.camChau(), thon2, "H6", "2020-01-01", null, null, null, "POOR");
      household(
          owner, units.camChau(), thon2, "H7", "2020-01-01", null, null, "NEAR_POOR", "AVERAGE");
      household(owner, units.camChau(), thon2, "H8", "2024-03-01", null, null, null, "NEAR_POOR");
      // left in 2024: counts in 2023 only, and moves nowhere in 2024
      household(
          owner, units.camChau(), thon2, "H9", "2020-01-01", "2024-06-30", null, "POOR", null);
      // leaves the day after 2024 ends: still counts in 2024
      household(owner, units.camChau(), thon2, "H10", "2020-01-01", "2025-01-01", null, null, null);
      // registered on the last day of 2024 counts in 2024; the next day does not
      household(owner, units.camChau(), thon2, "H11", "2024-12-31", null, null, null, null);
      household(owner, units.camChau(), thon2, "H12", "2025-01-01", null, null, null, null);
      // Cẩm Tâm: lists of 2024 only
      household(owner, units.camTam(), tamThon, "T1", "2020-01-01", null, null, null, "POOR");
      household(owner, units.camTam(), tamThon, "T2", "2020-01-01", null, null, null, null);
    }
  }

  /** A household and its lists of 2022, 2023 and 2024 (null: on no list, no row). */
  private static void household(
      Connection owner,
      long commune,
      long village,
      String code,
      String registered,
      String left,
      String of2022,
      String of2023,
      String of2024)
      throws SQLException {
    long id =
        scalar(
            owner,
            "INSERT INTO household (unit_id, village_id, code, head_name, area_type, registered_on,"
                + " left_on) VALUES (?, ?, ?, ?, 'RURAL', ?::date, ?::date) RETURNING id",
            commune,
            village,
            code,
            "Chủ hộ " + code,
            registered,
            left);
    String[] lists = {of2022, of2023, of2024};
    for (int i = 0; i < lists.length; i++) {
      if (lists[i] != null) {
        update(
            owner,
            "INSERT INTO household_status (unit_id, household_id, year, status, source,"
                + " recognised_on) VALUES (?, ?, ?, ?, 'IMPORT', DATE '2024-12-31')",
            commune,
            id,
            2022 + i,
            lists[i]);
      }
    }
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    db.close();
  }

  private static List<PovertyRates.CountRow> counts(
      Connection app, long unit, int from, int to, boolean byVillage) throws SQLException {
    List<PovertyRates.CountRow> rows = new ArrayList<>();
    try (ResultSet result = query(app, COUNTS, pathOf(app, unit), from, to, byVillage)) {
      while (result.next()) {
        Object[] row = new Object[7];
        for (int i = 0; i < 7; i++) {
          row[i] = result.getObject(i + 1);
        }
        rows.add(PovertyRates.CountRow.of(row));
      }
    }
    return rows;
  }

  private static Counts total(List<PovertyRates.CountRow> rows, int year, Long village) {
    Map<Integer, Set<Long>> known = PovertyRates.knownCommunes(rows);
    Counts total = Counts.NONE;
    for (PovertyRates.CountRow row : rows) {
      if (row.year() == year
          && known.getOrDefault(year, Set.of()).contains(row.communeId())
          && (village == null || village.equals(row.villageId()))) {
        total = total.plus(row.counts());
      }
    }
    return total;
  }

  @Test
  void aCommunesRatesPerVillageAndInAll() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.camChau())) {
      List<PovertyRates.CountRow> rows = counts(app, units.camChau(), 2023, 2024, true);
      assertEquals(new Counts(10, 3, 3), total(rows, 2024, null));
      assertEquals(new Counts(9, 3, 2), total(rows, 2023, null));
      assertEquals(new BigDecimal("30.00"), total(rows, 2024, null).poorRate());
      assertEquals(new BigDecimal("33.33"), total(rows, 2023, null).poorRate());
      assertEquals(new BigDecimal("30.00"), total(rows, 2024, null).nearPoorRate());

      assertEquals(new Counts(5, 2, 2), total(rows, 2024, thon1));
      assertEquals(new Counts(5, 2, 1), total(rows, 2023, thon1));
      assertEquals(new Counts(5, 1, 1), total(rows, 2024, thon2));
      assertEquals(new Counts(4, 1, 1), total(rows, 2023, thon2));
      assertEquals(new BigDecimal("25.00"), total(rows, 2023, thon2).poorRate());
    }
  }

  @Test
  void onlyCommunesWithKnownListsTakePart() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.district())) {
      List<PovertyRates.CountRow> rows = counts(app, units.district(), 2022, 2025, false);
      Map<Integer, Set<Long>> known = PovertyRates.knownCommunes(rows);
      assertEquals(Set.of(units.camChau()), known.get(2022));
      assertEquals(Set.of(units.camChau()), known.get(2023));
      assertEquals(Set.of(units.camChau(), units.camTam()), known.get(2024));
      assertEquals(null, known.get(2025));
      // 2023: Cẩm Tâm's households are not counted, its lists being unknown
      assertEquals(new Counts(9, 3, 2), total(rows, 2023, null));
      assertEquals(new Counts(12, 4, 3), total(rows, 2024, null));
      assertEquals(new Counts(9, 2, 0), total(rows, 2022, null));
    }
  }

  @Test
  void anotherCommuneSeesNoneOfTheRegister() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.camTam())) {
      List<PovertyRates.CountRow> rows = counts(app, units.district(), 2023, 2024, false);
      assertEquals(Set.of(units.camTam()), PovertyRates.knownCommunes(rows).get(2024));
      assertEquals(new Counts(2, 1, 0), total(rows, 2024, null));
      assertEquals(0, moves(app, units.district(), 2024).size());
    }
  }

  private static Map<String, Transition> moves(Connection app, long unit, int year)
      throws SQLException {
    Map<String, Transition> moves = new TreeMap<>();
    try (ResultSet result = query(app, MOVES, pathOf(app, unit), year)) {
      while (result.next()) {
        String code = result.getString(1);
        String before = result.getString(2);
        String now = result.getString(3);
        Transition.of(
                before == null ? null : PovertyStatus.valueOf(before),
                now == null ? null : PovertyStatus.valueOf(now),
                result.getBoolean(4))
            .ifPresent(t -> moves.put(code, t));
      }
    }
    return moves;
  }

  @Test
  void eachHouseholdsTransitionInto2024() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.camChau())) {
      assertEquals(
          Map.of(
              "H1", Transition.STAYED_POOR,
              "H2", Transition.ESCAPED_POVERTY,
              "H3", Transition.FELL_BACK,
              "H4", Transition.STAYED_NEAR_POOR,
              "H6", Transition.NEWLY_POOR,
              "H7", Transition.ESCAPED_NEAR_POVERTY,
              "H8", Transition.NEWLY_NEAR_POOR),
          moves(app, units.camChau(), 2024));
    }
  }

  @Test
  void theDistrictCountsOnlyCommunesKnownInBothYears() throws SQLException {
    try (Connection app = db.transactionInScopeOf(units.district())) {
      Map<String, Transition> moves = moves(app, units.district(), 2024);
      Map<Transition, Integer> counted = new EnumMap<>(Transition.class);
      moves.values().forEach(t -> counted.merge(t, 1, Integer::sum));
      // Cẩm Tâm's T1 is not newly poor: its lists of 2023 are unknown
      assertEquals(1, counted.get(Transition.NEWLY_POOR));
      assertEquals(7, moves.size());
      // into 2023, H9 was newly poor, H2 too; H1 stayed poor; H3 escaped
      Map<String, Transition> of2023 = moves(app, units.district(), 2023);
      assertEquals(Transition.ESCAPED_POVERTY, of2023.get("H3"));
      assertEquals(Transition.NEWLY_POOR, of2023.get("H9"));
      assertEquals(Transition.STAYED_POOR, of2023.get("H1"));
    }
  }
}
