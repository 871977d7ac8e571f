package vn.giamngheo.deploy.dataset;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.giamngheo.domain.importing.HouseholdImports;
import vn.giamngheo.domain.importing.ImportColumn;
import vn.giamngheo.domain.importing.ImportColumns;
import vn.giamngheo.domain.importing.ImportOutcome;
import vn.giamngheo.domain.importing.ImportProgress;
import vn.giamngheo.tenancy.database.SchemaMigration;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitImporter;
import vn.giamngheo.tenancy.unit.Units;

/**
 * {@code deploy/import-benchmark}: the household import of a whole commune-sized file — by default
 * 100,000 households — through the portal's import code (read, every check, the batch writes as the
 * commune's staff under row-level security, one transaction) against loading the same rows with
 * PostgreSQL's COPY as the superuser, alternately, in a fresh database ({@code
 * portal_import_benchmark}). Prints the medians and their ratio.
 */
public final class ImportBenchmark {
  static final String COMMUNE = "15169";
  static final int VILLAGES = 10;

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int households = 100_000;
    int runs = 3;
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      switch (pair[0]) {
        case "households" -> households = Integer.parseInt(pair[1]);
        case "runs" -> runs = Integer.parseInt(pair[1]);
        default ->
            throw new IllegalArgumentException(
                "usage: import-benchmark [households=100000] [runs=3]; not " + arg);
      }
    }
    DataSetDatabase environment = DataSetDatabase.fromEnvironment();
    DataSetDatabase database =
        new DataSetDatabase(
            environment.serverUrl(),
            System.getenv().getOrDefault("PORTAL_IMPORT_BENCHMARK_DB", "portal_import_benchmark"),
            environment.superUser(),
            environment.superPassword(),
            environment.roles());
    Result result = run(database, households, runs, System.out);
    System.out.printf(
        "%n%,d households, %,d people, %.1f MB of CSV%n", households, result.people, result.mb);
    System.out.printf("%-34s %10.0f ms%n", "portal import (median)", result.portalMillis);
    System.out.printf("%-34s %10.0f ms%n", "COPY of the same rows (median)", result.copyMillis);
    System.out.printf("%-34s %10.2f×%n", "ratio", result.portalMillis / result.copyMillis);
  }

  /** The medians, in milliseconds, and what was loaded. */
  public record Result(double portalMillis, double copyMillis, long people, double mb) {}

  /** Creates the database afresh and measures {@code runs} alternating loads of each kind. */
  public static Result run(
      DataSetDatabase database, int households, int runs, java.io.PrintStream log)
      throws SQLException {
    log.println("Creating " + database.url() + " ...");
    database.provisioner().drop(database.name());
    database.provisioner().provision(database.name(), database.roles());
    SchemaMigration.migrate(
        database.url(), database.roles().owner(), database.roles().ownerPassword());
    Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    try (PortalServices portal = new PortalServices(database, clock);
        Connection sql = database.connectAsSuperuser()) {
      portal.asSystem(
          beans -> {
            try (InputStream units =
                UnitImporter.class.getResourceAsStream("/admin-units/vn-units-2024.json")) {
              return beans
                  .get(UnitImporter.class)
                  .importProvince(units, "38", LocalDate.of(2021, 1, 1));
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      AdminUnit commune =
          portal.asSystem(beans -> beans.get(Units.class).findByCode(COMMUNE).orElseThrow());
      List<Long> villages = new ArrayList<>();
      for (int v = 1; v <= VILLAGES; v++) {
        String name = "Thôn " + v;
        villages.add(
            portal.asSystem(
                beans -> {
                  Units units = beans.get(Units.class);
                  return units
                      .addVillage(
                          units.findByCode(COMMUNE).orElseThrow(), name, LocalDate.of(2021, 1, 1))
                      .getId();
                }));
      }
      ImportColumns columns = portal.asSystem(beans -> beans.get(HouseholdImports.class).columns());
      Generated data = generate(columns, commune.getId(), villages, households);
      log.printf(
          "Generated %,d households, %,d people: %.1f MB of CSV%n",
          households, data.people, data.csv.length / 1e6);
      Timings portalTimes = new Timings();
      Timings copyTimes = new Timings();
      for (int run = 0; run < runs; run++) {
        long start = System.nanoTime();
        ImportOutcome outcome =
            portal.as(
                commune.getPath(),
                Role.COMMUNE_STAFF,
                beans ->
                    beans
                        .get(HouseholdImports.class)
                        .importFile(COMMUNE, data.csv, Integer.MAX_VALUE, ImportProgress.NONE));
        portalTimes.add(System.nanoTime() - start);
        if (!outcome.isImported() || outcome.households() != households) {
          throw new IllegalStateException("the import refused the file: " + outcome.errors());
        }
        require(sql, households, data.people);
        empty(sql);

        start = System.nanoTime();
        copy(sql, data);
        copyTimes.add(System.nanoTime() - start);
        require(sql, households, data.people);
        empty(sql);
        log.printf(
            "run %d: portal %.0f ms, COPY %.0f ms%n",
            run + 1, portalTimes.median(), copyTimes.median());
      }
      return new Result(
          portalTimes.median(), copyTimes.median(), data.people, data.csv.length / 1e6);
    }
  }

  private static void require(Connection sql, long households, long people) throws SQLException {
    long h = DataSetGenerator.scalar(sql, "SELECT count(*) FROM household");
    long m = DataSetGenerator.scalar(sql, "SELECT count(*) FROM household_member");
    if (h != households || m != people) {
      throw new IllegalStateException("loaded " + h + " households, " + m + " people");
    }
  }

  private static void empty(Connection sql) throws SQLException {
    try (Statement truncate = sql.createStatement()) {
      truncate.execute("TRUNCATE household CASCADE");
    }
  }

  private static void copy(Connection sql, Generated data) throws SQLException {
    CopyManager copy = sql.unwrap(PGConnection.class).getCopyAPI();
    try {
      copy.copyIn(
          "COPY household (id, unit_id, village_id, code, head_name, address, area_type, ethnicity,"
              + " income, answers, registered_on) FROM STDIN (FORMAT csv)",
          new StringReader(data.householdCopy));
      copy.copyIn(
          "COPY household_member (unit_id, household_id, full_name, birth_date, sex, ethnicity,"
              + " relation, id_number, health_insured, schooling, occupation, sort_order)"
              + " FROM STDIN (FORMAT csv)",
          new StringReader(data.memberCopy));
      copy.copyIn(
          "COPY household_status (unit_id, household_id, year, status, source, recognised_on)"
              + " FROM STDIN (FORMAT csv)",
          new StringReader(data.statusCopy));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The file to import, and the same rows as COPY reads them. */
  private record Generated(
      byte[] csv, String householdCopy, String memberCopy, String statusCopy, long people) {}

  private static final String[] FAMILY = {"Nguyễn", "Lê", "Trần", "Phạm", "Bùi", "Hà", "Quách"};
  private static final String[] GIVEN = {"An", "Bình", "Cúc", "Dũng", "Hoa", "Khải", "Lan", "Minh"};

  private static Generated generate(
      ImportColumns columns, long communeId, List<Long> villages, int households) {
    Random random = new Random(20261201);
    List<ImportColumn> all = columns.all();
    StringBuilder file = new StringBuilder(columns.csvHeader()).append("\r\n");
    StringBuilder householdCopy = new StringBuilder();
    StringBuilder memberCopy = new StringBuilder();
    StringBuilder statusCopy = new StringBuilder();
    String today = LocalDate.now().toString();
    long people = 0;
    long idNumber = 38_000_000_000L;
    for (int h = 1; h <= households; h++) {
      int size = 1 + random.nextInt(5);
      int village = random.nextInt(villages.size());
      String code = "BM-" + h;
      long income = 500_000L + random.nextInt(40) * 100_000L;
      String status = h % 10 == 0 ? "Nghèo" : h % 10 == 1 ? "Cận nghèo" : "";
      Map<String, String> answers =
          columns.indicators().stream()
              .collect(
                  Collectors.toMap(ImportColumn::key, c -> random.nextInt(4) == 0 ? "1" : "0"));
      String headName = "";
      for (int p = 0; p < size; p++) {
        String name =
            FAMILY[random.nextInt(FAMILY.length)] + " Văn " + GIVEN[random.nextInt(GIVEN.length)];
        String id = "0" + (++idNumber);
        String birth =
            String.format(
                "%02d/%02d/%d",
                1 + random.nextInt(28), 1 + random.nextInt(12), 1940 + random.nextInt(80));
        boolean male = random.nextBoolean();
        String relation = p == 0 ? ImportColumns.HEAD : "Con";
        if (p == 0) {
          headName = name;
        }
        List<String> cells = new ArrayList<>();
        for (ImportColumn column : all) {
          String value =
              switch (column.key()) {
                case ImportColumns.CODE -> p == 0 ? code : "";
                case ImportColumns.VILLAGE -> p == 0 ? "Thôn " + (village + 1) : "";
                case ImportColumns.AREA -> p == 0 ? ImportColumns.RURAL : "";
                case ImportColumns.INCOME -> p == 0 ? Long.toString(income) : "";
                case ImportColumns.PREVIOUS_STATUS -> p == 0 ? status : "";
                case ImportColumns.PREVIOUS_YEAR -> p == 0 && !status.isEmpty() ? "2024" : "";
                case ImportColumns.NAME -> name;
                case ImportColumns.BIRTH_DATE -> birth;
                case ImportColumns.SEX -> male ? ImportColumns.MALE : ImportColumns.FEMALE;
                case ImportColumns.ETHNICITY -> "Mường";
                case ImportColumns.RELATION -> relation;
                case ImportColumns.ID_NUMBER -> id;
                case ImportColumns.HEALTH_INSURED -> ImportColumns.YES;
                default -> column.isIndicator() && p == 0 ? answers.get(column.key()) : "";
              };
          cells.add(value);
        }
        file.append(String.join(",", cells)).append("\r\n");
        String[] dmy = birth.split("/");
        memberCopy
            .append(communeId)
            .append(',')
            .append(h)
            .append(',')
            .append(name)
            .append(',')
            .append(dmy[2])
            .append('-')
            .append(dmy[1])
            .append('-')
            .append(dmy[0])
            .append(',')
            .append(male ? "MALE" : "FEMALE")
            .append(",Mường,")
            .append(relation)
            .append(',')
            .append(id)
            .append(",true,\"\",\"\",")
            .append(p + 1)
            .append('\n');
        people++;
      }
      String json =
          "\"{"
              + answers.entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> "\"\"" + e.getKey() + "\"\":" + e.getValue())
                  .collect(Collectors.joining(","))
              + "}\"";
      householdCopy
          .append(h)
          .append(',')
          .append(communeId)
          .append(',')
          .append(villages.get(village))
          .append(',')
          .append(code)
          .append(',')
          .append(headName)
          .append(",\"\",RURAL,Mường,")
          .append(income)
          .append(',')
          .append(json)
          .append(',')
          .append(today)
          .append('\n');
      if (!status.isEmpty()) {
        statusCopy
            .append(communeId)
            .append(',')
            .append(h)
            .append(",2024,")
            .append(status.equals("Nghèo") ? "POOR" : "NEAR_POOR")
            .append(",IMPORT,")
            .append(today)
            .append('\n');
      }
    }
    return new Generated(
        file.toString().getBytes(StandardCharsets.UTF_8),
        householdCopy.toString(),
        memberCopy.toString(),
        statusCopy.toString(),
        people);
  }
}
