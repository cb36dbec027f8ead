package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.ifla.strategy.framework.TestEditions.keyInitiative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

class EditionCatalogTest {
  private static final EditionId OLD_ID = EditionId.parse("old-plan-2016-2021");
  private static final StrategyEdition SAMPLE = TestEditions.sample();
  /** An older edition that also has SD1, SD1.KI1 and SD4.KI5 but not SD2. */
  private static final StrategyEdition OLD = StrategyEdition.builder()
      .id(OLD_ID).title(en("Old Plan")).firstYear(2016).lastYear(2021)
      .addAreas(StrategicDirection.builder().id(ElementId.parse("SD1")).number("1").title(en("Libraries in Society"))
          .addKeyInitiatives(keyInitiative("SD1.KI1", "1.1", "SD1", "Promoting reading")).build())
      .addAreas(StrategicDirection.builder().id(ElementId.parse("SD4")).number("4").title(en("Capacity Building"))
          .addKeyInitiatives(keyInitiative("SD4.KI5", "4.5", "SD4", "Strengthening IFLA")).build())
      .build();
  private static final EditionCatalog CATALOG = EditionCatalog.of(OLD, SAMPLE);

  @Test
  void editionsAreKeptInOrder() {
    assertEquals(List.of(OLD, SAMPLE), CATALOG.editions());
    assertEquals(List.of(SAMPLE, OLD), EditionCatalog.of(List.of(SAMPLE, OLD)).editions());
    assertEquals(List.of(), EditionCatalog.of().editions());
  }

  @Test
  void editionFindsById() {
    assertEquals(Optional.of(SAMPLE), CATALOG.edition(TestEditions.SAMPLE_ID));
    assertEquals(Optional.empty(), CATALOG.edition(EditionId.parse("unknown")));
  }

  @Test
  void twoEditionsWithOneIdAreRejected() {
    StrategyEdition twin = StrategyEdition.builder().from(SAMPLE).firstYear(2020).build();
    assertIllegalArgument(() -> EditionCatalog.of(SAMPLE, twin), "sample-strategy-2019-2024");
    assertIllegalArgument(() -> EditionCatalog.of(List.of(OLD, OLD)), "old-plan-2016-2021");
  }

  @Test
  void withAddsOrReplaces() {
    EditionCatalog one = EditionCatalog.of(OLD);
    assertEquals(List.of(OLD, SAMPLE), one.with(SAMPLE).editions());
    StrategyEdition newer = StrategyEdition.builder().from(OLD).lastYear(2022).build();
    assertEquals(List.of(newer), one.with(newer).editions());
    assertEquals(List.of(OLD), one.editions());
  }

  @Test
  void resolveUsesTheQualifiedEdition() {
    StrategyElement ki = CATALOG.resolve(ElementReference.parse("old-plan-2016-2021:SD1.KI1"),
        Optional.of(TestEditions.SAMPLE_ID)).orElseThrow();
    assertEquals("Promoting reading", ki.title().text(java.util.Locale.ENGLISH));
  }

  @Test
  void resolveUsesTheContextForAnUnqualifiedReference() {
    assertEquals("Show the power of libraries", CATALOG.resolve(ElementReference.parse("SD1.KI1"),
        Optional.of(TestEditions.SAMPLE_ID)).orElseThrow().title().text(java.util.Locale.ENGLISH));
    assertEquals("Promoting reading", CATALOG.resolve(ElementReference.parse("SD1.KI1"), Optional.of(OLD_ID))
        .orElseThrow().title().text(java.util.Locale.ENGLISH));
  }

  @Test
  void resolveFindsNothingWithoutAKnownEditionOrElement() {
    assertEquals(Optional.empty(), CATALOG.resolve(ElementReference.parse("SD1.KI1"), Optional.empty()));
    assertEquals(Optional.empty(), CATALOG.resolve(ElementReference.parse("unknown:SD1"), Optional.of(OLD_ID)));
    assertEquals(Optional.empty(), CATALOG.resolve(ElementReference.parse("SD1.KI1"),
        Optional.of(EditionId.parse("unknown"))));
    assertEquals(Optional.empty(), CATALOG.resolve(ElementReference.parse("SD2"), Optional.of(OLD_ID)));
  }

  @Test
  void editionsContainingListsTheEditionsWithTheId() {
    assertEquals(List.of(OLD, SAMPLE), CATALOG.editionsContaining(ElementId.parse("SD4.KI5"), Optional.empty()));
    assertEquals(List.of(OLD), CATALOG.editionsContaining(ElementId.parse("SD4.KI5"),
        Optional.of(TestEditions.SAMPLE_ID)));
    assertEquals(List.of(SAMPLE), CATALOG.editionsContaining(ElementId.parse("SD2"), Optional.empty()));
    assertEquals(List.of(), CATALOG.editionsContaining(ElementId.parse("SD2"), Optional.of(TestEditions.SAMPLE_ID)));
    assertEquals(List.of(), CATALOG.editionsContaining(ElementId.parse("SD9"), Optional.empty()));
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> EditionCatalog.of((Iterable<StrategyEdition>) null));
    assertNullRejected(() -> EditionCatalog.of(SAMPLE, null));
    assertNullRejected(() -> EditionCatalog.of(Arrays.asList(SAMPLE, null)));
    assertNullRejected(() -> CATALOG.with(null));
    assertNullRejected(() -> CATALOG.edition(null));
    assertNullRejected(() -> CATALOG.resolve(null, Optional.empty()));
    assertNullRejected(() -> CATALOG.resolve(ElementReference.parse("SD1"), null));
    assertNullRejected(() -> CATALOG.editionsContaining(null, Optional.empty()));
    assertNullRejected(() -> CATALOG.editionsContaining(ElementId.parse("SD1"), null));
  }

  @Test
  void equalityDependsOnEditionsAndOrder() {
    assertEqualValues(EditionCatalog.of(OLD, SAMPLE), EditionCatalog.of(List.of(OLD, SAMPLE)));
    assertUnequalValues(EditionCatalog.of(OLD, SAMPLE), EditionCatalog.of(SAMPLE, OLD));
    assertUnequalValues(EditionCatalog.of(OLD, SAMPLE), EditionCatalog.of(OLD));
  }

  @Test
  void editionsAreUnmodifiable() {
    assertUnmodifiable(CATALOG.editions(), SAMPLE);
  }

  @Test
  void toStringListsTheIds() {
    assertEquals("EditionCatalog[old-plan-2016-2021, sample-strategy-2019-2024]", CATALOG.toString());
  }

  @Test
  void editionCatalogResolvesEveryQualifiedReferenceOfItsEditions() {
    qt().withExamples(100).forAll(QuickTheoriesGens.of(Generators.strategyEditions()))
        .checkAssert(edition -> {
          EditionCatalog catalog = EditionCatalog.of(OLD).with(edition);
          for (StrategyElement element : edition.elements()) {
            assertSame(element, catalog.resolve(edition.reference(element), Optional.of(OLD_ID)).orElseThrow());
            assertSame(element, catalog.resolve(ElementReference.of(element.id()), Optional.of(edition.id()))
                .orElseThrow());
          }
        });
  }
}
