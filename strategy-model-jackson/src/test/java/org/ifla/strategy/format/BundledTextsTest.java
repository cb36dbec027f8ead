package org.ifla.strategy.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ifla.strategy.jackson.StrategyJson;
import java.util.List;
import java.util.Locale;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Decoded plans share the bundled editions' numbers and titles instead of copying them. */
class BundledTextsTest {
  private static final KeyInitiative KI = IflaStrategies.strategy2019to2024().keyInitiatives().get(1);
  private static final String TITLE = KI.title().text(Locale.ENGLISH);
  private static final String NUMBER = KI.number().orElseThrow();

  @Test
  void statedNumbersAndTitlesEqualToBundledOnesAreTheBundledStrings() throws Exception {
    for (StrategyJson format : List.of(StrategyJson.json(), StrategyJson.yaml())) {
      Alignment alignment = read(format, NUMBER, TITLE);
      assertEquals(TITLE, alignment.statedTitle().orElseThrow());
      assertSame(TITLE, alignment.statedTitle().orElseThrow(), format.toString());
      // "1.2" is a number in more than one edition: the decoded one is one of theirs
      assertEquals(NUMBER, alignment.statedNumber().orElseThrow());
      assertTrue(isBundledNumber(alignment.statedNumber().orElseThrow()), format.toString());
    }
  }

  @Test
  void otherTextsAreKeptAsWritten() throws Exception {
    String written = TITLE.toUpperCase(Locale.ROOT);
    Alignment alignment = read(StrategyJson.json(), "9.9", written);
    assertEquals(written, alignment.statedTitle().orElseThrow());
    assertEquals("9.9", alignment.statedNumber().orElseThrow());
    assertNotSame(TITLE, alignment.statedTitle().orElseThrow());
    assertFalse(isBundledNumber(alignment.statedNumber().orElseThrow()));
    assertEquals("unknown", BundledTexts.shared(new String("unknown")));
  }

  private static boolean isBundledNumber(String number) {
    return IflaStrategies.all().stream().flatMap(e -> e.elements().stream())
        .anyMatch(e -> e.number().isPresent() && e.number().get() == number);
  }

  private static Alignment read(StrategyJson format, String number, String title) throws Exception {
    ActionPlan plan = ActionPlan.builder()
        .unit(ProfessionalUnit.of(UnitType.SECTION,
            LocalizedText.of(LanguageTag.ENGLISH, "Metropolitan Libraries")))
        .template(PlanTemplate.FOCUS_AREAS)
        .edition(IflaStrategies.STRATEGY_2019_2024)
        // fresh strings, as a reader would make them from a file
        .addAlignments(Alignment.builder().element(IflaStrategies.strategy2019to2024().reference(KI))
            .statedNumber(new String(number)).statedTitle(new String(title)).build())
        .build();
    return format.readPlan(format.write(plan)).alignments().get(0);
  }
}
