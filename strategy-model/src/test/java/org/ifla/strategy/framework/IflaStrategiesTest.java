package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IflaStrategiesTest {
  private static List<String> ids(List<? extends StrategyElement> elements) {
    return elements.stream().map(e -> e.id().toString()).toList();
  }

  @Test
  void editionIdsAreTheDocumentedOnes() {
    assertEquals("ifla-strategic-plan-2016-2021", IflaStrategies.STRATEGIC_PLAN_2016_2021.toString());
    assertEquals("ifla-strategy-2019-2024", IflaStrategies.STRATEGY_2019_2024.toString());
    assertEquals("ifla-strategy-2024-2029", IflaStrategies.STRATEGY_2024_2029.toString());
  }

  @Test
  void allHoldsTheThreeEditionsOldestFirst() {
    assertEquals(List.of("ifla-strategic-plan-2016-2021", "ifla-strategy-2019-2024", "ifla-strategy-2024-2029"),
        IflaStrategies.all().stream().map(e -> e.id().toString()).toList());
    assertEquals(IflaStrategies.all(), IflaStrategies.catalog().editions());
  }

  @Test
  void everyCallReturnsTheSameInstances() {
    assertSame(IflaStrategies.catalog(), IflaStrategies.catalog());
    assertSame(IflaStrategies.strategy2019to2024(), IflaStrategies.edition(IflaStrategies.STRATEGY_2019_2024)
        .orElseThrow());
    assertSame(IflaStrategies.strategicPlan2016to2021(), IflaStrategies.all().get(0));
    assertSame(IflaStrategies.strategy2024to2029(), IflaStrategies.all().get(2));
  }

  @Test
  void editionOfAnUnknownIdIsEmpty() {
    assertEquals(Optional.empty(), IflaStrategies.edition(EditionId.parse("ifla-strategy-2030-2035")));
    assertNullRejected(() -> IflaStrategies.edition(null));
  }

  @Test
  void periodsAreTheEditionsYears() {
    assertEquals(List.of(2016, 2021), List.of(IflaStrategies.strategicPlan2016to2021().firstYear(),
        IflaStrategies.strategicPlan2016to2021().lastYear()));
    assertEquals(List.of(2019, 2024), List.of(IflaStrategies.strategy2019to2024().firstYear(),
        IflaStrategies.strategy2019to2024().lastYear()));
    assertEquals(List.of(2024, 2029), List.of(IflaStrategies.strategy2024to2029().firstYear(),
        IflaStrategies.strategy2024to2029().lastYear()));
  }

  @Test
  void strategicPlan2016HasFourDirectionsAndFifteenKeyInitiatives() {
    StrategyEdition edition = IflaStrategies.strategicPlan2016to2021();
    assertEquals(List.of("SD1", "SD2", "SD3", "SD4"), ids(edition.areas()));
    assertEquals(List.of(4, 3, 3, 5), edition.areas().stream().map(a -> a.keyInitiatives().size()).toList());
    assertEquals("Capacity Building", edition.element("SD4").orElseThrow().title().text(Locale.ENGLISH));
    assertEquals("SD4.KI5", edition.elementNumbered("4.5").orElseThrow().id().toString());
  }

  @Test
  void strategy2019HasSixteenKeyInitiativesAndNoFourPointFive() {
    StrategyEdition edition = IflaStrategies.strategy2019to2024();
    assertEquals(List.of("SD1", "SD2", "SD3", "SD4"), ids(edition.areas()));
    assertEquals(16, edition.keyInitiatives().size());
    assertEquals(List.of(4, 4, 4, 4), edition.areas().stream().map(a -> a.keyInitiatives().size()).toList());
    assertEquals(Optional.empty(), edition.elementNumbered("4.5"));
    assertFalse(edition.contains(ElementId.parse("SD4.KI5")));
    assertTrue(edition.vision().isPresent());
    assertTrue(edition.mission().isPresent());
    assertEquals("Strengthen the Global Voice of Libraries",
        edition.element("SD1").orElseThrow().title().text(Locale.ENGLISH));
    assertEquals("Show the power of libraries in achieving the Sustainable Development Goals",
        edition.elementNumbered("1.1").orElseThrow().title().text(Locale.ENGLISH));
  }

  @Test
  void strategy2024HasThreeImpactAreasAndTheEnabler() {
    StrategyEdition edition = IflaStrategies.strategy2024to2029();
    assertEquals(List.of("IA1", "IA2", "IA3", "EN"), ids(edition.areas()));
    assertEquals(List.of(ElementKind.IMPACT_AREA, ElementKind.IMPACT_AREA, ElementKind.IMPACT_AREA,
        ElementKind.ENABLER), edition.areas().stream().map(StrategyElement::kind).toList());
    assertTrue(edition.vision().isPresent());
  }

  @Test
  void catalogResolvesQualifiedReferencesAcrossEditions() {
    EditionCatalog catalog = IflaStrategies.catalog();
    assertEquals("SD4.KI5", catalog.resolve(ElementReference.parse("ifla-strategic-plan-2016-2021:SD4.KI5"),
        Optional.of(IflaStrategies.STRATEGY_2019_2024)).orElseThrow().id().toString());
    assertEquals(Optional.empty(), catalog.resolve(ElementReference.parse("SD4.KI5"),
        Optional.of(IflaStrategies.STRATEGY_2019_2024)));
    assertEquals(List.of(IflaStrategies.strategicPlan2016to2021()),
        catalog.editionsContaining(ElementId.parse("SD4.KI5"), Optional.of(IflaStrategies.STRATEGY_2019_2024)));
  }

  @Test
  void everyBundledLabelHasEnglish() {
    for (StrategyEdition edition : IflaStrategies.all()) {
      assertTrue(edition.translationCompleteness("en").isComplete(), edition.id().toString());
    }
  }
}
