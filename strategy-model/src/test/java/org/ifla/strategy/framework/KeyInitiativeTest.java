package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyInitiativeTest {
  private static final KeyInitiative KI = KeyInitiative.builder()
      .id(ElementId.parse("SD1.KI2"))
      .number("1.2")
      .title(en("Build a strong presence"))
      .area(ElementId.parse("SD1"))
      .description(en("We will strengthen our links"))
      .build();

  @Test
  void builderKeepsEveryField() {
    assertEquals(ElementId.parse("SD1.KI2"), KI.id());
    assertEquals(ElementKind.KEY_INITIATIVE, KI.kind());
    assertEquals(Optional.of("1.2"), KI.number());
    assertEquals(en("Build a strong presence"), KI.title());
    assertEquals(ElementId.parse("SD1"), KI.area());
    assertEquals(Optional.of(en("We will strengthen our links")), KI.description());
  }

  @Test
  void numberAndDescriptionAreOptional() {
    KeyInitiative unnumbered = KeyInitiative.builder().id(ElementId.parse("IA1.KI1")).title(en("t"))
        .area(ElementId.parse("IA1")).build();
    assertEquals(Optional.empty(), unnumbered.number());
    assertEquals(Optional.empty(), unnumbered.description());
  }

  @Test
  void requiredFieldsAreRequired() {
    assertIllegalState(() -> KeyInitiative.builder().id(ElementId.parse("SD1.KI1")).title(en("t")).build(), "area");
    assertIllegalState(() -> KeyInitiative.builder().title(en("t")).area(ElementId.parse("SD1")).build(), "id");
    assertIllegalState(() -> KeyInitiative.builder().id(ElementId.parse("SD1.KI1")).area(ElementId.parse("SD1"))
        .build(), "title");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> KeyInitiative.builder().id(null));
    assertNullRejected(() -> KeyInitiative.builder().number((String) null));
    assertNullRejected(() -> KeyInitiative.builder().title(null));
    assertNullRejected(() -> KeyInitiative.builder().area(null));
    assertNullRejected(() -> KeyInitiative.builder().description((org.ifla.strategy.text.LocalizedText) null));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(KI, KeyInitiative.builder().from(KI).build());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(KI, KeyInitiative.builder().from(KI).id(ElementId.parse("SD1.KI3")).build());
    assertUnequalValues(KI, KeyInitiative.builder().from(KI).number("1.3").build());
    assertUnequalValues(KI, KeyInitiative.builder().from(KI).number(Optional.empty()).build());
    assertUnequalValues(KI, KeyInitiative.builder().from(KI).title(en("Other")).build());
    assertUnequalValues(KI, KeyInitiative.builder().from(KI).area(ElementId.parse("SD2")).build());
    assertUnequalValues(KI, KeyInitiative.builder().from(KI).description(Optional.empty()).build());
  }
}
