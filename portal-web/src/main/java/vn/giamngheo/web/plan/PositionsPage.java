package vn.giamngheo.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.giamngheo.domain.plan.Plans;
import vn.giamngheo.domain.plan.StaffPosition;
import vn.giamngheo.domain.task.Tasks;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.identity.Accounts;
import vn.giamngheo.tenancy.identity.UserAccount;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The unit's staff positions that plans assign work to, and who holds them; the leader keeps them,
 * everyone of the unit reads them.
 */
@Named
@RequestScoped
public class PositionsPage {
  @Inject CurrentUnit unit;
  @Inject Plans plans;
  @Inject Tasks tasks;
  @Inject Accounts accounts;
  @Inject FacesMessages messages;

  private String name;
  private Long positionId;
  private Long accountId;
  private List<StaffPosition> positions;

  public List<StaffPosition> getPositions() {
    if (positions == null) {
      positions = plans.positionsOf(unit.get());
    }
    return positions;
  }

  public List<Tasks.Holding> getHoldings() {
    return tasks.holdingsOf(unit.get());
  }

  public List<UserAccount> getStaff() {
    return accounts.staffOf(unit.get());
  }

  public void add() {
    try {
      plans.addPosition(unit.get(), name);
      messages.info("position.added", name.strip());
      name = null;
      positions = null;
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public void assign() {
    StaffPosition position =
        getPositions().stream().filter(p -> p.getId().equals(positionId)).findFirst().orElse(null);
    if (position == null || accountId == null) {
      messages.error("position.chooseBoth");
      return;
    }
    try {
      tasks.hold(position, accountId);
      messages.info("position.assigned", position.getName());
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

  public Long getPositionId() {
    return positionId;
  }

  public void setPositionId(Long positionId) {
    this.positionId = positionId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }
}
