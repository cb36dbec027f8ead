package org.ifla.strategy.plan;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.ifla.strategy.Generators;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ObjectiveTest {
  private static final LocalizedText TEXT = LocalizedText.of("en",
      "To promote the exchange of knowledge and best practice");

  @Test
  void ofKeepsNumberAndText() {
    Objective objective = Objective.of("2", TEXT);
    assertEquals(Optional.of("2"), objective.number());
    assertEquals(TEXT, objective.text());
  }

  @Test
  void numberIsOptional() {
    assertEquals(Optional.empty(), Objective.builder().text(TEXT).build().number());
  }

  @Test
  void textIsRequired() {
    assertIllegalState(() -> Objective.builder().number("1").build(), "text");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Objective.of(null, TEXT));
    assertNullRejected(() -> Objective.of("1", null));
    assertNullRejected(() -> Objective.copyOf(null));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(Objective.of("2", TEXT), Objective.builder().number("2").text(TEXT).build());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(Objective.of("2", TEXT), Objective.of("3", TEXT));
    assertUnequalValues(Objective.of("2", TEXT), Objective.of("2", LocalizedText.of("en", "Other")));
    assertUnequalValues(Objective.of("2", TEXT), Objective.builder().text(TEXT).build());
  }

  @Test
  void objectiveCopyOfEqualsTheOriginal() {
    qt().forAll(Generators.labelTexts(), Generators.localizedTexts())
        .checkAssert((number, text) -> {
          Objective objective = Objective.of(number, text);
          assertEquals(objective, Objective.copyOf(objective));
          assertEquals(objective, Objective.builder().from(objective).build());
        });
  }
}
