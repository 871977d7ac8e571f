package vn.giamngheo.deploy.dataset;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.giamngheo.domain.report.Obligations;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.tenancy.database.SchemaMigration;
import vn.giamngheo.tenancy.unit.UnitImporter;

/**
 * Creates the province at full size for the benchmark: Thanh Hóa's official units (imported by the
 * portal's importer), a program of 40 indicators, a report template asking for all of them every
 * quarter, six and nine months and year, every unit's reports of five years (made by the portal's
 * obligations) with a realistic mix of statuses, a value for every indicator of every written
 * report, yearly targets allocated down to every commune, and every commune's household register
 * with two years of poor and near-poor lists ({@link RegisterDataSet}). Bulk rows are made in the
 * database with {@code INSERT ... SELECT} or COPY as the superuser.
 */
public final class DataSetGenerator {
  static final String PROVINCE_CODE = "38";
  static final String TEMPLATE_CODE = "BC-GNBV";
  private static final LocalDate UNITS_VALID_FROM = LocalDate.of(2021, 1, 1);

  private final DataSetDatabase database;
  private final DataSetSize size;

  public DataSetGenerator(DataSetDatabase database, DataSetSize size) {
    this.database = database;
    this.size = size;
  }

  /**
   * {@code deploy/generate-dataset [households=1830]}: a fresh database of the whole province, with
   * that many households in each commune's register.
   */
  public static void main(String[] args) throws Exception {
    DataSetSize size = DataSetSize.PROVINCE;
    for (String arg : args) {
      if (!arg.startsWith("households=")) {
        throw new IllegalArgumentException("usage: generate-dataset [households=1830]; not " + arg);
      }
      DataSetSize p = size;
      size =
          new DataSetSize(
              p.districts(),
              p.communesPerDistrict(),
              p.firstYear(),
              p.lastYear(),
              Integer.parseInt(arg.substring("households=".length())));
    }
    DataSetDatabase database = DataSetDatabase.fromEnvironment();
    long start = System.nanoTime();
    System.out.println("Creating " + database.url() + " ...");
    database.provisioner().drop(database.name());
    database.provisioner().provision(database.name(), database.roles());
    SchemaMigration.migrate(
        database.url(), database.roles().owner(), database.roles().ownerPassword());
    Map<String, Long> counts = new DataSetGenerator(database, size).fill();
    System.out.printf(
        "Generated in %.1f s:%n", Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
    counts.forEach((what, count) -> System.out.printf("  %-28s %,10d%n", what, count));
  }

  /** Fills a migrated, empty database; answers the row counts. */
  public Map<String, Long> fill() throws SQLException {
    try (PortalServices portal = new PortalServices(database, Clock.systemUTC());
        Connection sql = database.connectAsSuperuser()) {
      portal.asSystem(
          beans ->
              beans
                  .get(UnitImporter.class)
                  .importProvince(units(), PROVINCE_CODE, UNITS_VALID_FROM));
      long province =
          scalar(
              sql, "SELECT id FROM admin_unit WHERE code = ? AND valid_to IS NULL", PROVINCE_CODE);
      long program = program(sql, province);
      long template = template(sql, province, program);
      for (int year = size.firstYear(); year <= size.lastYear(); year++) {
        int of = year;
        portal.asSystem(
            beans ->
                beans
                    .get(Obligations.class)
                    .ensure(
                        beans
                            .get(jakarta.persistence.EntityManager.class)
                            .find(ReportTemplate.class, template),
                        of));
      }
      statuses(sql, template);
      values(sql, template);
      targets(sql, province, program);
      new RegisterDataSet(sql, size).fill(portal);
      try (Statement analyze = sql.createStatement()) {
        analyze.execute("ANALYZE");
      }
      return counts(sql);
    }
  }

  /** The official list, cut down to the size asked for. */
  private InputStream units() {
    JsonArray provinces;
    try (InputStream in =
            UnitImporter.class.getResourceAsStream("/admin-units/vn-units-2024.json");
        JsonReader reader = Json.createReader(in)) {
      provinces = reader.readArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    JsonObject province =
        provinces.stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> PROVINCE_CODE.equals(p.getString("Code")))
            .findFirst()
            .orElseThrow();
    JsonArrayBuilder districts = Json.createArrayBuilder();
    province.getJsonArray("District").stream()
        .limit(size.districts())
        .map(JsonValue::asJsonObject)
        .forEach(
            district -> {
              JsonArrayBuilder communes = Json.createArrayBuilder();
              district.getJsonArray("Ward").stream()
                  .limit(size.communesPerDistrict())
                  .forEach(communes::add);
              districts.add(Json.createObjectBuilder(district).add("Ward", communes));
            });
    String cut =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder(province).add("District", districts))
            .build()
            .toString();
    return new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8));
  }

  private long program(Connection sql, long province) throws SQLException {
    long program =
        scalar(
            sql,
            "INSERT INTO program (unit_id, code, version, name, period_from, period_to, legal_basis,"
                + " status, published_at) VALUES (?, 'CTMTQG-GNBV', 1,"
                + " 'Chương trình mục tiêu quốc gia giảm nghèo bền vững', ?, ?,"
                + " 'Quyết định 90/QĐ-TTg', 'PUBLISHED', now()) RETURNING id",
            province,
            size.firstYear(),
            size.lastYear());
    Long households = null;
    for (ProgramIndicators.Spec spec : ProgramIndicators.all()) {
      long id =
          scalar(
              sql,
              "INSERT INTO indicator (unit_id, program_id, code, name, measure_unit, value_type,"
                  + " aggregation, denominator_id, min_value, max_value, sort_order)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id",
              province,
              program,
              spec.code(),
              spec.name(),
              spec.measureUnit(),
              spec.type().name(),
              spec.rule().name(),
              spec.rule() == vn.giamngheo.domain.program.Aggregation.WEIGHTED_AVERAGE
                  ? households
                  : null,
              switch (spec.type()) {
                case PERCENTAGE, POINTS -> 100;
                case YES_NO -> 1;
                default -> null;
              },
              spec.number());
      if (spec.number() == 1) {
        households = id;
      }
    }
    return program;
  }

  private long template(Connection sql, long province, long program) throws SQLException {
    long template =
        scalar(
            sql,
            "INSERT INTO report_template (unit_id, program_id, code, name, period_kinds,"
                + " due_working_days, change_threshold, reminder_days_before) VALUES (?, ?, ?,"
                + " 'Báo cáo kết quả thực hiện Chương trình', 'QUARTER,HALF_YEAR,NINE_MONTHS,YEAR',"
                + " 15, 50, 3) RETURNING id",
            province,
            program,
            TEMPLATE_CODE);
    update(
        sql,
        "INSERT INTO report_template_indicator (unit_id, template_id, indicator_id, required,"
            + " sort_order) SELECT ?, ?, id, true, sort_order FROM indicator WHERE program_id = ?",
        province,
        template,
        program);
    update(
        sql,
        "INSERT INTO report_template_section (unit_id, template_id, key, title, sort_order)"
            + " VALUES (?, ?, 'RESULTS', 'Kết quả thực hiện', 1),"
            + " (?, ?, 'PROPOSALS', 'Đề xuất, kiến nghị', 2)",
        province,
        template,
        province,
        template);
    return template;
  }

  /**
   * Past years mostly approved; the last year the later the period, the more is still under way.
   * 85% of submissions are in time, the rest up to ten days late. Spread by the report's id.
   */
  private void statuses(Connection sql, long template) throws SQLException {
    update(
        sql,
        "WITH s AS ("
            + "  SELECT r.id, r.due_on, r.period_end, mod(r.id * 7919, 100)::int AS p,"
            + "   mod(r.id * 104729, 100)::int AS q,"
            + "   CASE WHEN extract(year FROM r.period_end) < ? THEN 1"
            + "    WHEN extract(month FROM r.period_end) <= 6 THEN 2"
            + "    WHEN extract(month FROM r.period_end) <= 9 THEN 3 ELSE 4 END AS stage"
            + "  FROM report r WHERE r.template_id = ?),"
            + " t AS ("
            + "  SELECT id, period_end,"
            + "   CASE WHEN p < (ARRAY[93, 80, 50, 20])[stage] THEN 'APPROVED'"
            + "    WHEN p < (ARRAY[96, 88, 70, 40])[stage] THEN 'SUBMITTED'"
            + "    WHEN p < (ARRAY[98, 92, 80, 50])[stage] THEN 'RETURNED'"
            + "    WHEN p < (ARRAY[99, 96, 90, 70])[stage] THEN 'DRAFT'"
            + "    ELSE 'NOT_STARTED' END AS status,"
            + "   ((due_on + CASE WHEN q < 85 THEN -mod(q, 10) ELSE mod(q, 10) + 1 END)"
            + "    + time '09:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS submitted"
            + "  FROM s)"
            + " UPDATE report r SET status = t.status,"
            + "  submitted_at = CASE WHEN t.status IN ('SUBMITTED', 'APPROVED', 'RETURNED')"
            + "   THEN t.submitted END,"
            + "  reviewed_at = CASE WHEN t.status IN ('APPROVED', 'RETURNED')"
            + "   THEN t.submitted + interval '3 days' END,"
            + "  return_comment = CASE WHEN t.status = 'RETURNED'"
            + "   THEN 'Đề nghị bổ sung số liệu' END,"
            + "  changed_by = CASE WHEN t.status <> 'NOT_STARTED' THEN 'dataset' END,"
            + "  changed_at = CASE t.status WHEN 'NOT_STARTED' THEN NULL"
            + "   WHEN 'DRAFT' THEN ((t.period_end + 5) + time '09:00') AT TIME ZONE 'Asia/Ho_Chi_Minh'"
            + "   WHEN 'SUBMITTED' THEN t.submitted ELSE t.submitted + interval '3 days' END"
            + " FROM t WHERE r.id = t.id",
        size.lastYear(),
        template);
  }

  /**
   * A value for every indicator of every report written: households in the hundreds to thousands,
   * counts below 200, rates with two decimals, money in millions, yes mostly.
   */
  private void values(Connection sql, long template) throws SQLException {
    update(
        sql,
        "INSERT INTO report_value (unit_id, report_id, indicator_id, value, source)"
            + " SELECT r.unit_id, r.id, i.id,"
            + "  CASE WHEN i.sort_order = 1 THEN 800 + mod(r.id * 31, 2000)"
            + "   WHEN i.value_type = 'COUNT' THEN mod(r.id * 31 + i.sort_order * 7919, 200)"
            + "   WHEN i.value_type = 'PERCENTAGE'"
            + "    THEN mod(r.id * 37 + i.sort_order * 101, 10000) / 100.0"
            + "   WHEN i.value_type = 'MONEY'"
            + "    THEN (1 + mod(r.id * 41 + i.sort_order * 13, 1000)) * 1000000"
            + "   WHEN mod(r.id + i.sort_order, 10) = 0 THEN 0 ELSE 1 END,"
            + "  'ENTERED'"
            + " FROM report r"
            + " JOIN report_template_indicator ti ON ti.template_id = r.template_id"
            + " JOIN indicator i ON i.id = ti.indicator_id"
            + " WHERE r.template_id = ? AND r.status <> 'NOT_STARTED'",
        template);
  }

  /**
   * Each year's published targets of every indicator the portal allocates: each commune's own, each
   * district the sum of its communes' (counts, money) or a rate no commune of it is below, and the
   * province likewise over its districts.
   */
  private void targets(Connection sql, long province, long program) throws SQLException {
    update(
        sql,
        "WITH c AS ("
            + "  SELECT u.id AS unit_id, u.parent_id AS district_id, i.id AS indicator_id,"
            + "   i.value_type = 'PERCENTAGE' AS rate, y AS year,"
            + "   CASE i.value_type WHEN 'PERCENTAGE' THEN 85 + mod(u.parent_id, 5) + mod(u.id, 5)"
            + "    WHEN 'MONEY' THEN (10 + mod(u.id * 13 + i.id * 7 + y, 90)) * 1000000"
            + "    ELSE 5 + mod(u.id * 13 + i.id * 7 + y, 60) END AS value"
            + "  FROM admin_unit u JOIN unit_level l ON l.id = u.level_id AND l.code = 'COMMUNE'"
            + "  CROSS JOIN indicator i CROSS JOIN generate_series(?, ?) y"
            + "  WHERE u.parent_id IN (SELECT id FROM admin_unit WHERE parent_id = ?)"
            + "  AND i.program_id = ? AND i.value_type IN ('COUNT', 'MONEY', 'PERCENTAGE')),"
            + " d AS ("
            + "  SELECT district_id AS unit_id, indicator_id, year,"
            + "   CASE WHEN rate THEN 85 + mod(district_id, 5) ELSE sum(value) END AS value"
            + "  FROM c GROUP BY district_id, indicator_id, year, rate),"
            + " p AS ("
            + "  SELECT ?::bigint AS unit_id, c.indicator_id, c.year,"
            + "   CASE WHEN c.rate THEN 85 ELSE sum(c.value) END AS value"
            + "  FROM c GROUP BY c.indicator_id, c.year, c.rate)"
            + " INSERT INTO target (unit_id, indicator_id, year, value, status, set_by, published_at)"
            + " SELECT unit_id, indicator_id, year, value, 'PUBLISHED', 'dataset', now()"
            + " FROM (SELECT unit_id, indicator_id, year, value FROM c UNION ALL SELECT * FROM d"
            + "  UNION ALL SELECT * FROM p) t",
        size.firstYear(),
        size.lastYear(),
        province,
        program,
        province);
  }

  private static Map<String, Long> counts(Connection sql) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String level : new String[] {"PROVINCE", "DISTRICT", "COMMUNE"}) {
      counts.put(
          "units " + level.toLowerCase(),
          scalar(
              sql,
              "SELECT count(*) FROM admin_unit u JOIN unit_level l ON l.id = u.level_id"
                  + " WHERE l.code = ?",
              level));
    }
    counts.put("indicators", scalar(sql, "SELECT count(*) FROM indicator"));
    counts.put("reports", scalar(sql, "SELECT count(*) FROM report"));
    try (ResultSet byStatus =
        sql.createStatement()
            .executeQuery("SELECT status, count(*) FROM report GROUP BY status ORDER BY status")) {
      while (byStatus.next()) {
        counts.put("  " + byStatus.getString(1), byStatus.getLong(2));
      }
    }
    counts.put("report values", scalar(sql, "SELECT count(*) FROM report_value"));
    counts.put("targets", scalar(sql, "SELECT count(*) FROM target"));
    counts.put(
        "units village",
        scalar(
            sql,
            "SELECT count(*) FROM admin_unit u JOIN unit_level l ON l.id = u.level_id"
                + " WHERE l.code = 'VILLAGE'"));
    counts.put("households", scalar(sql, "SELECT count(*) FROM household"));
    counts.put("household members", scalar(sql, "SELECT count(*) FROM household_member"));
    counts.put("household statuses", scalar(sql, "SELECT count(*) FROM household_status"));
    return counts;
  }

  static long scalar(Connection sql, String query, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, query, parameters);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void update(Connection sql, String query, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(sql, query, parameters)) {
      statement.executeUpdate();
    }
  }

  static PreparedStatement prepare(Connection sql, String query, Object... parameters)
      throws SQLException {
    PreparedStatement statement = sql.prepareStatement(query);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
