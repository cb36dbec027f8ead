package org.ifla.strategy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingNeedTest {
  @Test
  void constantsAreTheDocumentedOnesInOrder() {
    assertEquals(List.of("YES", "NO", "NOT_STATED"),
        Arrays.stream(FundingNeed.values()).map(Enum::name).toList());
  }

  @Test
  void valueOfReadsTheNames() {
    for (FundingNeed value : FundingNeed.values()) {
      assertEquals(value, FundingNeed.valueOf(value.name()));
    }
    assertThrows(IllegalArgumentException.class, () -> FundingNeed.valueOf("UNKNOWN_CONSTANT"));
    assertThrows(NullPointerException.class, () -> FundingNeed.valueOf(null));
  }
}
