package vn.giamngheo.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.program.Indicator;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.domain.report.TemplateIndicator;
import vn.giamngheo.domain.target.Allocation;
import vn.giamngheo.domain.target.Targets;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * A unit's targets of a year: those it was given (to acknowledge), and for a district or the
 * province how it shares each among the units below, published once the parts add up or the
 * shortfall is explained. The province sets its own targets here too.
 */
@Named
@ViewScoped
public class TargetsPage implements Serializable {
  @Inject CurrentUnit unit;
  @Inject Targets targets;
  @Inject Reports reports;
  @Inject FacesMessages messages;

  private Integer year;
  private transient List<Targets.Line> sheet;
  private Long allocatingId;
  private Map<Long, BigDecimal> parts = new HashMap<>();
  private String reason;
  private Long newIndicatorId;
  private BigDecimal newValue;

  public List<Targets.Line> getSheet() {
    if (sheet == null) {
      sheet = targets.sheet(unit.get(), getYear());
    }
    return sheet;
  }

  public boolean isProvince() {
    return unit.get().isAt(UnitLevel.PROVINCE) && reports.writes(unit.get());
  }

  public boolean isAllocates() {
    return !unit.get().isAt(UnitLevel.COMMUNE) && reports.writes(unit.get());
  }

  public boolean isOwnUnit() {
    return reports.writes(unit.get());
  }

  /** The indicators a target can be set for: those of the report template that allocate. */
  public List<Indicator> getIndicators() {
    ReportTemplate template = reports.templates().stream().findFirst().orElse(null);
    return template == null
        ? List.of()
        : template.getIndicators().stream()
            .map(TemplateIndicator::getIndicator)
            .filter(Allocation::allocatable)
            .toList();
  }

  /** What the units below were given of a target, in all. */
  public BigDecimal allocatedOf(Targets.Line line) {
    return line.given().stream()
        .filter(given -> given.target() != null)
        .map(given -> given.target().getValue())
        .reduce(BigDecimal::add)
        .orElse(null);
  }

  public void setTarget() {
    act(
        () ->
            targets.setProvinceTarget(
                unit.get(), require(newIndicatorId), getYear(), require(newValue)),
        "target.saved");
  }

  public void edit(Targets.Line line) {
    allocatingId = line.indicator().getId();
    parts = new HashMap<>();
    line.given().stream()
        .filter(given -> given.target() != null)
        .forEach(given -> parts.put(given.unit().getId(), given.target().getValue()));
  }

  public void saveParts() {
    act(
        () -> targets.allocate(unit.get(), allocatingId, getYear(), withoutBlanks()),
        "target.saved");
  }

  public void publish() {
    act(
        () -> {
          targets.allocate(unit.get(), allocatingId, getYear(), withoutBlanks());
          targets.publish(unit.get(), allocatingId, getYear(), reason);
        },
        "target.published");
  }

  public void acknowledge(Targets.Line line) {
    act(
        () -> targets.acknowledge(unit.get(), line.indicator().getId(), getYear()),
        "target.acknowledgedDone");
  }

  private Map<Long, BigDecimal> withoutBlanks() {
    Map<Long, BigDecimal> given = new HashMap<>();
    parts.forEach(
        (unitId, value) -> {
          if (value != null) {
            given.put(unitId, value);
          }
        });
    return given;
  }

  private static <T> T require(T value) {
    if (value == null) {
      throw new UserFacingException("target.valueMissing");
    }
    return value;
  }

  private void act(Runnable step, String doneKey) {
    try {
      step.run();
      messages.info(doneKey);
      sheet = null;
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  /** The year asked for, or the latest the unit reports on. */
  public Integer getYear() {
    if (year == null) {
      List<Integer> years = getYears();
      year = years.isEmpty() ? Year.now().getValue() : years.get(years.size() - 1);
    }
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
    this.sheet = null;
  }

  public List<Integer> getYears() {
    return reports.years(unit.get());
  }

  public Long getAllocatingId() {
    return allocatingId;
  }

  public Map<Long, BigDecimal> getParts() {
    return parts;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getNewIndicatorId() {
    return newIndicatorId;
  }

  public void setNewIndicatorId(Long newIndicatorId) {
    this.newIndicatorId = newIndicatorId;
  }

  public BigDecimal getNewValue() {
    return newValue;
  }

  public void setNewValue(BigDecimal newValue) {
    this.newValue = newValue;
  }
}
