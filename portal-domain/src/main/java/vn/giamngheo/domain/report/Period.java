package vn.giamngheo.domain.report;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, written as the API writes it: {@code 2022-Q1} … {@code 2022-Q4}, {@code
 * 2022-H1} (six months), {@code 2022-M9} (nine months) and {@code 2022} (the year).
 */
public record Period(int year, PeriodKind kind, int quarter) implements Comparable<Period> {
  private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(Q[1-4]|H1|M9))?");

  /** Periods in the order their reports fall due: by end date, the longer period last. */
  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::end).thenComparing(Period::kind);

  public Period {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if ((kind == PeriodKind.QUARTER) != (quarter >= 1 && quarter <= 4)) {
      throw new IllegalArgumentException("quarter " + quarter + " for " + kind);
    }
  }

  public static Period quarter(int year, int quarter) {
    return new Period(year, PeriodKind.QUARTER, quarter);
  }

  public static Period of(int year, PeriodKind kind) {
    if (kind == PeriodKind.QUARTER) {
      throw new IllegalArgumentException("a quarter needs its number");
    }
    return new Period(year, kind, 0);
  }

  /** The period a code names, if it is one. */
  public static Optional<Period> parse(String code) {
    Matcher m = code == null ? null : CODE.matcher(code.strip());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2000 || year > 2100) {
      return Optional.empty();
    }
    String part = m.group(2);
    if (part == null) {
      return Optional.of(of(year, PeriodKind.YEAR));
    }
    return Optional.of(
        switch (part) {
          case "H1" -> of(year, PeriodKind.HALF_YEAR);
          case "M9" -> of(year, PeriodKind.NINE_MONTHS);
          default -> quarter(year, part.charAt(1) - '0');
        });
  }

  /** Every period of {@code year} of the given kinds, in the order they fall due. */
  public static List<Period> ofYear(int year, List<PeriodKind> kinds) {
    List<Period> periods = new ArrayList<>();
    for (PeriodKind kind : kinds) {
      if (kind == PeriodKind.QUARTER) {
        for (int q = 1; q <= 4; q++) {
          periods.add(quarter(year, q));
        }
      } else {
        periods.add(of(year, kind));
      }
    }
    periods.sort(ORDER);
    return periods;
  }

  public String code() {
    return switch (kind) {
      case QUARTER -> year + "-Q" + quarter;
      case HALF_YEAR -> year + "-H1";
      case NINE_MONTHS -> year + "-M9";
      case YEAR -> Integer.toString(year);
    };
  }

  /** The first day the period covers: 1 January for the cumulative ones. */
  public LocalDate start() {
    return kind == PeriodKind.QUARTER
        ? LocalDate.of(year, Month.of(quarter * 3 - 2), 1)
        : LocalDate.of(year, 1, 1);
  }

  public LocalDate end() {
    int lastMonth =
        switch (kind) {
          case QUARTER -> quarter * 3;
          case HALF_YEAR -> 6;
          case NINE_MONTHS -> 9;
          case YEAR -> 12;
        };
    LocalDate first = LocalDate.of(year, lastMonth, 1);
    return first.withDayOfMonth(first.lengthOfMonth());
  }

  /** The same kind of period before this one: the quarter before, or last year's. */
  public Period previous() {
    if (kind == PeriodKind.QUARTER) {
      return quarter == 1 ? quarter(year - 1, 4) : quarter(year, quarter - 1);
    }
    return of(year - 1, kind);
  }

  /**
   * The cumulative period that this one continues within the year (the first quarter counts from 1
   * January too): 9 months continue 6 months, which continue the first quarter; the year continues
   * 9 months. A quarter after the first continues nothing.
   */
  public Optional<Period> continues() {
    return switch (kind) {
      case QUARTER -> Optional.empty();
      case HALF_YEAR -> Optional.of(quarter(year, 1));
      case NINE_MONTHS -> Optional.of(of(year, PeriodKind.HALF_YEAR));
      case YEAR -> Optional.of(of(year, PeriodKind.NINE_MONTHS));
    };
  }

  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return code();
  }
}
