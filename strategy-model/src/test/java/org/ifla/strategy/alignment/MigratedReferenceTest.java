package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.Mapping;
import org.ifla.strategy.framework.MappingKind;
import org.junit.jupiter.api.Test;

class MigratedReferenceTest {
  private static final ElementReference ORIGINAL = ElementReference.parse("ifla-strategy-2019-2024:SD4");
  private static final ElementReference EN = ElementReference.parse("ifla-strategy-2024-2029:EN");
  private static final Mapping MAPPING = Mapping.of(ElementId.parse("SD4"), MappingKind.CLOSE, ElementId.parse("EN"),
      "becomes the Enabler");

  private static MigratedReference.Builder mapped() {
    return MigratedReference.builder().location(PlanLocation.parse("/parts/0/alignments/0"))
        .original(ORIGINAL).outcome(MigrationOutcome.MAPPED).addTargets(EN).addMappings(MAPPING)
        .note("becomes the Enabler");
  }

  @Test
  void keepsEveryField() {
    MigratedReference r = mapped().build();
    assertEquals(PlanLocation.parse("/parts/0/alignments/0"), r.location());
    assertEquals(ORIGINAL, r.original());
    assertEquals(MigrationOutcome.MAPPED, r.outcome());
    assertEquals(List.of(EN), r.targets());
    assertEquals(List.of(MAPPING), r.mappings());
    assertEquals("/parts/0/alignments/0 ifla-strategy-2019-2024:SD4 MAPPED -> [ifla-strategy-2024-2029:EN]",
        r.toString());
  }

  @Test
  void targetsAgreeWithTheOutcome() {
    assertIllegalState(() -> mapped().addTargets(ElementReference.parse("ifla-strategy-2024-2029:IA1")).build(),
        "MAPPED", "2 targets");
    assertIllegalState(() -> mapped().outcome(MigrationOutcome.AMBIGUOUS).build(), "AMBIGUOUS", "1 targets");
    assertIllegalState(() -> mapped().outcome(MigrationOutcome.RETIRED).build(), "RETIRED");
    assertIllegalState(() -> mapped().targets(List.of(ElementReference.parse("EN"))).build(), "unqualified");
    assertIllegalState(() -> mapped().original(ElementReference.parse("SD4")).build(), "names no edition");
    assertIllegalState(() -> mapped().note(" ").build(), "blank note");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> MigratedReference.builder().original(null));
    assertNullRejected(() -> MigratedReference.builder().location(null));
    assertIllegalState(() -> MigratedReference.builder().original(ORIGINAL).build(), "location");
  }

  @Test
  void equalityIsByValue() {
    assertEqualValues(mapped().build(), mapped().build());
    assertUnequalValues(mapped().build(), mapped().note("other").build());
  }
}
