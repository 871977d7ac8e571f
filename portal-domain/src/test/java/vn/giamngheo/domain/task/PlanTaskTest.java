package vn.giamngheo.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanComponent;
import vn.giamngheo.domain.plan.StaffPosition;
import vn.giamngheo.tenancy.UserFacingException;

class PlanTaskTest {
  private static final LocalDate DUE = LocalDate.of(2025, 12, 31);

  private static PlanTask task() {
    Plan plan =
        new Plan(7L, 3L, new Plan.Header("Kế hoạch", "", "Cẩm Châu", "", "", "", List.of()));
    PlanComponent component =
        plan.addComponent(
            null,
            new PlanComponent.Content(
                "DA2",
                "1.1",
                "Dự án 2: Sinh kế",
                "Mục tiêu",
                "",
                "",
                List.of("Một"),
                "Công chức Văn hóa Chính sách chủ trì.",
                new StaffPosition(7L, "Công chức Văn hóa Chính sách", 1),
                null));
    return new PlanTask(7L, 1L, component, 2025, DUE);
  }

  @Test
  void aTaskNotDoneIsLateTheDayAfterItsDueDate() {
    PlanTask task = task();
    assertEquals("1.1. Dự án 2: Sinh kế", task.getTitle());
    assertFalse(task.isLate(DUE));
    assertTrue(task.isLate(DUE.plusDays(1)));
    task.report(TaskStatus.IN_PROGRESS, "Đang triển khai.", DUE.plusDays(2));
    assertTrue(task.isLate(DUE.plusDays(2)), "in progress past the due date is still late");
    task.report(TaskStatus.DONE, null, DUE.plusDays(3));
    assertFalse(task.isLate(DUE.plusDays(30)));
    assertEquals(DUE.plusDays(3), task.getDoneOn());
  }

  @Test
  void reopeningClearsTheDoneDateAndATooLongNoteChangesNothing() {
    PlanTask task = task();
    task.report(TaskStatus.DONE, "Xong.", DUE);
    task.report(TaskStatus.IN_PROGRESS, "  ", DUE.plusDays(1));
    assertNull(task.getDoneOn());
    assertNull(task.getNote());
    assertEquals(
        "task.noteTooLong",
        assertThrows(
                UserFacingException.class,
                () -> task.report(TaskStatus.DONE, "x".repeat(2001), DUE))
            .messageKey());
    assertEquals(TaskStatus.IN_PROGRESS, task.getStatus());
  }

  @Test
  void anAmendedPlansTaskStandsAsTheTaskItReplaces() {
    PlanTask earlier = task();
    earlier.report(TaskStatus.DONE, "Đã hỗ trợ 12 hộ.", LocalDate.of(2025, 11, 20));
    PlanTask replacing = task();
    replacing.carryOver(earlier);
    assertEquals(TaskStatus.DONE, replacing.getStatus());
    assertEquals(LocalDate.of(2025, 11, 20), replacing.getDoneOn());
    assertEquals("Đã hỗ trợ 12 hộ.", replacing.getNote());
  }
}
