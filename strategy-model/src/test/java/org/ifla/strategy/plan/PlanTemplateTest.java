package org.ifla.strategy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTemplateTest {
  @Test
  void constantsAreTheDocumentedOnesInOrder() {
    assertEquals(List.of("OBJECTIVES", "FOCUS_AREAS", "PROJECTS", "GOALS", "OTHER"),
        Arrays.stream(PlanTemplate.values()).map(Enum::name).toList());
  }

  @Test
  void valueOfReadsTheNames() {
    for (PlanTemplate value : PlanTemplate.values()) {
      assertEquals(value, PlanTemplate.valueOf(value.name()));
    }
    assertThrows(IllegalArgumentException.class, () -> PlanTemplate.valueOf("UNKNOWN_CONSTANT"));
    assertThrows(NullPointerException.class, () -> PlanTemplate.valueOf(null));
  }
}
