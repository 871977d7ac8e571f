package vn.giamngheo.domain.importing;

import java.util.List;

/**
 * How an import ended: the households and people it added, or — when the file had any problem —
 * none, and every problem.
 */
public record ImportOutcome(int rows, int households, int people, List<ImportError> errors) {
  public ImportOutcome {
    errors = List.copyOf(errors);
  }

  public boolean isImported() {
    return errors.isEmpty();
  }
}
