package vn.giamngheo.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.giamngheo.domain.UnitStep;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * The reports every unit owes: for each template, each unit of its province above the villages that
 * exists at a period's end gets that period's report, due the template's number of working days
 * after it.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class Obligations {
  @Inject EntityManager em;
  @Inject TenantContext tenant;

  /** Creates the year's missing reports of every template; answers how many it created. */
  public int ensureAll(int year) {
    int created = 0;
    for (ReportTemplate template :
        em.createQuery("SELECT t FROM ReportTemplate t", ReportTemplate.class).getResultList()) {
      created += ensure(template, year);
    }
    return created;
  }

  /**
   * Creates the year's missing reports of the template, if the year is in its program's period;
   * answers how many it created.
   */
  public int ensure(ReportTemplate template, int year) {
    Program program = em.find(Program.class, template.getProgramId());
    if (year < program.getPeriodFrom() || year > program.getPeriodTo()) {
      return 0;
    }
    AdminUnit province = em.find(AdminUnit.class, template.getUnitId());
    WorkingCalendar calendar = calendarOf(province);
    int created = 0;
    for (Period period : Period.ofYear(year, template.periodKinds())) {
      created +=
          em.createNativeQuery(
                  "INSERT INTO report (unit_id, template_id, period, period_end, due_on, status)"
                      + " SELECT u.id, ?1, ?2, ?3, ?4, 'NOT_STARTED'"
                      + " FROM admin_unit u JOIN unit_level l ON l.id = u.level_id"
                      + " WHERE u.path LIKE ?5 AND l.code <> 'VILLAGE'"
                      + " AND u.valid_from <= ?3 AND (u.valid_to IS NULL OR u.valid_to > ?3)"
                      + " ON CONFLICT (template_id, unit_id, period) DO NOTHING")
              .setParameter(1, template.getId())
              .setParameter(2, period.code())
              .setParameter(3, period.end())
              .setParameter(4, template.dueOn(period, calendar))
              .setParameter(5, province.getPath() + "%")
              .executeUpdate();
    }
    return created;
  }

  /** Keeps the province's public holidays; a day it already has stays as it is. */
  public void keepHolidays(AdminUnit province, List<PublicHoliday> holidays) {
    requireProvinceAdmin(province);
    Set<LocalDate> known = calendarOf(province).holidays();
    holidays.stream().filter(day -> !known.contains(day.getDay())).forEach(em::persist);
  }

  /** The province's public holidays, in date order. */
  public List<PublicHoliday> holidaysOf(AdminUnit province) {
    return em.createQuery(
            "SELECT h FROM PublicHoliday h WHERE h.unitId = :unit ORDER BY h.day",
            PublicHoliday.class)
        .setParameter("unit", province.getId())
        .getResultList();
  }

  public void removeHoliday(AdminUnit province, long holidayId) {
    requireProvinceAdmin(province);
    PublicHoliday holiday = em.find(PublicHoliday.class, holidayId);
    if (holiday != null && holiday.getUnitId() == province.getId()) {
      em.remove(holiday);
    }
  }

  private void requireProvinceAdmin(AdminUnit province) {
    if (!tenant.worksFor(province) || !tenant.actsAs(UnitStep.LEAD.roles(province))) {
      throw new UserFacingException("report.template.provinceOnly");
    }
  }

  /** The working days of a province: weekdays but its public holidays. */
  public WorkingCalendar calendarOf(AdminUnit province) {
    return new WorkingCalendar(
        new HashSet<>(holidaysOf(province).stream().map(PublicHoliday::getDay).toList()));
  }
}
