package vn.giamngheo.domain.plan;

/** Fired in the transaction that issues a plan, for what follows from it (its tasks). */
public record PlanIssued(Plan plan, int programPeriodFrom, int programPeriodTo) {}
