package org.ifla.strategy.framework;

import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.framework.TestEditions.en;
import static org.ifla.strategy.framework.TestEditions.keyInitiative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class StrategyAreaTest {
  /** An area written outside the library, to call {@link StrategyArea#checkConsistent} on. */
  private static StrategyArea handMade(List<KeyInitiative> initiatives, List<MeasureOfSuccess> measures,
      List<Statement> items) {
    return new StrategyArea() {
      @Override
      public ElementId id() {
        return ElementId.parse("SD3");
      }

      @Override
      public ElementKind kind() {
        return ElementKind.STRATEGIC_DIRECTION;
      }

      @Override
      public Optional<String> number() {
        return Optional.of("3");
      }

      @Override
      public LocalizedText title() {
        return en("Connect and Empower the Field");
      }

      @Override
      public Optional<LocalizedText> description() {
        return Optional.empty();
      }

      @Override
      public ImmutableList<KeyInitiative> keyInitiatives() {
        return ImmutableList.copyOf(initiatives);
      }

      @Override
      public ImmutableList<MeasureOfSuccess> measuresOfSuccess() {
        return ImmutableList.copyOf(measures);
      }

      @Override
      public ImmutableList<Statement> overviewItems() {
        return ImmutableList.copyOf(items);
      }

      @Override
      public Optional<LocalizedText> fieldOutcome() {
        return Optional.empty();
      }

      @Override
      public Optional<LocalizedText> successCriteria() {
        return Optional.empty();
      }

      @Override
      public ImmutableList<LocalizedText> alternativeTitles() {
        return ImmutableList.of();
      }
    };
  }

  @Test
  void consistentAreaPasses() {
    StrategyArea area = handMade(List.of(keyInitiative("SD3.KI1", "3.1", "SD3", "Networking")),
        List.of(MeasureOfSuccess.builder().id(ElementId.parse("SD3.M1")).title(en("m")).area(ElementId.parse("SD3"))
            .build()),
        List.of(Statement.of(ElementId.parse("SD3.D1"), ElementKind.OVERVIEW_ITEM, en("item"))));
    StrategyArea.checkConsistent(area);
    assertEquals(1, area.keyInitiatives().size());
  }

  @Test
  void keyInitiativeNamingAnotherAreaFails() {
    StrategyArea area = handMade(List.of(keyInitiative("SD4.KI1", "4.1", "SD4", "Elsewhere")), List.of(), List.of());
    assertIllegalState(() -> StrategyArea.checkConsistent(area), "SD4.KI1", "SD3", "SD4");
  }

  @Test
  void measureNamingAnotherAreaFails() {
    StrategyArea area = handMade(List.of(), List.of(MeasureOfSuccess.builder().id(ElementId.parse("SD1.M1"))
        .title(en("m")).area(ElementId.parse("SD1")).build()), List.of());
    assertIllegalState(() -> StrategyArea.checkConsistent(area), "SD1.M1", "SD3", "SD1");
  }

  @Test
  void overviewItemOfAnotherKindFails() {
    StrategyArea area = handMade(List.of(), List.of(),
        List.of(Statement.of(ElementId.parse("P1"), ElementKind.PREAMBLE, en("p"))));
    assertIllegalState(() -> StrategyArea.checkConsistent(area), "P1", "SD3", "PREAMBLE");
  }

  @Test
  void everyLibraryAreaIsAnAreaKind() {
    for (StrategyArea area : TestEditions.sample().areas()) {
      assertTrue(area.kind().isArea(), area.id().toString());
    }
    assertTrue(ImpactArea.builder().id(ElementId.parse("IA1")).title(en("t")).build().kind().isArea());
    assertTrue(Enabler.builder().id(ElementId.parse("EN")).title(en("t")).build().kind().isArea());
  }
}
