package vn.giamngheo.web.household;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.giamngheo.domain.household.HouseholdFilter;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * The register's filters as query parameters — {@code village, year, status, ethnicity,
 * deprivation, name} — the same for the API, the export and the list page's export link.
 */
public final class RegisterFilters {
  private RegisterFilters() {}

  public static HouseholdFilter of(
      String village,
      String year,
      String status,
      String ethnicity,
      String deprivation,
      String name) {
    try {
      return new HouseholdFilter(
          blank(village) ? null : Long.valueOf(village.strip()),
          blank(year) ? null : Integer.valueOf(year.strip()),
          blank(status) ? null : PovertyStatus.valueOf(status.strip()),
          ethnicity,
          deprivation,
          name);
    } catch (IllegalArgumentException notAFilter) {
      throw new UserFacingException("api.status.400");
    }
  }

  public static HouseholdFilter of(HttpServletRequest request) {
    return of(
        request.getParameter("village"),
        request.getParameter("year"),
        request.getParameter("status"),
        request.getParameter("ethnicity"),
        request.getParameter("deprivation"),
        request.getParameter("name"));
  }

  /** The filter as a query string (without "?"), only the parts that narrow. */
  public static String queryString(HouseholdFilter filter) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("village", filter.villageId());
    parts.put("year", filter.year());
    parts.put("status", filter.status());
    parts.put("ethnicity", filter.ethnicity());
    parts.put("deprivation", filter.deprivation());
    parts.put("name", filter.name());
    return parts.entrySet().stream()
        .filter(part -> part.getValue() != null)
        .map(
            part ->
                part.getKey()
                    + "="
                    + URLEncoder.encode(String.valueOf(part.getValue()), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
