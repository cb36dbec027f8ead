package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.plan.AlignmentLevel;
import org.junit.jupiter.api.Test;

/** What a title stated alone names, and that bundled editions' answers are remembered, users' editions' not. */
class TitleResolutionTest {
  private static final StrategyEdition E16 = IflaStrategies.strategicPlan2016to2021();
  private static final Optional<AlignmentLevel> KI = Optional.of(AlignmentLevel.KEY_INITIATIVE);

  @Test
  void aShortFormHeldByOneTitleNamesThatElement() {
    TitleResolution r = TitleResolution.of(E16, "International Advocacy", KI);
    assertEquals(Optional.of(ElementId.parse("SD4.KI2")), r.element().map(StrategyElement::id));
    assertTrue(r.nearest().isEmpty());
  }

  @Test
  void aTitleNoElementHasGetsTheNearestTitles() {
    TitleResolution r = TitleResolution.of(E16, "Inclusion of Public Libraries", KI);
    assertEquals(Optional.empty(), r.element());
    assertTrue(!r.nearest().isEmpty() && r.nearest().size() <= TitleResolution.NEAREST, r.nearest()::toString);
  }

  @Test
  void aBundledEditionsAnswerIsRememberedPerLevelAndTitle() {
    TitleResolution first = TitleResolution.of(E16, "Capacity Building", Optional.of(AlignmentLevel.AREA));
    assertSame(first, TitleResolution.of(E16, "Capacity Building", Optional.of(AlignmentLevel.AREA)));
    assertNotSame(first, TitleResolution.of(E16, "Capacity Building", KI));
    assertNotSame(first, TitleResolution.of(E16, "capacity building", Optional.of(AlignmentLevel.AREA)));
    assertEquals(first.element(), TitleResolution.of(E16, "Capacity Building", KI).element());
  }

  @Test
  void aUsersEditionIsNotRememberedEvenWithABundledId() {
    StrategyEdition copy = StrategyEdition.builder().from(E16).build();
    TitleResolution first = TitleResolution.of(copy, "Capacity Building", Optional.empty());
    assertNotSame(first, TitleResolution.of(copy, "Capacity Building", Optional.empty()));
    assertEquals(Optional.of(ElementId.parse("SD4")), first.element().map(StrategyElement::id));
  }
}
