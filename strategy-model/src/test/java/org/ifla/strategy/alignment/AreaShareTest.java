package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ifla.strategy.framework.ElementId;
import org.junit.jupiter.api.Test;

class AreaShareTest {
  private static final ElementId SD1 = ElementId.parse("SD1");

  @Test
  void shareIsThePartOfTheTotal() {
    assertEquals(0.18, AreaShare.of(SD1, 9, 50).share(), 1e-9);
    assertEquals(0, AreaShare.of(SD1, 0, 0).share());
    assertEquals(1, AreaShare.of(SD1, 3, 3).share());
    assertEquals("SD1: 9 of 50 parts", AreaShare.of(SD1, 9, 50).toString());
  }

  @Test
  void impossibleCountsAreRejected() {
    assertIllegalState(() -> AreaShare.of(SD1, 4, 3), "4 of 3");
    assertIllegalState(() -> AreaShare.of(SD1, -1, 3), "-1 of 3");
    assertNullRejected(() -> AreaShare.of(null, 1, 2));
  }

  @Test
  void equalityIsByValue() {
    assertEqualValues(AreaShare.of(SD1, 1, 2), AreaShare.of(SD1, 1, 2));
    assertUnequalValues(AreaShare.of(SD1, 1, 2), AreaShare.of(SD1, 1, 3));
  }
}
