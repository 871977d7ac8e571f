package vn.giamngheo.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/** A staff position that co-operates on a plan component which another position leads. */
@Entity
@Table(name = "plan_component_partner")
public class PlanPartner extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_component_id")
  private PlanComponent component;

  @ManyToOne(optional = false)
  @JoinColumn(name = "position_id")
  private StaffPosition position;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected PlanPartner() {}

  PlanPartner(PlanComponent component, StaffPosition position, int sortOrder) {
    this.component = Objects.requireNonNull(component);
    this.unitId = component.getUnitId();
    this.position = Objects.requireNonNull(position);
    this.sortOrder = sortOrder;
  }

  public StaffPosition getPosition() {
    return position;
  }
}
