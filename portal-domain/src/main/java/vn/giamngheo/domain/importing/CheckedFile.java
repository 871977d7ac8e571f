package vn.giamngheo.domain.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What checking a file found: its households, and every problem, by row and column. */
public record CheckedFile(int rows, List<ImportedHousehold> households, List<ImportError> errors) {
  public CheckedFile {
    households = List.copyOf(households);
    errors = new ArrayList<>(errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  public int people() {
    return households.stream().mapToInt(h -> h.members().size()).sum();
  }

  /** The errors with those found later, in row order. */
  public List<ImportError> errorsWith(List<ImportError> more) {
    List<ImportError> all = new ArrayList<>(errors);
    all.addAll(more);
    all.sort(Comparator.comparingInt(ImportError::row));
    return List.copyOf(all);
  }
}
