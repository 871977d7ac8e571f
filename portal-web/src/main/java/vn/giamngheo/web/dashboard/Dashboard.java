package vn.giamngheo.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.giamngheo.domain.notice.Notice;
import vn.giamngheo.domain.notice.Notices;
import vn.giamngheo.domain.overview.CommuneCard;
import vn.giamngheo.domain.overview.UnitOverview;
import vn.giamngheo.domain.overview.UnitSummary;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.CurrentUnit;

/** The first page after sign-in: a commune's card, or the units below a district or province. */
@Named
@RequestScoped
public class Dashboard {
  @Inject CurrentUnit unit;
  @Inject UnitOverview overview;
  @Inject CurrentUser user;
  @Inject Notices notices;

  private CommuneCard communeCard;
  private List<UnitSummary> children;

  /** The notices of the signed-in person's own unit, on its own dashboard. */
  public List<Notice> getNotices() {
    return user.required().unitId() == unit.get().getId()
        ? notices.of(unit.get().getId())
        : List.of();
  }

  public boolean isCommune() {
    return unit.get().isAt(UnitLevel.COMMUNE);
  }

  public boolean isProvince() {
    return unit.get().isAt(UnitLevel.PROVINCE);
  }

  public CommuneCard getCommuneCard() {
    if (communeCard == null) {
      communeCard = overview.communeCard(unit.get());
    }
    return communeCard;
  }

  public List<UnitSummary> getChildren() {
    if (children == null) {
      children = overview.childrenOf(unit.get());
    }
    return children;
  }

  public long getTotalUnits() {
    return getChildren().stream().mapToLong(UnitSummary::units).sum();
  }

  public long getTotalStaff() {
    return getChildren().stream().mapToLong(UnitSummary::staff).sum();
  }
}
