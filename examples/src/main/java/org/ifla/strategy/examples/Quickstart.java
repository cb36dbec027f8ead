package org.ifla.strategy.examples;

import java.util.Locale;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;

/** The README's ten-line sample: a bundled edition in two languages, and a plan checked against its edition. */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the sample.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    StrategyEdition strategy = IflaStrategies.strategy2024to2029();
    System.out.println(strategy.vision().orElseThrow().title().text(Locale.ENGLISH));
    System.out.println(strategy.areas().get(0).title().text(Locale.CHINESE));   // 充满活力的全球专业社区

    ActionPlan plan = ActionPlan.builder()
        .unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of(LanguageTag.ENGLISH, "Metropolitan Libraries")))
        .template(PlanTemplate.FOCUS_AREAS).edition(IflaStrategies.STRATEGY_2019_2024)
        .period(StatedTimeframe.parse("2019 – 2020"))
        .addParts(PlanPart.builder().title(LocalizedText.of(LanguageTag.ENGLISH, "Impact measurement"))
            .addAlignments(Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE)
                .element(ElementReference.parse("SD4.KI5")).statedNumber("4.5").build())
            .build())
        .build();
    AlignmentReport report = RuleSet.standard().check(plan);
    System.out.println(report.format(Locale.CHINESE));
  }
}
