package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ifla.strategy.Generators;
import org.junit.jupiter.api.Test;

class ElementIdTest {
  @Test
  void parseAcceptsIds() {
    for (String id : List.of("SD1", "SD1.KI2", "IA3.M4", "EN", "INTRO.1", "a", "A-b_c.d", "0")) {
      assertEquals(id, ElementId.parse(id).toString());
      assertEquals(id, ElementId.of(id).toString());
      assertTrue(ElementId.isValid(id), id);
    }
  }

  @Test
  void parseAcceptsACharSequence() {
    assertEquals(ElementId.parse("SD4.KI5"), ElementId.parse(new StringBuilder("SD4.KI5")));
  }

  @Test
  void hundredCharactersAreAllowedAndNoMore() {
    String hundred = "A".repeat(100);
    assertEquals(hundred, ElementId.parse(hundred).toString());
    assertIllegalArgument(() -> ElementId.parse(hundred + "B"), hundred + "B");
    assertFalse(ElementId.isValid(hundred + "B"));
  }

  @Test
  void malformedIdsAreRejectedNamingTheText() {
    for (String bad : List.of("", ".", "SD1.", ".SD1", "SD1..KI2", "SD 1", "SD1:KI2", "SD1-_KI2", "KI\u00e9",
        "影响1", " SD1", "SD1\n")) {
      assertIllegalArgument(() -> ElementId.parse(bad), "'" + bad + "'");
      assertIllegalArgument(() -> ElementId.of(bad), "'" + bad + "'");
      assertFalse(ElementId.isValid(bad), bad);
    }
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> ElementId.parse(null));
    assertNullRejected(() -> ElementId.of(null));
    assertFalse(ElementId.isValid(null));
  }

  @Test
  void equalityIsCaseSensitive() {
    assertEqualValues(ElementId.parse("SD1.KI2"), ElementId.of("SD1.KI2"));
    assertUnequalValues(ElementId.parse("SD1.KI2"), ElementId.parse("sd1.ki2"));
    assertUnequalValues(ElementId.parse("SD1.KI2"), ElementId.parse("SD1.KI02"));
    assertUnequalValues(ElementId.parse("SD1.KI2"), ElementId.parse("SD1.KI3"));
  }

  @Test
  void naturalOrderComparesDigitRunsByNumber() {
    List<ElementId> ids = new ArrayList<>();
    for (String s : List.of("SD10", "SD1.KI10", "SD2", "SD1.KI2", "SD1", "IA1", "EN")) {
      ids.add(ElementId.parse(s));
    }
    Collections.sort(ids);
    assertEquals("[EN, IA1, SD1, SD1.KI2, SD1.KI10, SD2, SD10]", ids.toString());
  }

  @Test
  void orderIsConsistentWithEquals() {
    assertTrue(ElementId.parse("SD1.KI02").compareTo(ElementId.parse("SD1.KI2")) != 0);
    assertEquals(0, ElementId.parse("SD1.KI2").compareTo(ElementId.parse("SD1.KI2")));
    assertTrue(ElementId.parse("SD1.KI9").compareTo(ElementId.parse("SD1.KI10")) < 0);
    assertTrue(ElementId.parse("SD1.KI10").compareTo(ElementId.parse("SD1.KI9")) > 0);
  }

  @Test
  void elementIdRoundTripsThroughItsTextForm() {
    qt().forAll(Generators.idTexts())
        .checkAssert(text -> {
          ElementId id = ElementId.parse(text);
          assertEquals(text, id.toString());
          assertEquals(id, ElementId.parse(id.toString()));
          assertTrue(ElementId.isValid(text));
        });
  }

  @Test
  void elementIdOrderIsAntisymmetricAndConsistentWithEquals() {
    qt().forAll(Generators.elementIds(), Generators.elementIds())
        .checkAssert((a, b) -> {
          assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
          assertEquals(a.equals(b), a.compareTo(b) == 0);
        });
  }

  @Test
  void elementIdOrderIsTransitive() {
    qt().forAll(Generators.elementIds(), Generators.elementIds(), Generators.elementIds())
        .checkAssert((a, b, c) -> {
          if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertTrue(a.compareTo(c) <= 0, () -> a + " <= " + b + " <= " + c);
          }
        });
  }

  @Test
  void isValidAgreesWithParseAtTheLengthLimit() {
    String hundred = "a".repeat(100);
    assertTrue(ElementId.isValid(hundred));
    assertEquals(hundred, ElementId.parse(hundred).toString());
    assertFalse(ElementId.isValid(hundred + "a"));
    assertIllegalArgument(() -> ElementId.parse(hundred + "a"));
    assertFalse(ElementId.isValid(null));
  }
}
