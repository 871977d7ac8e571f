package vn.giamngheo.domain.importing;

import java.util.List;

/** A spreadsheet as read: the header row and the data rows, each cell as text. */
public record ImportTable(List<String> headers, List<Row> rows) {
  public ImportTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  /** A cell's text as the user sees it; {@code formula} when the cell held a formula. */
  public record Cell(String text, boolean formula) {
    public static final Cell EMPTY = new Cell("", false);

    public boolean isBlank() {
      return !formula && text.isBlank();
    }
  }

  /** A data row with its number in the file (the header is row 1). */
  public record Row(int number, List<Cell> cells) {
    public Cell cell(int index) {
      return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    public boolean isBlank() {
      return cells.stream().allMatch(Cell::isBlank);
    }
  }
}
