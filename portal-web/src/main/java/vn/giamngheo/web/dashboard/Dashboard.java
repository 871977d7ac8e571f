package vn.giamngheo.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.giamngheo.domain.overview.CommuneCard;
import vn.giamngheo.domain.overview.UnitOverview;
import vn.giamngheo.domain.overview.UnitSummary;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.tenant.CurrentUnit;

/** The first page after sign-in: a commune's card, or the units below a district or province. */
@Named
@RequestScoped
public class Dashboard {
  @Inject CurrentUnit unit;
  @Inject UnitOverview overview;

  private CommuneCard communeCard;
  private List<UnitSummary> children;

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
