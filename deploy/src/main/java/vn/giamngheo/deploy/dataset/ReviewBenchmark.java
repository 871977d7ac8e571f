package vn.giamngheo.deploy.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.postgresql.PGConnection;
import vn.giamngheo.domain.household.RecognisedStatus;
import vn.giamngheo.domain.household.RegisterRows;
import vn.giamngheo.domain.household.SampleRegister;
import vn.giamngheo.domain.household.SampleRegister.SampleHousehold;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.domain.standard.AnswersJson;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.Classification;
import vn.giamngheo.domain.standard.HouseholdAnswers;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.domain.standard.StandardReader;
import vn.giamngheo.tenancy.database.SchemaMigration;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitImporter;
import vn.giamngheo.tenancy.unit.Units;

/**
 * {@code deploy/review-benchmark}: the annual classification of a commune's whole register — by
 * default 3,000 households — through the portal's "classify all" ({@link Reviews#classifyAll}, as
 * the commune's staff under row-level security, one transaction) against the same work by hand over
 * plain JDBC (one query reading every entry's income, answers and area type, {@link
 * PovertyStandard#classify} in Java, one batch UPDATE), alternately, in a fresh database ({@code
 * portal_review_benchmark}). Both must classify every household alike. Prints the medians and their
 * ratio.
 */
public final class ReviewBenchmark {
  static final String COMMUNE = "15160";
  static final int YEAR = 2025;
  static final int VILLAGES = 8;
  static final long SEED = 2025;
  private static final LocalDate UNITS_FROM = LocalDate.of(2021, 1, 1);

  /** How big a register, and how often to measure. */
  public record Settings(int households, int warmUp, int runs) {
    public Settings {
      if (households < 1 || warmUp < 0 || runs < 1) {
        throw new IllegalArgumentException(
            "households and runs must be at least 1, warm-up not negative");
      }
    }

    static Settings of(String[] args) {
      int households = 3_000;
      int warmUp = 5;
      int runs = 15;
      for (String arg : args) {
        String[] pair = arg.split("=", 2);
        String value = pair.length == 2 ? pair[1] : "";
        switch (pair[0]) {
          case "households" -> households = Integer.parseInt(value);
          case "warmup" -> warmUp = Integer.parseInt(value);
          case "runs" -> runs = Integer.parseInt(value);
          default ->
              throw new IllegalArgumentException(
                  "usage: review-benchmark [households=3000] [warmup=5] [runs=15]; not " + arg);
        }
      }
      return new Settings(households, warmUp, runs);
    }
  }

  /**
   * The medians in milliseconds, how many entries each run classified (of them, how many the
   * portal's {@code start} listed) and the statuses both sides gave them.
   */
  public record Result(
      int entries,
      int listedByStart,
      double portalMillis,
      double jdbcMillis,
      Map<PovertyStatus, Integer> statuses) {
    public double ratio() {
      return portalMillis / jdbcMillis;
    }
  }

