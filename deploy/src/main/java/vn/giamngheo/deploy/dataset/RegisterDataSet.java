package vn.giamngheo.deploy.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.giamngheo.domain.household.RecognisedStatus;
import vn.giamngheo.domain.household.RegisterRows;
import vn.giamngheo.domain.household.RegisterRows.Table;
import vn.giamngheo.domain.household.SampleRegister;
import vn.giamngheo.domain.household.SampleRegister.SampleHousehold;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.domain.standard.StandardReader;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;

/**
 * The household registers of every commune of the data set: the 2022–2025 poverty standard added by
 * the portal's service, villages for every commune, and per commune the households, their members
 * and the poor and near-poor lists of two years, made by {@link SampleRegister} and written with
 * COPY as the superuser. Mountain communes (mostly Thái or Mường) are poorer than the lowlands, and
 * wards and towns poorer still than none: poor rates run from 1% to 30%.
 */
final class RegisterDataSet {
  static final long SEED = 2024;
  private static final LocalDate VILLAGES_FROM = LocalDate.of(2021, 1, 1);
  private static final List<String> THAI_DISTRICTS =
      List.of("Mường Lát", "Quan Hóa", "Quan Sơn", "Lang Chánh", "Thường Xuân", "Như Xuân");
  private static final List<String> MUONG_DISTRICTS =
      List.of("Bá Thước", "Ngọc Lặc", "Cẩm Thủy", "Thạch Thành", "Như Thanh");

  private final Connection sql;
  private final DataSetSize size;

  RegisterDataSet(Connection sql, DataSetSize size) {
    this.sql = sql;
    this.size = size;
  }

  /** The years whose lists the registers hold: the two before the last year reported. */
  static int firstListYear(DataSetSize size) {
    return size.lastYear() - 2;
  }

  record CommuneRow(long id, String code, String name, String district, List<Long> villages) {}

  /** Adds the standard through the portal, then the villages and registers in bulk. */
  void fill(PortalServices portal) throws SQLException {
    long standardId =
        portal.asSystem(
            beans -> {
              AdminUnit province =
                  beans.get(Units.class).findByCode(DataSetGenerator.PROVINCE_CODE).orElseThrow();
              PovertyStandard added =
                  beans.get(PovertyStandards.class).add(province, standard(province.getId()));
              beans.get(jakarta.persistence.EntityManager.class).flush();
              return added.getId();
            });
    villages();
    List<CommuneRow> communes = communes();
    PovertyStandard standard = standard(0);
    SampleRegister generator = new SampleRegister(standard, SEED);
    CopyManager copy = sql.unwrap(PGConnection.class).getCopyAPI();
    long nextId = DataSetGenerator.scalar(sql, "SELECT coalesce(max(id), 0) + 1 FROM household");
    int first = firstListYear(size);
    CompletableFuture<List<SampleHousehold>> next =
        CompletableFuture.supplyAsync(() -> generate(generator, communes.get(0), 0, first));
    for (int i = 0; i < communes.size(); i++) {
      List<SampleHousehold> households = next.join();
      if (i + 1 < communes.size()) {
        int following = i + 1;
        next =
            CompletableFuture.supplyAsync(
                () -> generate(generator, communes.get(following), following, first));
      }
      nextId = write(copy, communes.get(i), i, households, nextId, standardId, first);
    }
    try (Statement statement = sql.createStatement()) {
      statement.execute(
          "SELECT setval(pg_get_serial_sequence('household', 'id'),"
              + " (SELECT coalesce(max(id), 1) FROM household))");
    }
  }

