package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ElementCoverageTest {
  private static final PlanPlace PART = PlanPlace.builder().planIndex(0).unit(LocalizedText.of(LanguageTag.ENGLISH,
      "U"))
      .location(PlanLocation.parse("/parts/0")).build();

  private static ElementCoverage.Builder coverage() {
    return ElementCoverage.builder().element(ElementId.parse("SD1.KI2")).kind(ElementKind.KEY_INITIATIVE);
  }

  @Test
  void addressedWhenAnyPartAligns() {
    assertFalse(coverage().build().isAddressed());
    assertTrue(coverage().addParts(PART).build().isAddressed());
    assertTrue(coverage().addActivities(PART).build().isAddressed());
    assertTrue(coverage().addPlans(PART).build().isAddressed());
    assertEquals(List.of(PART), coverage().addParts(PART).build().parts());
    assertEquals("SD1.KI2: 1 parts, 0 activities, 0 plans", coverage().addParts(PART).build().toString());
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> coverage().element(null));
    assertNullRejected(() -> coverage().addParts((PlanPlace) null));
  }

  @Test
  void equalityIsByValue() {
    assertEqualValues(coverage().addParts(PART).build(), coverage().addParts(PART).build());
    assertUnequalValues(coverage().build(), coverage().addActivities(PART).build());
  }
}
