package vn.giamngheo.domain.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days offices work: Monday to Friday, except the public holidays the province keeps in the
 * portal (Tết moves with the lunar calendar, and the government shifts days off from year to year,
 * so they are data, not rules).
 */
public final class WorkingCalendar {
  private final Set<LocalDate> holidays;

  public WorkingCalendar(Set<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  public Set<LocalDate> holidays() {
    return holidays;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The {@code n}th working day after {@code day}; {@code day} itself never counts. */
  public LocalDate workingDaysAfter(LocalDate day, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative working days: " + n);
    }
    LocalDate due = day;
    for (int counted = 0; counted < n; ) {
      due = due.plusDays(1);
      if (isWorkingDay(due)) {
        counted++;
      }
    }
    return due;
  }
}
