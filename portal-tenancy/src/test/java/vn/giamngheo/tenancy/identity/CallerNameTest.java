package vn.giamngheo.tenancy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallerNameTest {
  @Test
  void splitsUnitCodeFromUsername() {
    assertEquals(new CallerName("15160", "vhcs"), CallerName.parse("15160/vhcs").orElseThrow());
    assertEquals("15163/vhcs", CallerName.of("15163", "vhcs"));
  }

  @Test
  void refusesNamesWithoutUnitOrUser() {
    assertTrue(CallerName.parse("vhcs").isEmpty());
    assertTrue(CallerName.parse("/vhcs").isEmpty());
    assertTrue(CallerName.parse("15160/").isEmpty());
    assertTrue(CallerName.parse(null).isEmpty());
  }
}
