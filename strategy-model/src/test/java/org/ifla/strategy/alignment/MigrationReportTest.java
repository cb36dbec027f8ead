package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.Mapping;
import org.ifla.strategy.framework.MappingKind;
import org.junit.jupiter.api.Test;

class MigrationReportTest {
  private static final MigratedReference MAPPED = MigratedReference.builder()
      .location(PlanLocation.parse("/parts/0/alignments/0"))
      .original(ElementReference.parse("ifla-strategy-2019-2024:SD4")).outcome(MigrationOutcome.MAPPED)
      .addTargets(ElementReference.parse("ifla-strategy-2024-2029:EN"))
      .addMappings(Mapping.of(ElementId.parse("SD4"), MappingKind.CLOSE, ElementId.parse("EN"), "Enabler"))
      .note("Enabler").build();
  private static final MigratedReference AMBIGUOUS = MigratedReference.builder()
      .location(PlanLocation.parse("/alignments/0"))
      .original(ElementReference.parse("ifla-strategy-2019-2024:SD3")).outcome(MigrationOutcome.AMBIGUOUS)
      .addTargets(ElementReference.parse("ifla-strategy-2024-2029:IA1"),
          ElementReference.parse("ifla-strategy-2024-2029:IA3"))
      .addMappings(Mapping.of(ElementId.parse("SD3"), MappingKind.NARROWER, ElementId.parse("IA1"), "connect"),
          Mapping.of(ElementId.parse("SD3"), MappingKind.NARROWER, ElementId.parse("IA3"), "empower"))
      .note("connect; empower").build();
  private static final MigratedReference UNKNOWN = MigratedReference.builder()
      .location(PlanLocation.parse("/parts/0/alignments/1"))
      .original(ElementReference.parse("ifla-strategy-2019-2024:SD4.KI5")).outcome(MigrationOutcome.UNKNOWN_ELEMENT)
      .note("no such element").build();
  private static final MigrationReport REPORT = MigrationReport.builder()
      .sourceEdition(IflaStrategies.STRATEGY_2019_2024).targetEdition(IflaStrategies.STRATEGY_2024_2029)
      .addReferences(MAPPED, AMBIGUOUS, UNKNOWN).build();

  @Test
  void referencesAreSortedIntoMappedAmbiguousAndUnmapped() {
    assertEquals(List.of(MAPPED), REPORT.mapped());
    assertEquals(List.of(AMBIGUOUS), REPORT.ambiguous());
    assertEquals(List.of(UNKNOWN), REPORT.unmapped());
    assertEquals(List.of(UNKNOWN), REPORT.with(MigrationOutcome.UNKNOWN_ELEMENT));
    assertEquals(List.of(), REPORT.with(MigrationOutcome.RETIRED));
    assertFalse(REPORT.isComplete());
    assertTrue(MigrationReport.builder().from(REPORT).references(List.of(MAPPED)).build().isComplete());
    assertNullRejected(() -> REPORT.with(null));
  }

  @Test
  void formatWritesASummaryAndOneLinePerReference() {
    assertEquals("ifla-strategy-2019-2024 -> ifla-strategy-2024-2029: 1 mapped, 1 ambiguous, 1 unmapped\n"
        + "/parts/0/alignments/0 ifla-strategy-2019-2024:SD4 -> mapped close ifla-strategy-2024-2029:EN: "
        + "Enabler\n"
        + "/alignments/0 ifla-strategy-2019-2024:SD3 -> ambiguous narrower ifla-strategy-2024-2029:IA1, "
        + "narrower ifla-strategy-2024-2029:IA3: connect; empower\n"
        + "/parts/0/alignments/1 ifla-strategy-2019-2024:SD4.KI5 -> unknown-element: no such element",
        REPORT.format());
    assertEquals(REPORT.format(), REPORT.toString());
  }

  @Test
  void equalityIsByValue() {
    assertEqualValues(REPORT, MigrationReport.builder().from(REPORT).build());
    assertUnequalValues(REPORT, MigrationReport.builder().from(REPORT).references(List.of(MAPPED)).build());
  }
}
