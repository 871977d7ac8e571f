package vn.giamngheo.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every row of the program's data has: its id, and the unit that owns it — the key that
 * row-level security reads.
 */
@MappedSuperclass
public abstract class TenantOwned {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_id", nullable = false)
  protected long unitId;

  public Long getId() {
    return id;
  }

  public long getUnitId() {
    return unitId;
  }
}
