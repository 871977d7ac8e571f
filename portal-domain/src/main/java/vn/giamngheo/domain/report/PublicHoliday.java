package vn.giamngheo.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/** A day offices are closed, as the province keeps it (Tết, Reunification Day, ...). */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday extends TenantOwned {

  @Column(nullable = false)
  private LocalDate day;

  @Column(nullable = false)
  private String name;

  protected PublicHoliday() {}

  public PublicHoliday(long provinceId, LocalDate day, String name) {
    this.unitId = provinceId;
    this.day = Objects.requireNonNull(day);
    this.name = Objects.requireNonNull(name).strip();
  }

  public LocalDate getDay() {
    return day;
  }

  public String getName() {
    return name;
  }
}
