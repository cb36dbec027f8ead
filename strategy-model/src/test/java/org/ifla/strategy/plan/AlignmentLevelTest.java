package org.ifla.strategy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentLevelTest {
  @Test
  void constantsAreTheDocumentedOnesInOrder() {
    assertEquals(List.of("AREA", "KEY_INITIATIVE"),
        Arrays.stream(AlignmentLevel.values()).map(Enum::name).toList());
  }

  @Test
  void valueOfReadsTheNames() {
    for (AlignmentLevel value : AlignmentLevel.values()) {
      assertEquals(value, AlignmentLevel.valueOf(value.name()));
    }
    assertThrows(IllegalArgumentException.class, () -> AlignmentLevel.valueOf("UNKNOWN_CONSTANT"));
    assertThrows(NullPointerException.class, () -> AlignmentLevel.valueOf(null));
  }
}
