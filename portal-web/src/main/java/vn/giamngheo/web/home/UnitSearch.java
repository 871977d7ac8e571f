package vn.giamngheo.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;

/** The home page's search: find your unit by name, with or without diacritics. */
@Named
@RequestScoped
public class UnitSearch {
  @Inject Units units;

  private String query;
  private List<AdminUnit> results;

  public List<AdminUnit> getResults() {
    if (results == null) {
      results = units.search(query);
    }
    return results;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public boolean isSearched() {
    return query != null && !query.isBlank();
  }
}
