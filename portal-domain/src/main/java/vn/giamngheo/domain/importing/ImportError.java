package vn.giamngheo.domain.importing;

import java.util.List;

/**
 * One problem of an import file: the row (the header is row 1; 0 for the file as a whole), the
 * column's header as the template names it (empty for the file or a whole row), and the message key
 * with its arguments, shown in the reader's language.
 */
public record ImportError(int row, String column, String messageKey, List<Object> arguments) {
  public ImportError {
    column = column == null ? "" : column;
    arguments = List.copyOf(arguments);
  }

  public static ImportError of(int row, String column, String messageKey, Object... arguments) {
    return new ImportError(row, column, messageKey, List.of(arguments));
  }

  public Object[] args() {
    return arguments.toArray();
  }
}
