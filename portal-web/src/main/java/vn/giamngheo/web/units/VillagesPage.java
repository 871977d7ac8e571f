package vn.giamngheo.web.units;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.CurrentUnit;

/** A commune's villages: its own staff add them; the district above sees them read-only. */
@Named
@RequestScoped
public class VillagesPage {
  @Inject CurrentUnit unit;
  @Inject CurrentUser user;
  @Inject Units units;
  @Inject FacesMessages messages;

  private String name;
  private List<AdminUnit> villages;

  public List<AdminUnit> getVillages() {
    if (villages == null) {
      villages = units.children(unit.get());
    }
    return villages;
  }

  /** Only the commune's own accounts add villages. */
  public boolean isEditable() {
    return user.isCommuneUser() && user.required().unitId() == unit.get().getId();
  }

  public void add() {
    try {
      AdminUnit village = units.addVillage(unit.get(), name, LocalDate.now());
      messages.info("villages.added", village.getName());
      name = null;
      villages = null;
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
}
