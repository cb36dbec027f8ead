package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class PlanPlaceTest {
  private static PlanPlace.Builder part() {
    return PlanPlace.builder().planIndex(2).unit(LocalizedText.of(LanguageTag.ENGLISH, "MetLib"))
        .location(PlanLocation.parse("/parts/1"));
  }

  @Test
  void keepsEveryField() {
    PlanPlace p = part().title(LocalizedText.of(LanguageTag.ENGLISH, "Impact")).build();
    assertEquals(2, p.planIndex());
    assertEquals(LocalizedText.of(LanguageTag.ENGLISH, "MetLib"), p.unit());
    assertEquals(PlanLocation.parse("/parts/1"), p.location());
    assertEquals(Optional.of(LocalizedText.of(LanguageTag.ENGLISH, "Impact")), p.title());
    assertEquals("#2 /parts/1", p.toString());
    assertEquals("#2 (plan)", part().location(PlanLocation.root()).build().toString());
  }

  @Test
  void negativeIndexAndNullsAreRejected() {
    assertIllegalState(() -> part().planIndex(-1).build(), "-1");
    assertNullRejected(() -> part().unit(null));
    assertIllegalState(() -> PlanPlace.builder().planIndex(0).build(), "unit");
  }

  @Test
  void equalityIsByValue() {
    assertEqualValues(part().build(), part().build());
    assertUnequalValues(part().build(), part().planIndex(3).build());
  }
}
