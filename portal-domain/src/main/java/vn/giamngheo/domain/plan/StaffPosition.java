package vn.giamngheo.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/** A position in a unit's staff that plans assign work to, e.g. "Công chức Văn hóa Chính sách". */
@Entity
@Table(name = "staff_position")
public class StaffPosition extends TenantOwned {

  @Column(nullable = false)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected StaffPosition() {}

  public StaffPosition(long unitId, String name, int sortOrder) {
    this.unitId = unitId;
    this.name = Objects.requireNonNull(name).strip();
    this.sortOrder = sortOrder;
  }

  public String getName() {
    return name;
  }
}
