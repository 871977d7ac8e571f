package vn.giamngheo.deploy.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numbers a view shows, by name ({@code "part 390 CT04"}), so that the portal's and the raw
 * SQL's answers compare one by one. Numbers compare by value (2.50 is 2.5); a missing figure is an
 * empty one.
 */
final class Figures {
  private final SortedMap<String, String> values = new TreeMap<>();

  Figures put(String name, Object value) {
    if (value != null) {
      values.put(
          name,
          value instanceof BigDecimal number
              ? number.stripTrailingZeros().toPlainString()
              : value.toString());
    }
    return this;
  }

  int size() {
    return values.size();
  }

  /** Each figure that differs: its name, this one's value and the other's. */
  List<String> differences(Figures other) {
    TreeSet<String> names = new TreeSet<>(values.keySet());
    names.addAll(other.values.keySet());
    List<String> differences = new ArrayList<>();
    for (String name : names) {
      String mine = values.get(name);
      String theirs = other.values.get(name);
      if (!Objects.equals(mine, theirs)) {
        differences.add(name + ": " + mine + " <> " + theirs);
      }
    }
    return differences;
  }
}