  private ReviewBenchmark() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.of(args);
    DataSetDatabase environment = DataSetDatabase.fromEnvironment();
    DataSetDatabase database =
        new DataSetDatabase(
            environment.serverUrl(),
            System.getenv().getOrDefault("PORTAL_REVIEW_BENCHMARK_DB", "portal_review_benchmark"),
            environment.superUser(),
            environment.superPassword(),
            environment.roles());
    create(database, System.out);
    Result result = run(database, settings, System.out);
    System.out.printf(
        "%n%,d households classified (%,d listed by the review's start), %s%n",
        result.entries(), result.listedByStart(), result.statuses());
    System.out.printf("%-40s %10.1f ms%n", "portal classify all (median)", result.portalMillis());
    System.out.printf("%-40s %10.1f ms%n", "plain JDBC, same work (median)", result.jdbcMillis());
    System.out.printf("%-40s %10.2f×%n", "ratio", result.ratio());
  }

  /** Drops and creates the database, migrated. */
  public static void create(DataSetDatabase database, PrintStream log) throws SQLException {
    log.println("Creating " + database.url() + " ...");
    database.provisioner().drop(database.name());
    database.provisioner().provision(database.name(), database.roles());
    SchemaMigration.migrate(
        database.url(), database.roles().owner(), database.roles().ownerPassword());
  }

  /**
   * On a migrated, empty database: makes the commune's register and its review, then measures
   * {@code runs} alternating classifications of each kind after {@code warmUp} of each.
   */
  public static Result run(DataSetDatabase database, Settings settings, PrintStream log)
      throws SQLException {
    // The survey month of the review's year, so that the entries' survey day is in that year.
    Clock clock =
        Clock.fixed(
            LocalDateTime.of(YEAR, 10, 15, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    try (PortalServices portal = new PortalServices(database, clock);
        Connection sql = database.connectAsSuperuser()) {
      AdminUnit commune = units(portal);
      long standardId =
          portal.asSystem(
              beans -> {
                AdminUnit province = beans.get(Units.class).findByCode("38").orElseThrow();
                PovertyStandard added =
                    beans.get(PovertyStandards.class).add(province, standard(province.getId()));
                beans.get(jakarta.persistence.EntityManager.class).flush();
                return added.getId();
              });
      int households = register(portal, sql, commune, standardId, settings.households());
      log.printf(
          "Register of %s: %,d households on it in %d, last year's lists from the generator%n",
          COMMUNE, households, YEAR);

      // The review, started by the commune's staff: it lists last year's poor and near-poor.
      long reviewId =
          portal.as(
              commune.getPath(),
              Role.COMMUNE_STAFF,
              beans ->
                  beans
                      .get(Reviews.class)
                      .start(beans.get(Units.class).findByCode(COMMUNE).orElseThrow(), YEAR)
                      .getId());
      int listedByStart = count(sql, reviewId);
      // SETUP, not measured: every other household of the register put on the list at once, as
      // staff adding them one by one ("add", reason ADDED) would, so that all are classified.
      try (PreparedStatement add =
          sql.prepareStatement(
              "INSERT INTO review_entry (unit_id, review_id, household_id, reason, income, answers)"
                  + " SELECT h.unit_id, ?, h.id, 'ADDED', h.income, h.answers FROM household h"
                  + " WHERE h.unit_id = ? AND h.left_on IS NULL AND NOT EXISTS"
                  + " (SELECT 1 FROM review_entry e WHERE e.review_id = ? AND e.household_id = h.id)")) {
        add.setLong(1, reviewId);
        add.setLong(2, commune.getId());
        add.setLong(3, reviewId);
        add.executeUpdate();
      }
      int entries = count(sql, reviewId);
      portal.as(
          commune.getPath(),
          Role.COMMUNE_STAFF,
          beans -> {
            Reviews reviews = beans.get(Reviews.class);
            return reviews.beginSurvey(reviewId, reviews.visible(reviewId).getVersion());
          });
      log.printf(
          "Review %d of %d: %,d households, %,d listed by the portal's start, the rest added as"
              + " setup; survey begun%n",
          reviewId, YEAR, entries, listedByStart);
      log.println("Portal side: " + portalSession(portal, commune));
      log.printf(
          "Plain JDBC side: %s as %s, no row-level security%n",
          database.url(), database.superUser());
      log.printf(
          "%d warm-up runs, then the median of %d alternating runs each%n",
          settings.warmUp(), settings.runs());

      PovertyStandard standard =
          portal.asSystem(
              beans -> {
                PovertyStandard stored =
                    beans.get(PovertyStandards.class).find(standardId).orElseThrow();
                stored.indicators().forEach(i -> i.getDimension().getCode());
                return stored;
              });
      Timings portalTimes = new Timings();
      Timings jdbcTimes = new Timings();
      Map<Long, String> byPortal = null;
      for (int run = -settings.warmUp(); run < settings.runs(); run++) {
        reset(sql, reviewId);
        int version = version(sql, reviewId);
        long start = System.nanoTime();
        int classified =
            portal.as(
                commune.getPath(),
                Role.COMMUNE_STAFF,
                beans -> beans.get(Reviews.class).classifyAll(reviewId, version));
        long portalNanos = System.nanoTime() - start;
        if (classified != entries) {
          throw new IllegalStateException(
              "the portal classified " + classified + " of " + entries + " households");
        }
        Map<Long, String> portalResults = results(sql, reviewId);
        if (byPortal == null) {
          byPortal = portalResults;
        } else if (!byPortal.equals(portalResults)) {
          throw new IllegalStateException(
              "the portal classified differently from one run to the next");
        }

        reset(sql, reviewId);
        start = System.nanoTime();
        int byHand = classifyByHand(sql, reviewId, standard, LocalDate.now(clock));
        long jdbcNanos = System.nanoTime() - start;
        if (byHand != entries) {
          throw new IllegalStateException("JDBC classified " + byHand + " of " + entries);
        }
        List<String> differences = differences(byPortal, results(sql, reviewId));
        if (!differences.isEmpty()) {
          throw new IllegalStateException(
              "the portal and plain JDBC classify "
                  + differences.size()
                  + " households differently (portal <> JDBC), e.g. "
                  + differences.subList(0, Math.min(10, differences.size())));
        }
        if (run >= 0) {
          portalTimes.add(portalNanos);
          jdbcTimes.add(jdbcNanos);
          log.printf(
              "run %d: portal %.1f ms, JDBC %.1f ms%n",
              run + 1, portalNanos / 1e6, jdbcNanos / 1e6);
        }
      }
      Map<PovertyStatus, Integer> statuses = new EnumMap<>(PovertyStatus.class);
      byPortal
          .values()
          .forEach(r -> statuses.merge(PovertyStatus.valueOf(r.split(" ")[0]), 1, Integer::sum));
      return new Result(entries, listedByStart, portalTimes.median(), jdbcTimes.median(), statuses);
    }
  }

  /**
   * The baseline: one query for every entry's income, answers and area type, the standard's
   * classification in Java, one batch UPDATE of status, deprivations and survey, one transaction.
   */
  static int classifyByHand(Connection sql, long reviewId, PovertyStandard standard, LocalDate day)
      throws SQLException {
    sql.setAutoCommit(false);
    try (PreparedStatement read =
            sql.prepareStatement(
                "SELECT e.id, e.income, e.answers, h.area_type FROM review_entry e"
                    + " JOIN household h ON h.id = e.household_id"
                    + " WHERE e.review_id = ? AND e.income IS NOT NULL");
        PreparedStatement write =
            sql.prepareStatement(
                "UPDATE review_entry SET status = ?, deprivations = ?, surveyed_on = ?,"
                    + " surveyed_by = ? WHERE id = ?")) {
      read.setLong(1, reviewId);
      Date surveyed = Date.valueOf(day);
      int classified = 0;
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          Classification classification =
              standard.classify(
                  new HouseholdAnswers(
                      AreaType.valueOf(rows.getString(4)),
                      rows.getLong(2),
                      AnswersJson.parse(rows.getString(3))));
          write.setString(1, classification.status().name());
          write.setString(2, classification.deprivationCodes());
          write.setDate(3, surveyed);
          write.setString(4, "dataset/commune_staff");
          write.setLong(5, rows.getLong(1));
          write.addBatch();
          classified++;
        }
      }
      write.executeBatch();
      sql.commit();
      return classified;
    } catch (SQLException | RuntimeException e) {
      sql.rollback();
      throw e;
    } finally {
      sql.setAutoCommit(true);
    }
  }

  /** Thanh Hóa's units through the portal's importer, and the commune's villages. */
  private static AdminUnit units(PortalServices portal) {
    portal.asSystem(
        beans -> {
          try (InputStream units =
              UnitImporter.class.getResourceAsStream("/admin-units/vn-units-2024.json")) {
            return beans.get(UnitImporter.class).importProvince(units, "38", UNITS_FROM);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    for (int v = 1; v <= VILLAGES; v++) {
      String name = "Thôn " + v;
      portal.asSystem(
          beans -> {
            Units units = beans.get(Units.class);
            return units.addVillage(units.findByCode(COMMUNE).orElseThrow(), name, UNITS_FROM);
          });
    }
    return portal.asSystem(beans -> beans.get(Units.class).findByCode(COMMUNE).orElseThrow());
  }

  /**
   * The commune's register made by {@link SampleRegister} over the year before and the review's
   * year, with the year before's recognised lists, written with COPY. Answers how many households
   * are on it (not left) at the end.
   */
  private static int register(
      PortalServices portal, Connection sql, AdminUnit commune, long standardId, int households)
      throws SQLException {
    List<Long> villages = new ArrayList<>();
    try (PreparedStatement query =
        sql.prepareStatement("SELECT id FROM admin_unit WHERE parent_id = ? ORDER BY code")) {
      query.setLong(1, commune.getId());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          villages.add(rows.getLong(1));
        }
      }
    }
    int number = Integer.parseInt(COMMUNE) % 1000;
    List<SampleHousehold> register =
        new SampleRegister(standard(0), SEED)
            .generate(
                new SampleRegister.Commune(
                    number,
                    COMMUNE,
                    households,
                    villages.size(),
                    AreaType.RURAL,
                    15,
                    2,
                    SampleRegister.MUONG_MAJORITY),
                YEAR - 1,
                YEAR);
    RegisterDataSet.CopyText rows = new RegisterDataSet.CopyText();
    Map<String, Long> ids = new HashMap<>();
    long id = 1;
    int present = 0;
    for (SampleHousehold h : register) {
      ids.put(h.code(), id);
      RegisterRows.household(
          rows,
          id++,
          commune.getId(),
          villages.get(h.village()),
          "Thôn " + (h.village() + 1) + ", " + commune.getName(),
          h);
      if (h.leftOn() == null) {
        present++;
      }
    }
    RegisterRows.lists(
        rows,
        commune.getId(),
        register,
        ids,
        YEAR - 1,
        standardId,
        RecognisedStatus.Source.ANNUAL_REVIEW,
        null,
        SampleRegister.recognisedOn(YEAR - 1, number));
    rows.copy(sql.unwrap(PGConnection.class).getCopyAPI());
    try (Statement statement = sql.createStatement()) {
      statement.execute(
          "SELECT setval(pg_get_serial_sequence('household', 'id'),"
              + " (SELECT coalesce(max(id), 1) FROM household))");
      statement.execute("ANALYZE");
    }
    return present;
  }

  private static PovertyStandard standard(long provinceId) {
    try (InputStream json =
        StandardReader.class.getResourceAsStream(StandardReader.STANDARD_2022_2025)) {
      return StandardReader.read(provinceId, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Who the portal's side runs as: the runtime role, in the commune's scope. */
  private static String portalSession(PortalServices portal, AdminUnit commune) {
    return portal.as(
        commune.getPath(),
        Role.COMMUNE_STAFF,
        beans -> {
          Object[] session =
              (Object[])
                  beans
                      .get(jakarta.persistence.EntityManager.class)
                      .createNativeQuery(
                          "SELECT current_user::text, r.rolbypassrls OR r.rolsuper,"
                              + " current_setting('portal.read_path', true)"
                              + " FROM pg_roles r WHERE r.rolname = current_user")
                      .getSingleResult();
          if (Boolean.TRUE.equals(session[1]) || !commune.getPath().equals(session[2])) {
            throw new IllegalStateException(
                "the portal's side must run under row-level security in the commune's scope,"
                    + " not as "
                    + session[0]
                    + " in scope "
                    + session[2]);
          }
          return session[0] + " as commune staff, row-level security in force, scope " + session[2];
        });
  }

  /** Every entry back to unsurveyed, as the review's start left it: each run does the same work. */
  private static void reset(Connection sql, long reviewId) throws SQLException {
    try (PreparedStatement update =
        sql.prepareStatement(
            "UPDATE review_entry SET status = NULL, deprivations = '', surveyed_on = NULL,"
                + " surveyed_by = NULL WHERE review_id = ?")) {
      update.setLong(1, reviewId);
      update.executeUpdate();
    }
    try (Statement vacuum = sql.createStatement()) {
      vacuum.execute("VACUUM ANALYZE review_entry");
    }
  }

  private static int version(Connection sql, long reviewId) throws SQLException {
    return (int)
        DataSetGenerator.scalar(sql, "SELECT version FROM household_review WHERE id = ?", reviewId);
  }

  private static int count(Connection sql, long reviewId) throws SQLException {
    return (int)
        DataSetGenerator.scalar(
            sql, "SELECT count(*) FROM review_entry WHERE review_id = ?", reviewId);
  }

  /** Each entry's household and what it was classified as ("POOR VIEC_LAM,…"), surveyed or not. */
  private static Map<Long, String> results(Connection sql, long reviewId) throws SQLException {
    Map<Long, String> results = new TreeMap<>();
    try (PreparedStatement query =
        sql.prepareStatement(
            "SELECT household_id, status, deprivations, surveyed_on FROM review_entry"
                + " WHERE review_id = ?")) {
      query.setLong(1, reviewId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          results.put(
              rows.getLong(1),
              rows.getString(2) + " " + rows.getString(3) + " " + rows.getObject(4));
        }
      }
    }
    return results;
  }

  private static List<String> differences(Map<Long, String> portal, Map<Long, String> jdbc) {
    List<String> differences = new ArrayList<>();
    portal.forEach(
        (household, result) -> {
          String other = jdbc.get(household);
          if (!result.equals(other)) {
            differences.add("household " + household + ": " + result + " <> " + other);
          }
        });
    if (portal.size() != jdbc.size()) {
      differences.add(portal.size() + " entries <> " + jdbc.size());
    }
    return differences;
  }
}
