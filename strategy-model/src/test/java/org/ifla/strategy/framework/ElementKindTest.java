package org.ifla.strategy.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElementKindTest {
  @Test
  void constantsAreTheDocumentedOnes() {
    assertEquals(List.of("VISION", "MISSION", "THEORY_OF_CHANGE", "PREAMBLE", "FIELD_OUTCOME", "STRATEGIC_DIRECTION",
        "IMPACT_AREA", "ENABLER", "KEY_INITIATIVE", "MEASURE_OF_SUCCESS", "OVERVIEW_ITEM"),
        EnumSet.allOf(ElementKind.class).stream().map(Enum::name).toList());
  }

  @Test
  void areasAreDirectionsImpactAreasAndTheEnabler() {
    Set<ElementKind> areas = EnumSet.noneOf(ElementKind.class);
    for (ElementKind kind : ElementKind.values()) {
      if (kind.isArea()) {
        areas.add(kind);
      }
    }
    assertEquals(EnumSet.of(ElementKind.STRATEGIC_DIRECTION, ElementKind.IMPACT_AREA, ElementKind.ENABLER), areas);
  }

  @Test
  void statementsAreTheTextKinds() {
    Set<ElementKind> statements = EnumSet.noneOf(ElementKind.class);
    for (ElementKind kind : ElementKind.values()) {
      if (kind.isStatement()) {
        statements.add(kind);
      }
    }
    assertEquals(EnumSet.of(ElementKind.VISION, ElementKind.MISSION, ElementKind.THEORY_OF_CHANGE,
        ElementKind.PREAMBLE, ElementKind.FIELD_OUTCOME, ElementKind.OVERVIEW_ITEM), statements);
  }

  @Test
  void keyInitiativesAndMeasuresAreNeitherAreasNorStatements() {
    for (ElementKind kind : List.of(ElementKind.KEY_INITIATIVE, ElementKind.MEASURE_OF_SUCCESS)) {
      assertEquals(false, kind.isArea(), kind.name());
      assertEquals(false, kind.isStatement(), kind.name());
    }
  }
}
