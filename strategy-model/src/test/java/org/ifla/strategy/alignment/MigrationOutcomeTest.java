package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MigrationOutcomeTest {
  @Test
  void onlyMappedAndAmbiguousHaveSuccessors() {
    assertTrue(MigrationOutcome.MAPPED.hasSuccessor());
    assertTrue(MigrationOutcome.AMBIGUOUS.hasSuccessor());
    assertFalse(MigrationOutcome.RETIRED.hasSuccessor());
    assertFalse(MigrationOutcome.UNKNOWN_ELEMENT.hasSuccessor());
    assertFalse(MigrationOutcome.NO_CROSSWALK.hasSuccessor());
    assertEquals(5, EnumSet.allOf(MigrationOutcome.class).size());
  }
}
