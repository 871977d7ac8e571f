package vn.giamngheo.web.api;

import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.tenancy.unit.AdminUnit;

/** A unit as the API shows it. */
public record UnitView(
    String code,
    String name,
    String level,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo,
    List<UnitView> children) {

  static UnitView of(AdminUnit unit) {
    return of(unit, null);
  }

  static UnitView of(AdminUnit unit, List<AdminUnit> children) {
    return new UnitView(
        unit.getCode(),
        unit.getName(),
        unit.getLevel().getCode(),
        unit.getParent() == null ? null : unit.getParent().getCode(),
        unit.getValidFrom(),
        unit.getValidTo(),
        children == null ? null : children.stream().map(UnitView::of).toList());
  }
}
