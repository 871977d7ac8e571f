package vn.giamngheo.web.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamngheo.domain.review.HouseholdReview;
import vn.giamngheo.domain.review.ReviewStatus;
import vn.giamngheo.domain.review.ReviewStep;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The annual reviews: a commune's own by year (and starting the next), or for a district or the
 * province the reviews of its communes, those proposed first as the ones to act on.
 */
@Named
@RequestScoped
public class ReviewsPage {
  @Inject CurrentUnit unit;
  @Inject Reviews reviews;
  @Inject Units units;
  @Inject FacesMessages messages;
  @Inject Clock clock;

  private Integer year;
  private List<HouseholdReview> own;
  private List<HouseholdReview> below;
  private Map<Long, AdminUnit> communes;

  public boolean isCommune() {
    return unit.get().isAt(UnitLevel.COMMUNE);
  }

  public List<HouseholdReview> getOwn() {
    if (own == null) {
      own = isCommune() ? reviews.of(unit.get()) : List.of();
    }
    return own;
  }

  public boolean isMayStart() {
    return isCommune() && reviews.mayTake(ReviewStep.START, unit.get());
  }

  /** The communes' reviews, the proposed ones (waiting for the caller) first. */
  public List<HouseholdReview> getBelow() {
    if (below == null) {
      below =
          isCommune()
              ? List.of()
              : reviews.below(unit.get()).stream()
                  .sorted(
                      java.util.Comparator.comparing(
                          (HouseholdReview r) -> r.getStatus() != ReviewStatus.PROPOSED))
                  .toList();
    }
    return below;
  }

  public long getProposedCount() {
    return getBelow().stream().filter(r -> r.getStatus() == ReviewStatus.PROPOSED).count();
  }

  public AdminUnit commune(long id) {
    if (communes == null) {
      communes =
          units.children(unit.get()).stream()
              .collect(Collectors.toMap(AdminUnit::getId, Function.identity()));
    }
    return communes.get(id);
  }

  public void start() {
    try {
      HouseholdReview review = reviews.start(unit.get(), year == null ? 0 : year);
      messages.info("review.started", review.getYear());
      own = null;
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public Integer getYear() {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
