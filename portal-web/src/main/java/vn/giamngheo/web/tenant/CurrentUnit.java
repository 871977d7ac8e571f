package vn.giamngheo.web.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import vn.giamngheo.tenancy.unit.AdminUnit;

/** The unit named in the page's address, {@code /t/{unitCode}/...}. */
@Named
@RequestScoped
public class CurrentUnit {
  private AdminUnit unit;

  void set(AdminUnit current) {
    this.unit = current;
  }

  public AdminUnit get() {
    return unit;
  }

  public String getCode() {
    return unit.getCode();
  }

  public String getName() {
    return unit.getName();
  }

  public String getCommitteeName() {
    return unit.committeeName();
  }
}
