package vn.giamngheo.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  private static final LocalDate END_OF_Q1_2022 = LocalDate.of(2022, 3, 31); // a Thursday

  @Test
  void weekendsDoNotCount() {
    WorkingCalendar calendar = new WorkingCalendar(Set.of());
    assertEquals(LocalDate.of(2022, 4, 1), calendar.workingDaysAfter(END_OF_Q1_2022, 1));
    assertEquals(LocalDate.of(2022, 4, 4), calendar.workingDaysAfter(END_OF_Q1_2022, 2));
    assertEquals(LocalDate.of(2022, 4, 21), calendar.workingDaysAfter(END_OF_Q1_2022, 15));
    assertEquals(END_OF_Q1_2022, calendar.workingDaysAfter(END_OF_Q1_2022, 0));
  }

  @Test
  void publicHolidaysDoNotCountEither() {
    // Hùng Kings' day fell on Sunday 10/4/2022 and was observed on Monday 11/4
    WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2022, 4, 11)));
    assertFalse(calendar.isWorkingDay(LocalDate.of(2022, 4, 11)));
    assertEquals(LocalDate.of(2022, 4, 22), calendar.workingDaysAfter(END_OF_Q1_2022, 15));
  }

  @Test
  void theDueDateAfterTheYearSkipsTheNewYearHoliday() {
    WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2023, 1, 2)));
    // 31/12/2022 is a Saturday; Monday 2/1/2023 was the New Year day off
    assertEquals(
        LocalDate.of(2023, 1, 3), calendar.workingDaysAfter(LocalDate.of(2022, 12, 31), 1));
  }
}
