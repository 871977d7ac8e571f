package vn.giamngheo.domain.review;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import vn.giamngheo.tenancy.scope.Role;

/**
 * What can be done to an annual review, at which of its steps, and by whom: the commune's staff and
 * leader do the commune's work, only the leader proposes, and the officer of the level right above
 * the commune (the district, or the province where there is no district) returns or recognises.
 */
public enum ReviewStep {
  START(Actor.COMMUNE),
  CHANGE_LIST(Actor.COMMUNE, ReviewStatus.LISTING),
  BEGIN_SURVEY(Actor.COMMUNE, ReviewStatus.LISTING),
  SURVEY(Actor.COMMUNE, ReviewStatus.SURVEYING, ReviewStatus.MEETING),
  CLASSIFY_ALL(Actor.COMMUNE, ReviewStatus.SURVEYING, ReviewStatus.MEETING),
  BEGIN_MEETING(Actor.COMMUNE, ReviewStatus.SURVEYING),
  RECORD_MEETING(Actor.COMMUNE, ReviewStatus.MEETING),
  POST(Actor.COMMUNE, ReviewStatus.MEETING),
  COMPLAINT(Actor.COMMUNE, ReviewStatus.POSTED),
  PROPOSE(Actor.COMMUNE_LEADER, ReviewStatus.POSTED),
  RETURN(Actor.OVERSEER, ReviewStatus.PROPOSED),
  RECOGNISE(Actor.OVERSEER, ReviewStatus.PROPOSED);

  /** Who takes a step. */
  public enum Actor {
    COMMUNE,
    COMMUNE_LEADER,
    OVERSEER
  }

  private final Actor actor;
  private final Set<ReviewStatus> from;

  ReviewStep(Actor actor, ReviewStatus... from) {
    this.actor = actor;
    this.from = from.length == 0 ? Set.of() : EnumSet.of(from[0], from);
  }

  public Actor actor() {
    return actor;
  }

  /** Whether the step can be taken while the review is at {@code status}. */
  public boolean allowedAt(ReviewStatus status) {
    return from.contains(status);
  }

  /**
   * Whether a caller in {@code role} may take this step: {@code ofCommune} when the caller works
   * for the review's commune itself, {@code ofOverseer} when for the unit right above it.
   */
  public boolean mayBeTakenBy(Role role, boolean ofCommune, boolean ofOverseer) {
    boolean where = actor == Actor.OVERSEER ? ofOverseer : ofCommune;
    return where && role != null && Arrays.asList(roles()).contains(role);
  }

  /** The roles that take this step, in the unit the step belongs to. */
  public Role[] roles() {
    return switch (actor) {
      case COMMUNE -> new Role[] {Role.COMMUNE_STAFF, Role.COMMUNE_LEADER};
      case COMMUNE_LEADER -> new Role[] {Role.COMMUNE_LEADER};
      case OVERSEER -> new Role[] {Role.DISTRICT_OFFICER, Role.PROVINCE_ADMIN};
    };
  }

  /** The message key that tells the caller they may not take this step. */
  public String refusalKey() {
    return switch (actor) {
      case COMMUNE -> "review.communeOnly";
      case COMMUNE_LEADER -> "review.leaderOnly";
      case OVERSEER -> "review.overseerOnly";
    };
  }
}
