package vn.giamngheo.domain.report;

/**
 * How often a report is due. The 6- and 9-month reports and the annual one count from 1 January, so
 * each takes in the ones before it in the year.
 */
public enum PeriodKind {
  QUARTER,
  HALF_YEAR,
  NINE_MONTHS,
  YEAR;

  public boolean isCumulative() {
    return this != QUARTER;
  }
}
