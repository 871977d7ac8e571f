package vn.giamngheo.domain.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * What the province asks every unit to report under a program: the indicators, the narrative parts,
 * the periods, and when each report is due — a number of working days after its period.
 */
@Entity
@Table(name = "report_template")
public class ReportTemplate extends TenantOwned {

  @Column(name = "program_id", nullable = false)
  private long programId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "period_kinds", nullable = false)
  private String periodKinds;

  @Column(name = "due_working_days", nullable = false)
  private int dueWorkingDays;

  @Column(name = "change_threshold", nullable = false)
  private BigDecimal changeThreshold;

  @Column(name = "reminder_days_before", nullable = false)
  private int reminderDaysBefore;

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<TemplateIndicator> indicators = new ArrayList<>();

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<NarrativeSection> sections = new ArrayList<>();

  protected ReportTemplate() {}

  public ReportTemplate(long provinceId, long programId, Rules rules) {
    this.unitId = provinceId;
    this.programId = programId;
    this.code = Objects.requireNonNull(rules.code()).strip();
    change(rules);
  }

  /** What a province decides about a template, besides its indicators and sections. */
  public record Rules(
      String code,
      String name,
      List<PeriodKind> periodKinds,
      int dueWorkingDays,
      BigDecimal changeThreshold,
      int reminderDaysBefore) {}

  public void change(Rules rules) {
    if (rules.name() == null || rules.name().isBlank()) {
      throw new UserFacingException("report.template.nameMissing");
    }
    if (rules.periodKinds() == null || rules.periodKinds().isEmpty()) {
      throw new UserFacingException("report.template.noPeriods");
    }
    if (rules.dueWorkingDays() < 0 || rules.dueWorkingDays() > 60) {
      throw new UserFacingException("report.template.dueOutOfRange");
    }
    if (rules.changeThreshold() == null || rules.changeThreshold().signum() <= 0) {
      throw new UserFacingException("report.template.thresholdNotPositive");
    }
    if (rules.reminderDaysBefore() < 0 || rules.reminderDaysBefore() > 30) {
      throw new UserFacingException("report.template.reminderOutOfRange");
    }
    this.name = rules.name().strip();
    this.periodKinds =
        rules.periodKinds().stream()
            .distinct()
            .sorted()
            .map(Enum::name)
            .collect(Collectors.joining(","));
    this.dueWorkingDays = rules.dueWorkingDays();
    this.changeThreshold = rules.changeThreshold();
    this.reminderDaysBefore = rules.reminderDaysBefore();
  }

  public void ask(Indicator indicator, boolean required, String source) {
    if (indicator.getUnitId() != unitId) {
      throw new IllegalArgumentException(indicator.getCode() + " is not this province's");
    }
    indicators.removeIf(line -> line.getIndicator().equals(indicator));
    int order = indicators.stream().mapToInt(TemplateIndicator::getSortOrder).max().orElse(0) + 1;
    indicators.add(new TemplateIndicator(this, indicator, required, source, order));
  }

  /**
   * Asks for exactly these indicators, each required or not; those already asked keep their place
   * and where the portal finds them, new ones come last.
   */
  public void askOnly(Map<Indicator, Boolean> requiredByIndicator) {
    if (requiredByIndicator.isEmpty()) {
      throw new UserFacingException("report.template.noIndicators");
    }
    indicators.removeIf(line -> !requiredByIndicator.containsKey(line.getIndicator()));
    requiredByIndicator.forEach(
        (indicator, required) ->
            line(indicator.getId())
                .ifPresentOrElse(
                    line -> line.require(required), () -> ask(indicator, required, null)));
  }

  public void addSection(String key, String title) {
    sections.add(new NarrativeSection(this, key, title, sections.size() + 1));
  }

  public List<PeriodKind> periodKinds() {
    return Arrays.stream(periodKinds.split(",")).map(PeriodKind::valueOf).toList();
  }

  /** When the report of {@code period} is due under {@code calendar}. */
  public LocalDate dueOn(Period period, WorkingCalendar calendar) {
    return calendar.workingDaysAfter(period.end(), dueWorkingDays);
  }

  public Optional<TemplateIndicator> line(long indicatorId) {
    return indicators.stream()
        .filter(line -> line.getIndicator().getId() == indicatorId)
        .findFirst();
  }

  public long getProgramId() {
    return programId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getDueWorkingDays() {
    return dueWorkingDays;
  }

  public BigDecimal getChangeThreshold() {
    return changeThreshold;
  }

  public int getReminderDaysBefore() {
    return reminderDaysBefore;
  }

  public List<TemplateIndicator> getIndicators() {
    return List.copyOf(indicators);
  }

  public List<NarrativeSection> getSections() {
    return List.copyOf(sections);
  }
}
