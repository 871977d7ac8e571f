package vn.giamngheo.domain.task;

/** How far a plan component's tasks are: done of total, and how many are late. */
public record ComponentProgress(
    String componentCode, String heading, long total, long done, long late) {
  public int getPercentDone() {
    return total == 0 ? 0 : (int) (done * 100 / total);
  }
}
