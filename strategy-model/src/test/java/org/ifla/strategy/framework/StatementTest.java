package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementTest {
  private static final Statement VISION = Statement.of(ElementId.parse("V"), ElementKind.VISION,
      en("A strong and united library field"));

  @Test
  void ofKeepsIdKindAndText() {
    assertEquals(ElementId.parse("V"), VISION.id());
    assertEquals(ElementKind.VISION, VISION.kind());
    assertEquals(en("A strong and united library field"), VISION.title());
    assertEquals(Optional.empty(), VISION.number());
    assertEquals(Optional.empty(), VISION.description());
  }

  @Test
  void builderKeepsNumberAndDescription() {
    Statement outcome = Statement.builder().id(ElementId.parse("FIELD.1")).kind(ElementKind.FIELD_OUTCOME)
        .number("1").title(en("Connected")).description(en("Libraries are connected")).build();
    assertEquals(Optional.of("1"), outcome.number());
    assertEquals(Optional.of(en("Libraries are connected")), outcome.description());
  }

  @Test
  void everyStatementKindIsAccepted() {
    for (ElementKind kind : ElementKind.values()) {
      if (kind.isStatement()) {
        assertEquals(kind, Statement.of(ElementId.parse("S"), kind, en("s")).kind());
      }
    }
  }

  @Test
  void otherKindsAreRejectedNamingIdAndKind() {
    for (ElementKind kind : ElementKind.values()) {
      if (!kind.isStatement()) {
        assertIllegalState(() -> Statement.of(ElementId.parse("SD1"), kind, en("s")), "SD1", kind.name());
      }
    }
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> Statement.of(null, ElementKind.VISION, en("v")));
    assertNullRejected(() -> Statement.of(ElementId.parse("V"), null, en("v")));
    assertNullRejected(() -> Statement.of(ElementId.parse("V"), ElementKind.VISION, null));
    assertNullRejected(() -> Statement.builder().description((org.ifla.strategy.text.LocalizedText) null));
    assertNullRejected(() -> Statement.builder().number((String) null));
  }

  @Test
  void requiredFieldsAreRequired() {
    assertIllegalState(() -> Statement.builder().kind(ElementKind.VISION).title(en("v")).build(), "id");
    assertIllegalState(() -> Statement.builder().id(ElementId.parse("V")).kind(ElementKind.VISION).build(), "title");
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(VISION, Statement.of(ElementId.parse("V"), ElementKind.VISION,
        en("A strong and united library field")));
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(VISION, Statement.of(ElementId.parse("V2"), ElementKind.VISION,
        en("A strong and united library field")));
    assertUnequalValues(VISION, Statement.of(ElementId.parse("V"), ElementKind.MISSION,
        en("A strong and united library field")));
    assertUnequalValues(VISION, Statement.of(ElementId.parse("V"), ElementKind.VISION, en("A strong field")));
    assertUnequalValues(VISION, Statement.builder().from(VISION).number("1").build());
    assertUnequalValues(VISION, Statement.builder().from(VISION).description(en("d")).build());
  }
}
