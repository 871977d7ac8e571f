package vn.giamngheo.domain.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Optional;
import vn.giamngheo.domain.report.KnownValue;
import vn.giamngheo.domain.report.Period;

/** The tasks of a unit's issued plans that were reported done within a period. */
@ApplicationScoped
public class TasksDone implements KnownValue {
  public static final String SOURCE = "PLAN_TASKS_DONE";

  @Inject EntityManager em;

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public Optional<BigDecimal> of(long unitId, Period period) {
    Long done =
        em.createQuery(
                "SELECT COUNT(t) FROM PlanTask t, Plan p WHERE p.id = t.planId"
                    + " AND p.status = vn.giamngheo.domain.plan.PlanStatus.ISSUED"
                    + " AND t.unitId = :unit AND t.status = vn.giamngheo.domain.task.TaskStatus.DONE"
                    + " AND t.doneOn BETWEEN :from AND :to",
                Long.class)
            .setParameter("unit", unitId)
            .setParameter("from", period.start())
            .setParameter("to", period.end())
            .getSingleResult();
    return Optional.of(BigDecimal.valueOf(done));
  }
}
