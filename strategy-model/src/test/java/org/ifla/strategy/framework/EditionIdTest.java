package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

class EditionIdTest {
  @Test
  void parseAcceptsIds() {
    for (String id : List.of("ifla-strategy-2024-2029", "ifla-strategic-plan-2016-2021", "my_plan.v2", "X")) {
      assertEquals(id, EditionId.parse(id).toString());
      assertEquals(id, EditionId.of(id).toString());
      assertTrue(EditionId.isValid(id), id);
    }
  }

  @Test
  void hundredCharactersAreAllowedAndNoMore() {
    String hundred = "e".repeat(100);
    assertEquals(hundred, EditionId.parse(hundred).toString());
    assertIllegalArgument(() -> EditionId.parse(hundred + "x"), hundred + "x");
    assertFalse(EditionId.isValid(hundred + "x"));
  }

  @Test
  void malformedIdsAreRejectedNamingTheText() {
    for (String bad : List.of("", "-ifla", "ifla-", "ifla--strategy", "ifla strategy", "ifla:strategy",
        "ifla/2019", "strat\u00e9gie")) {
      assertIllegalArgument(() -> EditionId.parse(bad), "'" + bad + "'");
      assertIllegalArgument(() -> EditionId.of(bad), "'" + bad + "'");
      assertFalse(EditionId.isValid(bad), bad);
    }
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> EditionId.parse(null));
    assertNullRejected(() -> EditionId.of(null));
    assertFalse(EditionId.isValid(null));
  }

  @Test
  void equalityIsCaseSensitive() {
    assertEqualValues(EditionId.parse("ifla-strategy-2019-2024"), EditionId.of("ifla-strategy-2019-2024"));
    assertUnequalValues(EditionId.parse("ifla-strategy-2019-2024"), EditionId.parse("IFLA-strategy-2019-2024"));
    assertUnequalValues(EditionId.parse("ifla-strategy-2019-2024"), EditionId.parse("ifla-strategy-2024-2029"));
  }

  @Test
  void orderIsTheTextOrder() {
    assertTrue(EditionId.parse("ifla-strategic-plan-2016-2021")
        .compareTo(EditionId.parse("ifla-strategy-2019-2024")) < 0);
    assertTrue(EditionId.parse("ifla-strategy-2024-2029").compareTo(EditionId.parse("ifla-strategy-2019-2024")) > 0);
    assertEquals(0, EditionId.parse("a").compareTo(EditionId.parse("a")));
  }

  @Test
  void editionIdRoundTripsThroughItsTextForm() {
    qt().forAll(QuickTheoriesGens.of(Generators.idTexts()))
        .checkAssert(text -> {
          EditionId id = EditionId.parse(text);
          assertEquals(text, id.toString());
          assertEquals(id, EditionId.parse(id.toString()));
          assertTrue(EditionId.isValid(text));
        });
  }

  @Test
  void editionIdOrderIsConsistentWithEquals() {
    qt().forAll(QuickTheoriesGens.of(Generators.editionIds()), QuickTheoriesGens.of(Generators.editionIds()))
        .checkAssert((a, b) -> {
          assertEquals(a.equals(b), a.compareTo(b) == 0);
          assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
        });
  }

  @Test
  void isValidAgreesWithParseAtTheLengthLimit() {
    String hundred = "a".repeat(100);
    assertTrue(EditionId.isValid(hundred));
    assertEquals(hundred, EditionId.parse(hundred).toString());
    assertFalse(EditionId.isValid(hundred + "a"));
    assertIllegalArgument(() -> EditionId.parse(hundred + "a"));
    assertFalse(EditionId.isValid(null));
  }
}
