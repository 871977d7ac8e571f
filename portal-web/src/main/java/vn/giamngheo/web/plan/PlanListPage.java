package vn.giamngheo.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanStanding;
import vn.giamngheo.domain.plan.Plans;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.tenant.CurrentUnit;

/** A unit's plans, and for a district or province where each unit below stands with its plan. */
@Named
@RequestScoped
public class PlanListPage {
  @Inject CurrentUnit unit;
  @Inject Plans plans;

  private List<Plan> own;
  private List<PlanStanding> below;

  public List<Plan> getPlans() {
    if (own == null) {
      own = plans.of(unit.get());
    }
    return own;
  }

  public boolean isHasUnitsBelow() {
    return !unit.get().isAt(UnitLevel.COMMUNE);
  }

  public List<PlanStanding> getBelow() {
    if (below == null) {
      below = plans.standingOfChildren(unit.get());
    }
    return below;
  }

  public long getIssuedBelow() {
    return getBelow().stream().filter(s -> s.issuedOn() != null).count();
  }
}
