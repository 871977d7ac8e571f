package vn.giamngheo.web.review;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.giamngheo.domain.review.HouseholdReview;
import vn.giamngheo.domain.review.ListedHousehold;
import vn.giamngheo.domain.review.Reviews;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The review's downloads for the commune in the address: a village's posting list as PDF ({@code
 * /t/{commune}/review-list.pdf?review=&village=}) and the year's recognised lists as Excel ({@code
 * /t/{commune}/review-lists.xlsx?year=}). Anything not of that commune, or outside the caller's
 * scope, is not found.
 */
@WebServlet({"/downloads/review-list.pdf", "/downloads/review-lists.xlsx"})
public class ReviewDownloadServlet extends HttpServlet {
  @Inject CurrentUnit unit;
  @Inject Reviews reviews;
  @Inject Units units;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AdminUnit commune = unit.get();
    if (commune == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      if (request.getServletPath().endsWith(".pdf")) {
        postingList(commune, request, response);
      } else {
        yearLists(commune, request, response);
      }
    } catch (UserFacingException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void postingList(
      AdminUnit commune, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<HouseholdReview> review =
        number(request.getParameter("review"))
            .flatMap(reviews::find)
            .filter(r -> r.getUnitId() == commune.getId());
    Optional<AdminUnit> village =
        number(request.getParameter("village"))
            .flatMap(
                id -> units.children(commune).stream().filter(v -> v.getId() == id).findFirst());
    if (review.isEmpty() || village.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    List<ListedHousehold> list = reviews.postingList(review.get().getId(), village.get().getId());
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    ReviewListPdf.write(
        commune, village.get(), review.get().getYear(), list, LocalDate.now(clock), pdf);
    response.setContentType(ReviewListPdf.MEDIA_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + ReviewListPdf.fileName(
                commune.getCode(), review.get().getYear(), village.get().getCode())
            + "\"");
    pdf.writeTo(response.getOutputStream());
  }

  private void yearLists(
      AdminUnit commune, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Long> year = number(request.getParameter("year"));
    if (year.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    int y = year.get().intValue();
    List<ListedHousehold> list = reviews.recognisedLists(commune, y);
    Map<Long, String> villages =
        units.children(commune).stream()
            .collect(Collectors.toMap(AdminUnit::getId, AdminUnit::getName));
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    ReviewListsWorkbook.write(
        "Danh sách hộ nghèo, hộ cận nghèo năm " + y + " — " + commune.getName(),
        list,
        villages,
        xlsx);
    response.setContentType(ReviewListsWorkbook.MEDIA_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + ReviewListsWorkbook.fileName(commune.getCode(), y) + "\"");
    xlsx.writeTo(response.getOutputStream());
  }

  private static Optional<Long> number(String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
