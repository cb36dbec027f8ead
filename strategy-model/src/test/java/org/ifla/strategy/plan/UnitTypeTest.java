package org.ifla.strategy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTypeTest {
  @Test
  void constantsAreTheDocumentedOnesInOrder() {
    assertEquals(List.of("SECTION", "SPECIAL_INTEREST_GROUP", "REVIEW_GROUP", "REGIONAL_DIVISION_COMMITTEE",
        "NETWORK", "OTHER"),
        Arrays.stream(UnitType.values()).map(Enum::name).toList());
  }

  @Test
  void valueOfReadsTheNames() {
    for (UnitType value : UnitType.values()) {
      assertEquals(value, UnitType.valueOf(value.name()));
    }
    assertThrows(IllegalArgumentException.class, () -> UnitType.valueOf("UNKNOWN_CONSTANT"));
    assertThrows(NullPointerException.class, () -> UnitType.valueOf(null));
  }
}
