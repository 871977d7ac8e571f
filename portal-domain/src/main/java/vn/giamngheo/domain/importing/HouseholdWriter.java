package vn.giamngheo.domain.importing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import vn.giamngheo.domain.household.HouseholdMember;
import vn.giamngheo.domain.standard.AnswersJson;

/**
 * Writes checked households in batches on the transaction's own connection — so row-level security
 * sees the commune's scope that the transaction set — one INSERT of many rows per table and batch
 * ({@code unnest} of arrays), never a statement per row.
 */
final class HouseholdWriter {
  static final int BATCH = 2000;

  private static final String HOUSEHOLDS =
      "INSERT INTO household (unit_id, village_id, code, head_name, address, area_type, ethnicity,"
          + " income, answers, registered_on)"
          + " SELECT ?, v, c, h, a, t, e, i, j, r::date"
          + " FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::bigint[], ?::text[], ?::text[]) AS x(v, c, h, a, t, e, i, j, r)"
          + " RETURNING id, code";
  private static final String MEMBERS =
      "INSERT INTO household_member (unit_id, household_id, full_name, birth_date, sex, ethnicity,"
          + " relation, id_number, health_insured, schooling, occupation, sort_order)"
          + " SELECT ?, h, n, b::date, s, e, r, i, ins, sc, o, so"
          + " FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::boolean[], ?::text[], ?::text[], ?::int[])"
          + " AS x(h, n, b, s, e, r, i, ins, sc, o, so)";
  private static final String STATUSES =
      "INSERT INTO household_status (unit_id, household_id, year, status, deprivations,"
          + " standard_id, source, recognised_on)"
          + " SELECT ?, h, y, s, '', sid, 'IMPORT', ?::date"
          + " FROM unnest(?::bigint[], ?::int[], ?::text[], ?::bigint[]) AS x(h, y, s, sid)";

  private HouseholdWriter() {}

  /**
   * Writes {@code households} of the commune; {@code standardOfYear} names the standard a year's
   * list was made under (null when unknown). Returns the number written.
   */
  static int write(
      Connection connection,
      long communeId,
      LocalDate day,
      List<ImportedHousehold> households,
      IntFunction<Long> standardOfYear,
      IntConsumer progress)
      throws SQLException {
    int written = 0;
    for (int from = 0; from < households.size(); from += BATCH) {
      List<ImportedHousehold> batch =
          households.subList(from, Math.min(households.size(), from + BATCH));
      Map<String, Long> ids = insertHouseholds(connection, communeId, day, batch);
      insertMembers(connection, communeId, batch, ids);
      insertStatuses(connection, communeId, day, batch, ids, standardOfYear);
      written += batch.size();
      progress.accept(written);
    }
    return written;
  }

