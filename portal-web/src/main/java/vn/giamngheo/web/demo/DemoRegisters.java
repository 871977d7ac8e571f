package vn.giamngheo.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.household.RecognisedStatus;
import vn.giamngheo.domain.household.RegisterRows;
import vn.giamngheo.domain.household.SampleRegister;
import vn.giamngheo.domain.household.SampleRegister.SampleHousehold;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;

/**
 * The demo's household registers of Cẩm Châu and Cẩm Tâm, made by {@link SampleRegister}: about
 * 1,500 households each with their members, the lists the communes brought for 2021 and the annual
 * reviews of 2022, 2023 and 2024, recognised by the district in December, with their entries and
 * the recognised lists. Written in bulk on the transaction's connection, in its scope.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class DemoRegisters {
  static final long SEED = 2021;
  static final int FIRST_YEAR = 2021;
  static final int LAST_YEAR = 2024;

  /** A commune's demo register: its size and its poor rate in 2021 and fall per year. */
  public record Plan(String communeCode, int households, double poorRate, double yearlyDrop) {}

  public static final List<Plan> PLANS =
      List.of(new Plan("15160", 1_500, 12, 2.0), new Plan("15163", 1_500, 18, 2.2));

  @Inject EntityManager em;
  @Inject Units units;
  @Inject PovertyStandards standards;
  @Inject AuditLog audit;

  /** Loads the commune's register; answers how many rows it wrote (0 when it was there). */
  public long load(Plan plan) {
    AdminUnit commune = units.findByCode(plan.communeCode()).orElseThrow();
    long existing =
        em.createQuery("SELECT COUNT(h) FROM Household h WHERE h.unitId = :unit", Long.class)
            .setParameter("unit", commune.getId())
            .getSingleResult();
    if (existing > 0) {
      return 0;
    }
    List<AdminUnit> villages =
        units.children(commune).stream()
            .filter(u -> u.isAt(UnitLevel.VILLAGE))
            .sorted(Comparator.comparing(AdminUnit::getCode))
            .toList();
    PovertyStandard standard = standards.inForceOn(LocalDate.of(FIRST_YEAR + 1, 1, 1));
    int number = Integer.parseInt(plan.communeCode()) % 1000;
    List<SampleHousehold> households =
        new SampleRegister(standard, SEED)
            .generate(
                new SampleRegister.Commune(
                    number,
                    plan.communeCode(),
                    plan.households(),
                    villages.size(),
                    AreaType.RURAL,
                    plan.poorRate(),
                    plan.yearlyDrop(),
                    SampleRegister.MUONG_MAJORITY),
                FIRST_YEAR,
                LAST_YEAR);
    try {
      Connection connection = em.unwrap(Connection.class);
      MultiRowInsert rows = new MultiRowInsert(connection);
      List<Long> ids = nextIds(connection, households.size());
      Map<String, Long> idOf = new HashMap<>();
      for (int i = 0; i < households.size(); i++) {
        SampleHousehold h = households.get(i);
        AdminUnit village = villages.get(h.village());
        idOf.put(h.code(), ids.get(i));
        RegisterRows.household(
            rows,
            ids.get(i),
            commune.getId(),
            village.getId(),
            village.getName() + ", " + commune.getName(),
            h);
      }
      RegisterRows.lists(
          rows,
          commune.getId(),
          households,
          idOf,
          FIRST_YEAR,
          standard.getId(),
          RecognisedStatus.Source.IMPORT,
          null,
          SampleRegister.recognisedOn(FIRST_YEAR, number));
      rows.flush();
      for (int year = FIRST_YEAR + 1; year <= LAST_YEAR; year++) {
        LocalDate recognised = SampleRegister.recognisedOn(year, number);
        long review = review(connection, commune, standard, year, number, recognised);
        RegisterRows.lists(
            rows,
            commune.getId(),
            households,
            idOf,
            year,
            standard.getId(),
            RecognisedStatus.Source.ANNUAL_REVIEW,
            review,
            recognised);
      }
      rows.flush();
      audit.record(
          commune.getId(),
          "HOUSEHOLD_REGISTER_LOADED",
          households.size() + " households, lists " + FIRST_YEAR + "–" + LAST_YEAR + " (demo)");
      return rows.written();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load the demo register of " + commune.getCode(), e);
    }
  }

  private static List<Long> nextIds(Connection connection, int count) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT nextval(pg_get_serial_sequence('household', 'id'))"
                + " FROM generate_series(1, ?)")) {
      query.setInt(1, count);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  /** The year's annual review as it ended: recognised by the district's decision in December. */
  private static long review(
      Connection connection,
      AdminUnit commune,
      PovertyStandard standard,
      int year,
      int number,
      LocalDate recognised)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO household_review (unit_id, year, standard_id, status, started_on,"
                + " started_by, meeting_on, meeting_note, posted_from, posted_to, proposed_on,"
                + " proposed_by, recognised_on, recognised_by, decision_no)"
                + " VALUES (?, ?, ?, 'RECOGNISED', ?, 'vhcs', ?, ?, ?, ?, ?, 'chutich', ?,"
                + " 'phonglaodong', ?) RETURNING id")) {
      insert.setLong(1, commune.getId());
      insert.setInt(2, year);
      insert.setLong(3, standard.getId());
      insert.setObject(4, LocalDate.of(year, 9, 15));
      insert.setObject(5, LocalDate.of(year, 11, 5));
      insert.setString(
          6, "Hội nghị các thôn thống nhất kết quả rà soát hộ nghèo, hộ cận nghèo năm " + year);
      insert.setObject(7, LocalDate.of(year, 11, 8));
      insert.setObject(8, LocalDate.of(year, 11, 14));
      insert.setObject(9, LocalDate.of(year, 11, 20));
      insert.setObject(10, recognised);
      insert.setString(11, (1000 + Math.floorMod(year * 37 + number * 11, 4000)) + "/QĐ-UBND");
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
