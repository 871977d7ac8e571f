package vn.giamngheo.web.report;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.report.NarrativeSection;
import vn.giamngheo.domain.report.Report;
import vn.giamngheo.domain.report.ReportCheck;
import vn.giamngheo.domain.report.ReportForm;
import vn.giamngheo.domain.report.ReportProblems;
import vn.giamngheo.domain.report.ReportStatus;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;
import vn.giamngheo.web.tenant.TenantPages;

/**
 * One report as a form: each indicator with its target, the period before and the value with its
 * source; the narrative; and the steps the viewer may take — save, submit (the unit's leader),
 * approve, return or take an approval back (the level above).
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {
  @Inject Reports reports;
  @Inject CurrentUnit unit;
  @Inject FacesMessages messages;
  @Inject Clock clock;

  private Long reportId;
  private transient ReportForm form;
  private List<Entry> entries;
  private Map<String, String> narrative;
  private int version;
  private String comment;
  private final Map<String, String> problems = new HashMap<>();
  private String autosaved;
  private String autosaveProblem;

  /** What the viewer writes for one indicator. */
  public static class Entry implements Serializable {
    private final long indicatorId;
    private BigDecimal value;
    private String comment;

    Entry(long indicatorId, BigDecimal value, String comment) {
      this.indicatorId = indicatorId;
      this.value = value;
      this.comment = comment;
    }

    public BigDecimal getValue() {
      return value;
    }

    public void setValue(BigDecimal value) {
      this.value = value;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  /** The report, if it is this unit's and the viewer may see it; null otherwise. */
  public ReportForm getForm() {
    if (form == null && reportId != null) {
      form =
          reports
              .find(reportId)
              .filter(report -> report.getUnitId() == unit.get().getId())
              .map(report -> reports.form(reportId))
              .orElse(null);
      if (form != null && entries == null) {
        fill();
      }
    }
    return form;
  }

  private void fill() {
    entries = new ArrayList<>();
    for (ReportForm.Line line : form.lines()) {
      entries.add(new Entry(line.indicator().getId(), line.value(), line.comment()));
    }
    narrative = new LinkedHashMap<>(form.narrative());
    version = form.report().getVersion();
  }

  public List<Entry> getEntries() {
    getForm();
    return entries;
  }

  public Map<String, String> getNarrative() {
    getForm();
    return narrative;
  }

  public List<NarrativeSection> getSections() {
    return getForm().template().getSections();
  }

  public boolean isLate() {
    return getForm().report().isLate(LocalDate.now(clock));
  }

  public boolean isConsolidated() {
    return Reports.consolidates(getForm().unit());
  }

  public boolean isCanWrite() {
    return getForm().report().getStatus().isOpen() && reports.writes(getForm().unit());
  }

  public boolean isCanSubmit() {
    return getForm().report().getStatus().isOpen() && reports.submits(getForm().unit());
  }

  public boolean isCanReview() {
    return getForm().report().getStatus() == ReportStatus.SUBMITTED
        && reports.reviews(getForm().unit());
  }

  public boolean isCanUnapprove() {
    return getForm().report().getStatus() == ReportStatus.APPROVED
        && reports.reviews(getForm().unit());
  }

  public String problemOf(String indicatorCode) {
    return problems.get(indicatorCode);
  }

  public synchronized void save() {
    act(() -> reports.save(reportId, version, written(), narrative), "report.saved");
  }

  /**
   * Saves the draft as it is being written, without leaving the page; what breaks a rule is shown
   * beside it and left unsaved until corrected.
   */
  public synchronized void autosave() {
    problems.clear();
    try {
      version = reports.save(reportId, version, written(), narrative).getVersion();
      autosaved = LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"));
      autosaveProblem = null;
    } catch (ReportProblems invalid) {
      for (ReportCheck.Problem problem : invalid.problems()) {
        problems.put(problem.indicatorCode(), messages.text(problem.messageKey(), problem.args()));
      }
      autosaveProblem = messages.text(invalid.messageKey(), invalid.arguments());
    } catch (UserFacingException problem) {
      autosaveProblem = messages.text(problem.messageKey(), problem.arguments());
    }
  }

  public String getAutosaved() {
    return autosaved;
  }

  public String getAutosaveProblem() {
    return autosaveProblem;
  }

  /** The leader saves what is on the form, then submits it. */
  public synchronized void submit() {
    act(
        () -> {
          Report saved =
              isCanWrite() ? reports.save(reportId, version, written(), narrative) : form.report();
          return reports.submit(reportId, saved.getVersion());
        },
        "report.submittedDone");
  }

  public void approve() {
    act(() -> reports.approve(reportId, version), "report.approvedDone");
  }

  public void returnWith() {
    act(() -> reports.returnWith(reportId, version, comment), "report.returnedDone");
  }

  public void unapprove() {
    act(() -> reports.unapprove(reportId, version, comment), "report.unapprovedDone");
  }

  private Map<Long, Report.Entry> written() {
    Map<Long, Report.Entry> written = new HashMap<>();
    for (Entry entry : entries) {
      written.put(entry.indicatorId, new Report.Entry(entry.value, null, entry.comment));
    }
    return written;
  }

  private interface Step {
    Report take();
  }

  /** Takes a step; done, shows the report afresh at its own address (safe to reload). */
  private void act(Step step, String doneKey) {
    problems.clear();
    try {
      step.take();
    } catch (ReportProblems invalid) {
      for (ReportCheck.Problem problem : invalid.problems()) {
        problems.put(problem.indicatorCode(), messages.text(problem.messageKey(), problem.args()));
      }
      messages.error(invalid);
      return;
    } catch (UserFacingException problem) {
      messages.error(problem);
      return;
    }
    messages.info(doneKey);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(
          external.getRequestContextPath()
              + TenantPages.address(unit.getCode(), "report")
              + "?id="
              + reportId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Long getReportId() {
    return reportId;
  }

  public void setReportId(Long reportId) {
    this.reportId = reportId;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
