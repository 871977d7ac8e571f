package vn.giamngheo.web.tenant;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiPredicate;
import vn.giamngheo.tenancy.identity.SignedInUser;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

/** The pages of a unit and their addresses: {@code /t/{unitCode}/} signs in, then the rest. */
public final class TenantPages {
  public static final String PREFIX = "/t/";
  public static final String SIGN_IN = "signin";
  public static final String DASHBOARD = "dashboard";
  static final String VIEW_FOLDER = "/views/";
  static final String VIEW_SUFFIX = ".xhtml";

  /**
   * The pages behind sign-in, each with whom it is for beyond having the unit in scope, and what
   * renders it (a view, or a download).
   */
  enum Page {
    OVERVIEW(DASHBOARD, (user, unit) -> true),
    VILLAGES("villages", (user, unit) -> unit.isAt(UnitLevel.COMMUNE)),
    PROGRAMS("programs", (user, unit) -> user.unitId() == unit.getId()),
    TEMPLATES("templates", (user, unit) -> user.unitId() == unit.getId()),
    PLANS("plans", (user, unit) -> true),
    TASKS("tasks", (user, unit) -> user.unitId() == unit.getId()),
    POSITIONS("positions", (user, unit) -> user.unitId() == unit.getId()),
    PLAN("plan", (user, unit) -> true),
    PLAN_WORD("plan.docx", "/downloads/plan.docx", (user, unit) -> true),
    PLAN_PDF("plan.pdf", "/downloads/plan.pdf", (user, unit) -> true),
    REPORTS("reports", (user, unit) -> true),
    REPORT("report", (user, unit) -> true),
    REPORT_PDF("report.pdf", "/downloads/report.pdf", (user, unit) -> true),
    CONSOLIDATED("consolidated", (user, unit) -> true),
    CONSOLIDATED_XLSX("consolidated.xlsx", "/downloads/consolidated.xlsx", (user, unit) -> true),
    TARGETS("targets", (user, unit) -> true),
    REVIEWS("reviews", (user, unit) -> !unit.isAt(UnitLevel.VILLAGE)),
    REVIEW("review", (user, unit) -> unit.isAt(UnitLevel.COMMUNE)),
    REVIEW_LIST_PDF(
        "review-list.pdf",
        "/downloads/review-list.pdf",
        (user, unit) -> unit.isAt(UnitLevel.COMMUNE)),
    REVIEW_LISTS_XLSX(
        "review-lists.xlsx",
        "/downloads/review-lists.xlsx",
        (user, unit) -> unit.isAt(UnitLevel.COMMUNE)),
    APPLICATIONS("applications", (user, unit) -> unit.isAt(UnitLevel.COMMUNE)),
    POVERTY("poverty", (user, unit) -> true),
    STANDARDS("standards", (user, unit) -> true),
    HOUSEHOLDS("households", (user, unit) -> unit.isAt(UnitLevel.COMMUNE)),
    HOUSEHOLD("household", (user, unit) -> unit.isAt(UnitLevel.COMMUNE)),
    HOUSEHOLDS_XLSX(
        "households.xlsx",
        "/downloads/households.xlsx",
        (user, unit) -> unit.isAt(UnitLevel.COMMUNE)),
    REPORT_TEMPLATE(
        "report-template",
        (user, unit) -> user.role() == Role.PROVINCE_ADMIN && user.unitId() == unit.getId()),
    UNITS(
        "units",
        (user, unit) -> user.role() == Role.PROVINCE_ADMIN && user.unitId() == unit.getId()),
    HOUSEHOLD_IMPORT("household-import", TenantPages::importsHouseholds),
    HOUSEHOLD_IMPORT_TEMPLATE(
        "household-import-template.xlsx",
        "/downloads/household-import-template.xlsx",
        TenantPages::importsHouseholds);

    private final String name;
    private final String target;
    private final BiPredicate<SignedInUser, AdminUnit> opensFor;

    Page(String name, BiPredicate<SignedInUser, AdminUnit> opensFor) {
      this(name, VIEW_FOLDER + name + VIEW_SUFFIX, opensFor);
    }

    Page(String name, String target, BiPredicate<SignedInUser, AdminUnit> opensFor) {
      this.name = name;
      this.target = target;
      this.opensFor = opensFor;
    }

    static Optional<Page> named(String name) {
      return Arrays.stream(values()).filter(page -> page.name.equals(name)).findFirst();
    }

    boolean opensFor(SignedInUser user, AdminUnit unit) {
      return opensFor.test(user, unit);
    }

    String target() {
      return target;
    }
  }

  private TenantPages() {}

  /** The commune's own staff and leader bring its household register in from a spreadsheet. */
  private static boolean importsHouseholds(SignedInUser user, AdminUnit unit) {
    return unit.isAt(UnitLevel.COMMUNE)
        && user.unitId() == unit.getId()
        && (user.role() == Role.COMMUNE_STAFF || user.role() == Role.COMMUNE_LEADER);
  }

  /** The address of {@code page} of unit {@code unitCode}, below the context path. */
  public static String address(String unitCode, String page) {
    return PREFIX + unitCode + "/" + (SIGN_IN.equals(page) ? "" : page);
  }

  static String viewOf(String page) {
    return VIEW_FOLDER + page + VIEW_SUFFIX;
  }

  /** The page a view id shows, or null when it is not a unit's page. */
  static String pageOf(String viewId) {
    if (viewId == null || !viewId.startsWith(VIEW_FOLDER) || !viewId.endsWith(VIEW_SUFFIX)) {
      return null;
    }
    return viewId.substring(VIEW_FOLDER.length(), viewId.length() - VIEW_SUFFIX.length());
  }
}
