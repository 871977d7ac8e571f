package vn.giamngheo.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A position in a unit's staff that plans assign work to, e.g. "Công chức Văn hóa Chính sách". */
@Entity
@Table(name = "staff_position")
public class StaffPosition {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

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

  public Long getId() {
    return id;
  }

  public long getUnitId() {
    return unitId;
  }

  public String getName() {
    return name;
  }
}
