package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

class ElementReferenceTest {
  private static final EditionId STRATEGY_2019 = EditionId.parse("ifla-strategy-2019-2024");
  private static final EditionId PLAN_2016 = EditionId.parse("ifla-strategic-plan-2016-2021");

  @Test
  void parseReadsAnUnqualifiedReference() {
    ElementReference ref = ElementReference.parse("SD1.KI2");
    assertFalse(ref.isQualified());
    assertEquals(Optional.empty(), ref.edition());
    assertEquals(ElementId.parse("SD1.KI2"), ref.element());
    assertEquals("SD1.KI2", ref.toString());
  }

  @Test
  void parseReadsAQualifiedReference() {
    ElementReference ref = ElementReference.parse("ifla-strategy-2019-2024:SD1.KI2");
    assertTrue(ref.isQualified());
    assertEquals(Optional.of(STRATEGY_2019), ref.edition());
    assertEquals(ElementId.parse("SD1.KI2"), ref.element());
    assertEquals("ifla-strategy-2019-2024:SD1.KI2", ref.toString());
  }

  @Test
  void factoriesMakeTheSameReferencesAsParse() {
    assertEqualValues(ElementReference.parse("ifla-strategy-2019-2024:SD4"),
        ElementReference.of(STRATEGY_2019, ElementId.parse("SD4")));
    assertEqualValues(ElementReference.parse("SD4"), ElementReference.of(ElementId.parse("SD4")));
  }

  @Test
  void editionOrPrefersTheReferencesOwnEdition() {
    assertEquals(STRATEGY_2019, ElementReference.parse("SD4").editionOr(STRATEGY_2019));
    assertEquals(PLAN_2016, ElementReference.parse("ifla-strategic-plan-2016-2021:SD4").editionOr(STRATEGY_2019));
  }

  @Test
  void malformedReferencesAreRejectedNamingTheBadPart() {
    assertIllegalArgument(() -> ElementReference.parse("a:b:c"), "'a:b:c'");
    assertIllegalArgument(() -> ElementReference.parse(":SD1"), "''");
    assertIllegalArgument(() -> ElementReference.parse("ifla-strategy-2019-2024:"), "''");
    assertIllegalArgument(() -> ElementReference.parse("ifla strategy:SD1"), "'ifla strategy'");
    assertIllegalArgument(() -> ElementReference.parse("ifla-strategy-2019-2024:KI 1.2"), "'KI 1.2'");
    assertIllegalArgument(() -> ElementReference.parse(""), "''");
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> ElementReference.parse(null));
    assertNullRejected(() -> ElementReference.of(null));
    assertNullRejected(() -> ElementReference.of(null, ElementId.parse("SD1")));
    assertNullRejected(() -> ElementReference.of(STRATEGY_2019, null));
    assertNullRejected(() -> ElementReference.parse("SD1").editionOr(null));
    assertNullRejected(() -> ElementReference.parse("ifla-strategy-2019-2024:SD1").editionOr(null));
  }

  @Test
  void oneFieldChangedIsUnequal() {
    ElementReference ref = ElementReference.parse("ifla-strategy-2019-2024:SD1.KI2");
    assertUnequalValues(ref, ElementReference.parse("SD1.KI2"));
    assertUnequalValues(ref, ElementReference.parse("ifla-strategic-plan-2016-2021:SD1.KI2"));
    assertUnequalValues(ref, ElementReference.parse("ifla-strategy-2019-2024:SD1.KI3"));
  }

  @Test
  void elementReferenceRoundTripsThroughItsTextForm() {
    qt().forAll(QuickTheoriesGens.of(Generators.elementReferences()))
        .checkAssert(ref -> {
          assertEquals(ref, ElementReference.parse(ref.toString()));
          assertEquals(ref.hashCode(), ElementReference.parse(ref.toString()).hashCode());
        });
  }

  @Test
  void elementReferenceTextIsEditionColonIdOrId() {
    qt().forAll(QuickTheoriesGens.of(Generators.editionIds()), QuickTheoriesGens.of(Generators.elementIds()))
        .checkAssert((edition, id) -> {
          assertEquals(edition + ":" + id, ElementReference.of(edition, id).toString());
          assertEquals(id.toString(), ElementReference.of(id).toString());
          assertEquals(ElementReference.of(edition, id), ElementReference.parse(edition + ":" + id));
        });
  }

  @Test
  void equalReferencesHaveEqualHashCodesAndOthersDiffer() {
    ElementReference a = ElementReference.parse("ifla-strategy-2019-2024:SD1.KI2");
    assertEquals(ElementReference.of(EditionId.parse("ifla-strategy-2019-2024"), ElementId.parse("SD1.KI2"))
        .hashCode(), a.hashCode());
    assertFalse(a.hashCode() == ElementReference.parse("ifla-strategy-2019-2024:SD1.KI3").hashCode());
    assertFalse(a.hashCode() == ElementReference.parse("SD1.KI2").hashCode());
  }
}
