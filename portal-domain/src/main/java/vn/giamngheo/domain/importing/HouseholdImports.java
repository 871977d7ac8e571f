package vn.giamngheo.domain.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.giamngheo.domain.UnitStep;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.domain.standard.StandardReader;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;

/**
 * A commune's household register brought in from a spreadsheet: every row checked, then — only when
 * no row has a problem — every household, person and last year's list written in one transaction,
 * in batches. Only the commune's own staff and leader import into it.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class HouseholdImports {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject Units units;
  @Inject PovertyStandards standards;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The columns of the file today: those of the standard in force. */
  public ImportColumns columns() {
    return ImportColumns.of(standardOn(LocalDate.now(clock)).indicators());
  }

  /** The commune's villages by name. */
  public Map<String, Long> villages(AdminUnit commune) {
    Map<String, Long> villages = new LinkedHashMap<>();
    units.children(commune).forEach(v -> villages.put(v.getName(), v.getId()));
    return villages;
  }

  /** The template to fill: the columns and, in its guide, the commune's villages. */
  public byte[] template(String communeCode) {
    AdminUnit commune = commune(communeCode);
    return ImportTemplate.write(columns(), villages(commune).keySet());
  }

  /** Whether the caller may import into the commune: its own staff or leader. */
  public boolean mayImport(AdminUnit commune) {
    return commune.isAt(UnitLevel.COMMUNE)
        && tenant.worksFor(commune)
        && tenant.actsAs(UnitStep.DRAFT.roles(commune));
  }

  /**
   * Checks the file and, when it has no problem at all, imports it: the outcome names the
   * households and people added, or every problem and nothing added.
   */
  public ImportOutcome importFile(String communeCode, byte[] file, ImportProgress progress) {
    return importFile(communeCode, file, SpreadsheetReader.MAX_BYTES, progress);
  }

  /** As {@link #importFile(String, byte[], ImportProgress)}, with another size limit. */
  public ImportOutcome importFile(
      String communeCode, byte[] file, int maxBytes, ImportProgress progress) {
    AdminUnit commune = commune(communeCode);
    if (!mayImport(commune)) {
      throw new UserFacingException("import.communeOnly");
    }
    LocalDate today = LocalDate.now(clock);
    ImportTable table = SpreadsheetReader.read(file, maxBytes);
    progress.read(table.rows().size());
    HouseholdFileChecker checker =
        new HouseholdFileChecker(
            ImportColumns.of(standardOn(today).indicators()), villages(commune), today);
    CheckedFile checked = checker.check(table, progress::checked);
    if (!checked.isValid()) {
      return new ImportOutcome(checked.rows(), 0, 0, checked.errors());
    }
    ImportColumns columns = ImportColumns.of(List.of());
    try {
      Connection connection = em.unwrap(Connection.class);
      requireScope(connection, commune);
      List<ImportError> onRegister = againstRegister(connection, commune, checked, columns);
      if (!onRegister.isEmpty()) {
        return new ImportOutcome(checked.rows(), 0, 0, checked.errorsWith(onRegister));
      }
      progress.writing(checked.households().size());
      Map<Integer, Long> standardOfYear = new HashMap<>();
      int written =
          HouseholdWriter.write(
              connection,
              commune.getId(),
              today,
              checked.households(),
              year ->
                  standardOfYear.computeIfAbsent(
                      year, y -> storedStandardOn(LocalDate.of(y, 12, 31)).orElse(null)),
              progress::imported);
      audit.record(
          commune.getId(),
          "HOUSEHOLDS_IMPORTED",
          written + " households, " + checked.people() + " people");
      return new ImportOutcome(checked.rows(), written, checked.people(), List.of());
    } catch (SQLException e) {
      throw new IllegalStateException("household import failed", e);
    }
  }

  private AdminUnit commune(String code) {
    return units
        .findByCode(code)
        .filter(unit -> tenant.scope().map(s -> s.canRead(unit)).orElse(false))
        .orElseThrow(() -> new NotInScopeException("unit.notFound", code));
  }

  /** The batches run on the transaction's connection, which must carry the commune's scope. */
  private static void requireScope(Connection connection, AdminUnit commune) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement("SELECT current_setting('portal.write_path', true)");
        ResultSet row = query.executeQuery()) {
      row.next();
      String writePath = row.getString(1);
      if (writePath == null || !commune.getPath().startsWith(writePath) || writePath.isEmpty()) {
        throw new IllegalStateException("the import's connection is not in the commune's scope");
      }
    }
  }

  /** Codes already on the register, ID numbers on this commune's or another commune's register. */
  private List<ImportError> againstRegister(
      Connection connection, AdminUnit commune, CheckedFile checked, ImportColumns columns)
      throws SQLException {
    String codeColumn = columns.get(ImportColumns.CODE).header();
    String idColumn = columns.get(ImportColumns.ID_NUMBER).header();
    List<String> codes = new ArrayList<>();
    Map<String, Integer> rowOfId = new HashMap<>();
    for (ImportedHousehold household : checked.households()) {
      codes.add(household.code());
      for (ImportedHousehold.Member member : household.members()) {
        if (member.person().idNumber() != null) {
          rowOfId.put(member.person().idNumber(), member.row());
        }
      }
    }
    List<ImportError> errors = new ArrayList<>();
    Set<String> existing =
        strings(
            connection,
            "SELECT code FROM household WHERE unit_id = ? AND code = ANY(?)",
            commune.getId(),
            codes);
    for (ImportedHousehold household : checked.households()) {
      if (existing.contains(household.code())) {
        errors.add(
            ImportError.of(
                household.row(), codeColumn, "import.error.codeOnRegister", household.code()));
      }
    }
    List<String> ids = new ArrayList<>(rowOfId.keySet());
    Set<String> own =
        strings(
            connection,
            "SELECT id_number FROM household_member WHERE unit_id = ? AND id_number = ANY(?)",
            commune.getId(),
            ids);
    Set<String> elsewhere =
        strings(
            connection,
            "SELECT n FROM id_numbers_registered_elsewhere(?::text[], ?) AS n",
            null,
            ids,
            commune.getId());
    for (String id : ids) {
      if (own.contains(id)) {
        errors.add(ImportError.of(rowOfId.get(id), idColumn, "import.error.idOnRegister", id));
      } else if (elsewhere.contains(id)) {
        errors.add(ImportError.of(rowOfId.get(id), idColumn, "import.error.idElsewhere", id));
      }
    }
    errors.sort(Comparator.comparingInt(ImportError::row));
    return errors;
  }

  private static Set<String> strings(
      Connection connection, String sql, Long unitId, List<String> values, long... more)
      throws SQLException {
    Set<String> found = new HashSet<>();
    if (values.isEmpty()) {
      return found;
    }
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      int p = 1;
      if (unitId != null) {
        query.setLong(p++, unitId);
      }
      query.setArray(p++, connection.createArrayOf("text", values.toArray()));
      for (long value : more) {
        query.setLong(p++, value);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
    }
    return found;
  }

  /**
   * The standard in force on {@code day}: the province's, or — while the province has stored none —
   * the national one the portal ships.
   */
  PovertyStandard standardOn(LocalDate day) {
    return standards.all().stream()
        .filter(s -> s.appliesOn(day))
        .max(Comparator.comparing(PovertyStandard::getValidFrom))
        .orElseGet(() -> bundled(day));
  }

  private Optional<Long> storedStandardOn(LocalDate day) {
    return standards.all().stream()
        .filter(s -> s.appliesOn(day))
        .max(Comparator.comparing(PovertyStandard::getValidFrom))
        .map(PovertyStandard::getId);
  }

  private static PovertyStandard bundled(LocalDate day) {
    PovertyStandard chosen = null;
    for (String resource :
        List.of(StandardReader.STANDARD_2022_2025, StandardReader.STANDARD_2027_2030)) {
      try (InputStream json = HouseholdImports.class.getResourceAsStream(resource)) {
        PovertyStandard standard = StandardReader.read(0, json);
        if (chosen == null || !standard.getValidFrom().isAfter(day)) {
          chosen = standard;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return chosen;
  }
}