  private static PovertyStandard standard(long provinceId) {
    try (InputStream json =
        StandardReader.class.getResourceAsStream(StandardReader.STANDARD_2022_2025)) {
      return StandardReader.read(provinceId, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Five to twelve villages per commune, "Thôn 1" on, coded as the portal codes them. */
  private void villages() throws SQLException {
    try (PreparedStatement insert =
        sql.prepareStatement(
            "INSERT INTO admin_unit (code, name, level_id, parent_id, path, valid_from)"
                + " SELECT c.code || '-' || lpad(n::text, 2, '0'), 'Thôn ' || n,"
                + "  (SELECT id FROM unit_level WHERE code = 'VILLAGE'), c.id, '', ?"
                + " FROM admin_unit c JOIN unit_level l ON l.id = c.level_id AND l.code = 'COMMUNE'"
                + " CROSS JOIN LATERAL generate_series(1, 5 + mod(c.id, 8)::int) n"
                + " WHERE c.valid_to IS NULL AND NOT EXISTS"
                + "  (SELECT 1 FROM admin_unit v WHERE v.parent_id = c.id)")) {
      insert.setObject(1, VILLAGES_FROM);
      insert.executeUpdate();
    }
  }

  private List<CommuneRow> communes() throws SQLException {
    Map<Long, CommuneRow> byId = new HashMap<>();
    List<CommuneRow> communes = new ArrayList<>();
    try (Statement statement = sql.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT c.id, c.code, c.name, d.name FROM admin_unit c"
                    + " JOIN unit_level l ON l.id = c.level_id AND l.code = 'COMMUNE'"
                    + " JOIN admin_unit d ON d.id = c.parent_id"
                    + " WHERE c.valid_to IS NULL ORDER BY c.code")) {
      while (rows.next()) {
        CommuneRow row =
            new CommuneRow(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                new ArrayList<>());
        communes.add(row);
        byId.put(row.id(), row);
      }
    }
    try (Statement statement = sql.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT v.parent_id, v.id FROM admin_unit v"
                    + " JOIN unit_level l ON l.id = v.level_id AND l.code = 'VILLAGE'"
                    + " ORDER BY v.parent_id, v.code")) {
      while (rows.next()) {
        CommuneRow commune = byId.get(rows.getLong(1));
        if (commune != null) {
          commune.villages().add(rows.getLong(2));
        }
      }
    }
    return communes;
  }

  /** What the commune's register looks like: where it is says how poor and who lives there. */
  static SampleRegister.Commune profile(CommuneRow commune, int number, int households) {
    SplittableRandom random = new SplittableRandom(SEED + Long.parseLong(commune.code()));
    boolean urban = commune.name().startsWith("Phường") || commune.name().startsWith("Thị trấn");
    boolean thai = THAI_DISTRICTS.stream().anyMatch(commune.district()::contains);
    boolean muong = MUONG_DISTRICTS.stream().anyMatch(commune.district()::contains);
    double rate;
    Map<String, Double> ethnicities;
    if (thai) {
      rate = urban ? 4 + random.nextDouble() * 6 : 10 + random.nextDouble() * 20;
      ethnicities = SampleRegister.THAI_MAJORITY;
    } else if (muong) {
      rate = urban ? 2 + random.nextDouble() * 4 : 5 + random.nextDouble() * 15;
      ethnicities = SampleRegister.MUONG_MAJORITY;
    } else {
      rate = urban ? 1 + random.nextDouble() * 2 : 1.5 + random.nextDouble() * 7;
      ethnicities = SampleRegister.KINH_MAJORITY;
    }
    return new SampleRegister.Commune(
        number,
        commune.code(),
        households,
        commune.villages().size(),
        urban ? AreaType.URBAN : AreaType.RURAL,
        rate,
        rate * 0.12,
        ethnicities);
  }

  private List<SampleHousehold> generate(
      SampleRegister generator, CommuneRow commune, int number, int first) {
    return generator.generate(
        profile(commune, number, size.householdsPerCommune()), first, first + 1);
  }

  private long write(
      CopyManager copy,
      CommuneRow commune,
      int number,
      List<SampleHousehold> households,
      long nextId,
      long standardId,
      int first)
      throws SQLException {
    CopyText rows = new CopyText();
    Map<String, Long> ids = new HashMap<>();
    long id = nextId;
    for (SampleHousehold h : households) {
      ids.put(h.code(), id);
      RegisterRows.household(
          rows,
          id++,
          commune.id(),
          commune.villages().get(h.village()),
          "Thôn " + (h.village() + 1) + ", " + commune.name(),
          h);
    }
    for (int year = first; year <= first + 1; year++) {
      RegisterRows.lists(
          rows,
          commune.id(),
          households,
          ids,
          year,
          standardId,
          RecognisedStatus.Source.ANNUAL_REVIEW,
          null,
          SampleRegister.recognisedOn(year, number));
    }
    rows.copy(copy);
    return id;
  }

  /** Rows in COPY's text format, table by table. */
  static final class CopyText implements RegisterRows.Sink {
    private final Map<Table, StringBuilder> tables = new EnumMap<>(Table.class);

    @Override
    public void row(Table table, Object... values) {
      StringBuilder out = tables.computeIfAbsent(table, t -> new StringBuilder(1 << 20));
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.append('\t');
        }
        Object value = values[i];
        if (value == null) {
          out.append("\\N");
        } else {
          String text = value.toString();
          for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            switch (ch) {
              case '\\' -> out.append("\\\\");
              case '\t' -> out.append("\\t");
              case '\n' -> out.append("\\n");
              case '\r' -> out.append("\\r");
              default -> out.append(ch);
            }
          }
        }
      }
      out.append('\n');
    }

    void copy(CopyManager copy) throws SQLException {
      for (Table table : Table.values()) {
        StringBuilder rows = tables.get(table);
        if (rows == null) {
          continue;
        }
        try {
          copy.copyIn(
              "COPY " + table.table() + " (" + String.join(", ", table.columns()) + ") FROM STDIN",
              new StringReader(rows.toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
