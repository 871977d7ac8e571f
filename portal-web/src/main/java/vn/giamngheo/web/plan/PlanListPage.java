package vn.giamngheo.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanStanding;
import vn.giamngheo.domain.plan.Plans;
import vn.giamngheo.domain.program.ComponentKind;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.ProgramComponent;
import vn.giamngheo.domain.program.ProgramStatus;
import vn.giamngheo.domain.program.Programs;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.CurrentUnit;
import vn.giamngheo.web.tenant.TenantPages;

/** A unit's plans, and for a district or province where each unit below stands with its plan. */
@Named
@RequestScoped
public class PlanListPage {
  @Inject CurrentUnit unit;
  @Inject CurrentUser user;
  @Inject Plans plans;
  @Inject Programs programs;
  @Inject FacesMessages messages;

  private List<Plan> own;
  private List<PlanStanding> below;
  private Program program;
  private List<String> applied;

  /** The unit's own staff may start its plan under the newest program that has none yet. */
  public boolean isCanStart() {
    return user.isSignedIn()
        && user.required().unitId() == unit.get().getId()
        && getProgram() != null;
  }

  /** The newest published program (version) the unit has no plan under yet. */
  public Program getProgram() {
    if (program == null) {
      program =
          programs.visible().stream()
              .filter(p -> p.getStatus() == ProgramStatus.PUBLISHED)
              .filter(p -> !plans.hasPlanUnder(unit.get(), p))
              .findFirst()
              .flatMap(p -> programs.find(p.getId()))
              .orElse(null);
    }
    return program;
  }

  /** What a plan can apply: the sub-projects, and the projects that have none. */
  public List<ProgramComponent> getApplicable() {
    return getProgram().getComponents().stream()
        .filter(
            c ->
                c.getKind() == ComponentKind.SUB_PROJECT || getProgram().subProjectsOf(c).isEmpty())
        .toList();
  }

  public void start() throws IOException {
    if (getProgram() == null) {
      messages.error("plan.exists");
      return;
    }
    try {
      Plan draft =
          plans.draft(
              unit.get(), getProgram().getId(), Set.copyOf(applied == null ? List.of() : applied));
      messages.info("plan.started");
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      external.redirect(
          external.getRequestContextPath()
              + TenantPages.address(unit.getCode(), "plan")
              + "?id="
              + draft.getId());
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public List<String> getApplied() {
    return applied;
  }

  public void setApplied(List<String> applied) {
    this.applied = applied;
  }

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