  private static Map<String, Long> insertHouseholds(
      Connection connection, long communeId, LocalDate day, List<ImportedHousehold> batch)
      throws SQLException {
    int n = batch.size();
    Long[] villages = new Long[n];
    String[] codes = new String[n];
    String[] heads = new String[n];
    String[] addresses = new String[n];
    String[] areas = new String[n];
    String[] ethnicities = new String[n];
    Long[] incomes = new Long[n];
    String[] answers = new String[n];
    String[] registered = new String[n];
    for (int i = 0; i < n; i++) {
      ImportedHousehold h = batch.get(i);
      HouseholdMember.Person head = h.head();
      villages[i] = h.villageId();
      codes[i] = h.code();
      heads[i] = nfc(head.fullName());
      addresses[i] = nfc(h.address());
      areas[i] = h.areaType().name();
      ethnicities[i] = nfc(head.ethnicity());
      incomes[i] = h.income();
      answers[i] = AnswersJson.format(h.answers());
      registered[i] = h.registeredOn(day).toString();
    }
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement insert = connection.prepareStatement(HOUSEHOLDS)) {
      int p = 1;
      insert.setLong(p++, communeId);
      insert.setArray(p++, connection.createArrayOf("bigint", villages));
      insert.setArray(p++, connection.createArrayOf("text", codes));
      insert.setArray(p++, connection.createArrayOf("text", heads));
      insert.setArray(p++, connection.createArrayOf("text", addresses));
      insert.setArray(p++, connection.createArrayOf("text", areas));
      insert.setArray(p++, connection.createArrayOf("text", ethnicities));
      insert.setArray(p++, connection.createArrayOf("bigint", incomes));
      insert.setArray(p++, connection.createArrayOf("text", answers));
      insert.setArray(p, connection.createArrayOf("text", registered));
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getString(2), rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private static void insertMembers(
      Connection connection, long communeId, List<ImportedHousehold> batch, Map<String, Long> ids)
      throws SQLException {
    List<Long> households = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> births = new ArrayList<>();
    List<String> sexes = new ArrayList<>();
    List<String> ethnicities = new ArrayList<>();
    List<String> relations = new ArrayList<>();
    List<String> idNumbers = new ArrayList<>();
    List<Boolean> insured = new ArrayList<>();
    List<String> schooling = new ArrayList<>();
    List<String> occupations = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (ImportedHousehold h : batch) {
      long id = ids.get(h.code());
      int place = 1;
      for (ImportedHousehold.Member member : h.members()) {
        HouseholdMember.Person p = member.person();
        households.add(id);
        names.add(nfc(p.fullName()));
        births.add(p.birthDate() == null ? null : p.birthDate().toString());
        sexes.add(p.sex().name());
        ethnicities.add(nfc(p.ethnicity()));
        relations.add(nfc(p.relation()));
        idNumbers.add(p.idNumber());
        insured.add(p.healthInsured());
        schooling.add(nfc(p.schooling()));
        occupations.add(nfc(p.occupation()));
        order.add(place++);
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(MEMBERS)) {
      int p = 1;
      insert.setLong(p++, communeId);
      insert.setArray(p++, array(connection, "bigint", households));
      insert.setArray(p++, array(connection, "text", names));
      insert.setArray(p++, array(connection, "text", births));
      insert.setArray(p++, array(connection, "text", sexes));
      insert.setArray(p++, array(connection, "text", ethnicities));
      insert.setArray(p++, array(connection, "text", relations));
      insert.setArray(p++, array(connection, "text", idNumbers));
      insert.setArray(p++, array(connection, "boolean", insured));
      insert.setArray(p++, array(connection, "text", schooling));
      insert.setArray(p++, array(connection, "text", occupations));
      insert.setArray(p, array(connection, "int4", order));
      insert.executeUpdate();
    }
  }

  private static void insertStatuses(
      Connection connection,
      long communeId,
      LocalDate day,
      List<ImportedHousehold> batch,
      Map<String, Long> ids,
      IntFunction<Long> standardOfYear)
      throws SQLException {
    List<Long> households = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    List<Long> standards = new ArrayList<>();
    for (ImportedHousehold h : batch) {
      if (h.previousStatus() != null) {
        households.add(ids.get(h.code()));
        years.add(h.previousYear());
        statuses.add(h.previousStatus().name());
        standards.add(standardOfYear.apply(h.previousYear()));
      }
    }
    if (households.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(STATUSES)) {
      insert.setLong(1, communeId);
      insert.setString(2, day.toString());
      insert.setArray(3, array(connection, "bigint", households));
      insert.setArray(4, array(connection, "int4", years));
      insert.setArray(5, array(connection, "text", statuses));
      insert.setArray(6, array(connection, "bigint", standards));
      insert.executeUpdate();
    }
  }

  private static Array array(Connection connection, String type, List<?> values)
      throws SQLException {
    return connection.createArrayOf(type, values.toArray());
  }

  private static String nfc(String text) {
    return text == null
        ? ""
        : java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
  }
}
