package vn.giamngheo.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.Programs;
import vn.giamngheo.domain.report.Obligations;
import vn.giamngheo.domain.report.PeriodKind;
import vn.giamngheo.domain.report.PublicHoliday;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.domain.report.TemplateIndicator;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The province's report template: what it asks for, and the rules the province keeps — periods, due
 * date in working days, the change that needs an explanation, reminders — with the public holidays
 * the working days count around.
 */
@Named
@ViewScoped
public class ReportTemplatePage implements Serializable {
  @Inject Reports reports;
  @Inject Obligations obligations;
  @Inject Programs programs;
  @Inject CurrentUnit unit;
  @Inject FacesMessages messages;

  private transient ReportTemplate template;
  private String name;
  private List<PeriodKind> periodKinds = new ArrayList<>();
  private Integer dueWorkingDays;
  private BigDecimal changeThreshold;
  private Integer reminderDaysBefore;
  private final Map<Long, Boolean> asked = new HashMap<>();
  private final Map<Long, Boolean> required = new HashMap<>();
  private LocalDate holidayDay;
  private String holidayName;

  public ReportTemplate getTemplate() {
    if (template == null) {
      template = reports.templates().stream().findFirst().orElse(null);
      if (template != null && name == null) {
        name = template.getName();
        periodKinds = new ArrayList<>(template.periodKinds());
        dueWorkingDays = template.getDueWorkingDays();
        changeThreshold = template.getChangeThreshold();
        reminderDaysBefore = template.getReminderDaysBefore();
        for (TemplateIndicator line : template.getIndicators()) {
          asked.put(line.getIndicator().getId(), true);
          required.put(line.getIndicator().getId(), line.isRequired());
        }
      }
    }
    return template;
  }

  /** Every indicator of the template's program, to ask for or not. */
  public List<Indicator> getProgramIndicators() {
    return programs
        .find(getTemplate().getProgramId())
        .map(Program::getIndicators)
        .orElse(List.of());
  }

  public Map<Long, Boolean> getAsked() {
    return asked;
  }

  public Map<Long, Boolean> getRequired() {
    return required;
  }

  public void saveIndicators() {
    Map<Long, Boolean> chosen = new LinkedHashMap<>();
    asked.forEach(
        (id, isAsked) -> {
          if (Boolean.TRUE.equals(isAsked)) {
            chosen.put(id, Boolean.TRUE.equals(required.get(id)));
          }
        });
    act(() -> reports.askFor(getTemplate().getId(), chosen), "report.template.saved");
  }

  public List<PeriodKind> getAllPeriodKinds() {
    return Arrays.asList(PeriodKind.values());
  }

  public List<PublicHoliday> getHolidays() {
    return obligations.holidaysOf(unit.get());
  }

  public void saveRules() {
    act(
        () ->
            reports.changeRules(
                getTemplate().getId(),
                new ReportTemplate.Rules(
                    getTemplate().getCode(),
                    name,
                    periodKinds,
                    dueWorkingDays == null ? -1 : dueWorkingDays,
                    changeThreshold,
                    reminderDaysBefore == null ? -1 : reminderDaysBefore)),
        "report.template.saved");
  }

  public void addHoliday() {
    act(
        () -> {
          if (holidayDay == null || holidayName == null || holidayName.isBlank()) {
            throw new UserFacingException("report.holidayIncomplete");
          }
          obligations.keepHolidays(
              unit.get(), List.of(new PublicHoliday(unit.get().getId(), holidayDay, holidayName)));
          holidayDay = null;
          holidayName = null;
        },
        "report.template.saved");
  }

  public void removeHoliday(PublicHoliday holiday) {
    act(() -> obligations.removeHoliday(unit.get(), holiday.getId()), "report.template.saved");
  }

  private void act(Runnable step, String doneKey) {
    try {
      step.run();
      template = null;
      messages.info(doneKey);
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<PeriodKind> getPeriodKinds() {
    return periodKinds;
  }

  public void setPeriodKinds(List<PeriodKind> periodKinds) {
    this.periodKinds = periodKinds == null ? new ArrayList<>() : new ArrayList<>(periodKinds);
  }

  public Integer getDueWorkingDays() {
    return dueWorkingDays;
  }

  public void setDueWorkingDays(Integer dueWorkingDays) {
    this.dueWorkingDays = dueWorkingDays;
  }

  public BigDecimal getChangeThreshold() {
    return changeThreshold;
  }

  public void setChangeThreshold(BigDecimal changeThreshold) {
    this.changeThreshold = changeThreshold;
  }

  public Integer getReminderDaysBefore() {
    return reminderDaysBefore;
  }

  public void setReminderDaysBefore(Integer reminderDaysBefore) {
    this.reminderDaysBefore = reminderDaysBefore;
  }

  public LocalDate getHolidayDay() {
    return holidayDay;
  }

  public void setHolidayDay(LocalDate holidayDay) {
    this.holidayDay = holidayDay;
  }

  public String getHolidayName() {
    return holidayName;
  }

  public void setHolidayName(String holidayName) {
    this.holidayName = holidayName;
  }
}
