package vn.giamngheo.web.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.household.RegisterRows;
import vn.giamngheo.domain.household.RegisterRows.Table;

/**
 * Writes register rows with multi-row INSERTs on the transaction's connection (so in its tenant
 * scope, under row-level security): each statement carries up to about 30,000 values, and the
 * tables are written in their order so that members follow their households.
 */
final class MultiRowInsert implements RegisterRows.Sink {
  private static final int VALUES_PER_STATEMENT = 30_000;

  private final Connection connection;
  private final Map<Table, List<Object[]>> pending = new EnumMap<>(Table.class);
  private long written;

  MultiRowInsert(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void row(Table table, Object... values) {
    List<Object[]> rows = pending.computeIfAbsent(table, t -> new ArrayList<>());
    rows.add(values);
    if ((rows.size() + 1) * table.columns().size() > VALUES_PER_STATEMENT) {
      flush();
    }
  }

  /** Writes every pending row, table by table. */
  void flush() {
    try {
      for (Table table : Table.values()) {
        List<Object[]> rows = pending.remove(table);
        if (rows != null && !rows.isEmpty()) {
          insert(table, rows);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the demo register", e);
    }
  }

  long written() {
    return written;
  }

  private void insert(Table table, List<Object[]> rows) throws SQLException {
    int columns = table.columns().size();
    String row = "(" + "?, ".repeat(columns - 1) + "?)";
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table.table())
            .append(" (")
            .append(String.join(", ", table.columns()))
            .append(") VALUES ");
    for (int i = 0; i < rows.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
      int index = 1;
      for (Object[] values : rows) {
        for (Object value : values) {
          insert.setObject(index++, value);
        }
      }
      insert.executeUpdate();
    }
    written += rows.size();
  }
}
