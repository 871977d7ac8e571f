package vn.giamngheo.domain.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.giamngheo.domain.TenantOwned;

/** An account holding a staff position: the tasks assigned to the position are that person's. */
@Entity
@Table(name = "position_holder")
public class PositionHolder extends TenantOwned {

  @Column(name = "position_id", nullable = false)
  private long positionId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  protected PositionHolder() {}

  PositionHolder(long unitId, long positionId, long accountId) {
    this.unitId = unitId;
    this.positionId = positionId;
    this.accountId = accountId;
  }
}
