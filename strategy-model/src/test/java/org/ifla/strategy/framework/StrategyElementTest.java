package org.ifla.strategy.framework;

import static org.ifla.strategy.framework.TestEditions.en;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrategyElementTest {
  @Test
  void everyImplementationReportsItsKind() {
    Map<ElementKind, StrategyElement> elements = Map.of(
        ElementKind.STRATEGIC_DIRECTION, StrategicDirection.builder().id(ElementId.parse("SD1")).title(en("t")).build(),
        ElementKind.IMPACT_AREA, ImpactArea.builder().id(ElementId.parse("IA1")).title(en("t")).build(),
        ElementKind.ENABLER, Enabler.builder().id(ElementId.parse("EN")).title(en("t")).build(),
        ElementKind.KEY_INITIATIVE, TestEditions.keyInitiative("SD1.KI1", "1.1", "SD1", "t"),
        ElementKind.MEASURE_OF_SUCCESS, MeasureOfSuccess.builder().id(ElementId.parse("SD1.M1")).title(en("t"))
            .area(ElementId.parse("SD1")).build(),
        ElementKind.THEORY_OF_CHANGE, Statement.of(ElementId.parse("TOC"), ElementKind.THEORY_OF_CHANGE, en("t")));
    elements.forEach((kind, element) -> assertEquals(kind, element.kind(), element.id().toString()));
  }

  @Test
  void elementsOfAnEditionKeepTheirNumbersAndTitles() {
    StrategyEdition edition = TestEditions.sample();
    List<Optional<String>> numbers = edition.elements().stream().map(StrategyElement::number).toList();
    assertEquals(List.of(Optional.<String>empty(), Optional.<String>empty(), Optional.of("1"), Optional.of("1.1"),
        Optional.of("1.2"), Optional.of("2"), Optional.<String>empty(), Optional.of("4"), Optional.of("4.5")), numbers);
    assertEquals("Capacity Building", edition.element("SD4").orElseThrow().title().text(java.util.Locale.ENGLISH));
    assertEquals("能力建设", edition.element("SD4").orElseThrow().title().text(java.util.Locale.CHINESE));
  }
}
