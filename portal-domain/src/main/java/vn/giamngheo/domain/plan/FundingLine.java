package vn.giamngheo.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;

/** Money planned for a component in one year from one source, in whole đồng. */
@Entity
@Table(name = "plan_funding_line")
public class FundingLine extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_component_id")
  private PlanComponent component;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FundingSource source;

  @Column(nullable = false)
  private int year;

  @Column(nullable = false)
  private long amount;

  protected FundingLine() {}

  FundingLine(PlanComponent component, FundingSource source, int year, long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("funding cannot be negative");
    }
    this.component = Objects.requireNonNull(component);
    this.unitId = component.getUnitId();
    this.source = Objects.requireNonNull(source);
    this.year = year;
    this.amount = amount;
  }

  public FundingSource getSource() {
    return source;
  }

  public int getYear() {
    return year;
  }

  public long getAmount() {
    return amount;
  }
}
