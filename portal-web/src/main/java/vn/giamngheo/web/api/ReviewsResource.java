package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.review.HouseholdReview;
import vn.giamngheo.domain.review.ReviewCounts;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * A commune's annual reviews of poor and near-poor households, with their classification counts.
 */
@Path("units/{code}/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsResource {
  @Inject Caller caller;
  @Inject Reviews reviews;

  /** How a review's households classify. */
  public record Counts(long poor, long nearPoor, long average, long none, long unsurveyed) {
    static Counts of(ReviewCounts counts) {
      return new Counts(
          counts.getPoor(),
          counts.getNearPoor(),
          counts.getAverage(),
          counts.getNone(),
          counts.getUnsurveyed());
    }
  }

  /** A review: its year, step, dates, decision and counts. */
  public record ReviewView(
      long id,
      String unit,
      int year,
      String status,
      int version,
      LocalDate startedOn,
      LocalDate meetingOn,
      LocalDate postedFrom,
      LocalDate postedTo,
      LocalDate proposedOn,
      String returnedNote,
      String decisionNo,
      LocalDate recognisedOn,
      Counts counts) {}

  /** The commune's reviews, newest first, or the one of {@code year}; 404 outside the scope. */
  @GET
  public List<ReviewView> reviews(
      @PathParam("code") String code, @QueryParam("year") Integer year) {
    AdminUnit commune = caller.unitInScope(code);
    return reviews.of(commune).stream()
        .filter(review -> year == null || review.getYear() == year)
        .map(review -> view(commune, review))
        .toList();
  }

  private ReviewView view(AdminUnit commune, HouseholdReview review) {
    return new ReviewView(
        review.getId(),
        commune.getCode(),
        review.getYear(),
        review.getStatus().name(),
        review.getVersion(),
        review.getStartedOn(),
        review.getMeetingOn(),
        review.getPostedFrom(),
        review.getPostedTo(),
        review.getProposedOn(),
        review.getReturnedNote(),
        review.getDecisionNo(),
        review.getRecognisedOn(),
        Counts.of(reviews.counts(review.getId())));
  }
}
