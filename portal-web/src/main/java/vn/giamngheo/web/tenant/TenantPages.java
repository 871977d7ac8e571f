package vn.giamngheo.web.tenant;

import java.util.Set;

/** The pages of a unit and their addresses: {@code /t/{unitCode}/} signs in, then the rest. */
public final class TenantPages {
  public static final String PREFIX = "/t/";
  public static final String SIGN_IN = "signin";
  public static final String DASHBOARD = "dashboard";
  static final Set<String> SIGNED_IN_PAGES = Set.of(DASHBOARD);
  static final String VIEW_FOLDER = "/views/";
  static final String VIEW_SUFFIX = ".xhtml";

  private TenantPages() {}

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
