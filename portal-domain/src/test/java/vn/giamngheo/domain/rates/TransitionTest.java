package vn.giamngheo.domain.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.domain.standard.PovertyStatus;

class TransitionTest {
  /** Every pair of lists, with and without an earlier year on the poor list; '-' is no list. */
  @ParameterizedTest(name = "{0} -> {1}, poor earlier {2}: {3}")
  @CsvSource({
    "POOR,      POOR,      false, STAYED_POOR",
    "POOR,      POOR,      true,  STAYED_POOR",
    "POOR,      NEAR_POOR, false, ESCAPED_POVERTY",
    "POOR,      AVERAGE,   false, ESCAPED_POVERTY",
    "POOR,      NONE,      true,  ESCAPED_POVERTY",
    "POOR,      -,         false, ESCAPED_POVERTY",
    "-,         POOR,      false, NEWLY_POOR",
    "NEAR_POOR, POOR,      false, NEWLY_POOR",
    "AVERAGE,   POOR,      false, NEWLY_POOR",
    "-,         POOR,      true,  FELL_BACK",
    "NEAR_POOR, POOR,      true,  FELL_BACK",
    "NONE,      POOR,      true,  FELL_BACK",
    "NEAR_POOR, NEAR_POOR, false, STAYED_NEAR_POOR",
    "NEAR_POOR, NEAR_POOR, true,  STAYED_NEAR_POOR",
    "NEAR_POOR, -,         false, ESCAPED_NEAR_POVERTY",
    "NEAR_POOR, AVERAGE,   false, ESCAPED_NEAR_POVERTY",
    "NEAR_POOR, NONE,      true,  ESCAPED_NEAR_POVERTY",
    "-,         NEAR_POOR, false, NEWLY_NEAR_POOR",
    "-,         NEAR_POOR, true,  NEWLY_NEAR_POOR",
    "AVERAGE,   NEAR_POOR, false, NEWLY_NEAR_POOR",
    "-,         -,         false, -",
    "-,         -,         true,  -",
    "AVERAGE,   NONE,      false, -",
    "NONE,      AVERAGE,   true,  -",
  })
  void fromTheListsOfTwoYears(String before, String now, boolean poorEarlier, String expected) {
    assertEquals(
        expected.equals("-") ? Optional.empty() : Optional.of(Transition.valueOf(expected)),
        Transition.of(status(before), status(now), poorEarlier));
  }

  private static PovertyStatus status(String name) {
    return name.equals("-") ? null : PovertyStatus.valueOf(name);
  }
}
