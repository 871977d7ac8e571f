package vn.giamngheo.tenancy.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseProvisionerTest {
  @Test
  void substitutesPsqlVariablesQuoted() {
    assertEquals(
        "SELECT 'it''s', \"a\"\"b\"",
        DatabaseProvisioner.substitute("SELECT :'x', :\"y\"", Map.of("x", "it's", "y", "a\"b")));
  }

  @Test
  void leavesCastsAlone() {
    assertEquals("SELECT 1::text", DatabaseProvisioner.substitute("SELECT 1::text", Map.of()));
  }

  @Test
  void refusesAMissingVariable() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DatabaseProvisioner.substitute("SELECT :'nope'", Map.of()));
  }
}
