package vn.giamngheo.deploy.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.domain.report.Period;

/**
 * Times the province's views in the portal against the plain SQL for the same numbers, measured
 * alternately in the same run (figures on a shared machine are noisy: only the ratio means
 * something), after checking that both give the same numbers.
 */
public final class Benchmark {
  /** What to measure and how often. */
  public record Settings(int warmUp, int runs, Period period, int year, int matrixYear) {
    static Settings of(String[] args) {
      Settings settings = new Settings(10, 31, Period.parse("2024-Q2").orElseThrow(), 2024, 2025);
      for (String arg : args) {
        String[] pair = arg.split("=", 2);
        String value = pair.length == 2 ? pair[1] : "";
        settings =
            switch (pair[0]) {
              case "warmup" -> settings.with(Integer.parseInt(value), settings.runs);
              case "runs" -> settings.with(settings.warmUp, Integer.parseInt(value));
              default ->
                  throw new IllegalArgumentException(
                      "usage: benchmark [warmup=10] [runs=31]; not " + arg);
            };
      }
      return settings;
    }

    private Settings with(int warmUp, int runs) {
      if (warmUp < 0 || runs < 1) {
        throw new IllegalArgumentException("warm-up must not be negative, runs at least 1");
      }
      return new Settings(warmUp, runs, period, year, matrixYear);
    }
  }

  /** One line of the table: the medians and their ratio, and how many figures were compared. */
  public record Result(String what, double portalMillis, double sqlMillis, int figures) {
    public double ratio() {
      return portalMillis / sqlMillis;
    }
  }

  private interface View {
    Figures compute() throws SQLException;
  }

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.of(args);
    List<Result> results = run(DataSetDatabase.fromEnvironment(), settings, System.out);
    System.out.printf("%n%-36s %12s %12s %8s%n", "what", "portal ms", "raw SQL ms", "ratio");
    for (Result result : results) {
      System.out.printf(
          "%-36s %12.1f %12.1f %7.2f×%n",
          result.what(), result.portalMillis(), result.sqlMillis(), result.ratio());
    }
  }

  /** Measures each view; throws when the portal and the SQL disagree on any number. */
  public static List<Result> run(
      DataSetDatabase database, Settings settings, java.io.PrintStream log) throws SQLException {
    Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    try (PortalServices portal = new PortalServices(database, clock);
        Connection raw = database.connectAsSuperuser()) {
      ProvinceViews views = new ProvinceViews(portal, raw, clock);
      log.println("Portal side: " + views.portalSession());
      log.printf(
          "Raw SQL side: %s as %s, no row-level security%n", database.url(), database.superUser());
      log.printf(
          "%d warm-up runs, then the median of %d alternating runs each%n",
          settings.warmUp(), settings.runs());
      Period year = Period.parse(Integer.toString(settings.year())).orElseThrow();
      List<Result> results = new ArrayList<>();
      results.add(
          measure(
              "consolidated view " + settings.period(),
              () -> views.consolidatedByPortal(settings.period()),
              () -> views.consolidatedBySql(settings.period()),
              settings));
      results.add(
          measure(
              "consolidated view " + year,
              () -> views.consolidatedByPortal(year),
              () -> views.consolidatedBySql(year),
              settings));
      results.add(
          measure(
              "completeness, communes × " + settings.matrixYear(),
              () -> views.completenessByPortal(settings.matrixYear()),
              () -> views.completenessBySql(settings.matrixYear()),
              settings));
      results.add(
          measure(
              "poverty rates by commune " + settings.year(),
              () -> views.ratesByPortal(settings.year()),
              () -> views.ratesBySql(settings.year()),
              settings));
      return results;
    }
  }

  private static Result measure(String what, View portal, View sql, Settings settings)
      throws SQLException {
    Figures byPortal = portal.compute();
    Figures bySql = sql.compute();
    List<String> differences = byPortal.differences(bySql);
    if (!differences.isEmpty() || byPortal.size() == 0) {
      throw new IllegalStateException(
          what
              + ": the portal and the SQL disagree on "
              + differences.size()
              + " of "
              + byPortal.size()
              + " figures (portal <> SQL), e.g. "
              + differences.subList(0, Math.min(10, differences.size())));
    }
    for (int i = 0; i < settings.warmUp(); i++) {
      portal.compute();
      sql.compute();
    }
    Timings portalTimes = new Timings();
    Timings sqlTimes = new Timings();
    for (int i = 0; i < settings.runs(); i++) {
      long start = System.nanoTime();
      portal.compute();
      long between = System.nanoTime();
      sql.compute();
      long end = System.nanoTime();
      portalTimes.add(between - start);
      sqlTimes.add(end - between);
    }
    return new Result(what, portalTimes.median(), sqlTimes.median(), byPortal.size());
  }
}
