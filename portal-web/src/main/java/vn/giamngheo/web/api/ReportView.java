package vn.giamngheo.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.report.Report;
import vn.giamngheo.domain.report.ReportEvent;
import vn.giamngheo.domain.report.ReportForm;

/** A report as the API shows it: the obligation, and in full its values, narrative and history. */
public record ReportView(
    long id,
    String unit,
    String period,
    LocalDate dueOn,
    String status,
    boolean late,
    OffsetDateTime submittedAt,
    OffsetDateTime reviewedAt,
    String returnComment,
    int version,
    List<ValueView> values,
    Map<String, String> narrative,
    List<EventView> history) {

  /** One indicator's value, where it came from, and what it is set against. */
  public record ValueView(
      String indicator,
      String name,
      String measureUnit,
      BigDecimal value,
      String source,
      String comment,
      BigDecimal target,
      BigDecimal previousPeriod,
      boolean required) {}

  public record EventView(
      String actor, OffsetDateTime at, String from, String to, String comment) {}

  static ReportView summary(Report report, String unitCode, LocalDate today) {
    return of(report, unitCode, today, null, null, null);
  }

  static ReportView full(ReportForm form, LocalDate today) {
    Report report = form.report();
    return of(
        report,
        form.unit().getCode(),
        today,
        form.lines().stream().map(ReportView::value).toList(),
        form.narrative(),
        report.getEvents().stream().map(ReportView::event).toList());
  }

  private static ReportView of(
      Report report,
      String unitCode,
      LocalDate today,
      List<ValueView> values,
      Map<String, String> narrative,
      List<EventView> history) {
    return new ReportView(
        report.getId(),
        unitCode,
        report.getPeriod().code(),
        report.getDueOn(),
        report.getStatus().name(),
        report.isLate(today),
        report.getSubmittedAt(),
        report.getReviewedAt(),
        report.getReturnComment(),
        report.getVersion(),
        values,
        narrative,
        history);
  }

  private static ValueView value(ReportForm.Line line) {
    return new ValueView(
        line.indicator().getCode(),
        line.indicator().getName(),
        line.indicator().getMeasureUnit(),
        line.value(),
        line.source(),
        line.comment(),
        line.target(),
        line.previous(),
        line.required());
  }

  private static EventView event(ReportEvent event) {
    return new EventView(
        event.getActor(),
        event.getAt(),
        event.getFromStatus().name(),
        event.getToStatus().name(),
        event.getComment());
  }
}
