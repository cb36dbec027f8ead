package org.ifla.strategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * How a user tests their own rule with generated plans (QuickTheories inside JUnit 5): the custom rule reports
 * exactly the activities that name no one responsible, wherever they stand.
 */
class CustomRulePropertyTest {
  private static final RuleSet RULES = RuleSet.of(CustomRule.ACTIVITY_WITHOUT_RESPONSIBILITY);

  /** Activities with or without a responsible person. */
  private static Gen<Activity> activities() {
    return Generate.booleans().zip(integers().between(1, 99), (responsible, n) -> {
      Activity.Builder activity = Activity.builder().title(LocalizedText.of("en", "Activity " + n));
      if (responsible) {
        activity.responsibility("Member " + n);
      }
      return activity.build();
    });
  }

  /** Plans of one to four focus areas, each with zero to five activities. */
  private static Gen<ActionPlan> plans() {
    return lists().of(lists().of(activities()).ofSizeBetween(0, 5)).ofSizeBetween(1, 4).map(parts -> {
      ActionPlan.Builder plan = ActionPlan.builder()
          .unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of("en", "Test Section")))
          .template(PlanTemplate.FOCUS_AREAS).edition(IflaStrategies.STRATEGY_2024_2029);
      for (List<Activity> activities : parts) {
        plan.addParts(PlanPart.builder().activities(activities).build());
      }
      return plan.build();
    });
  }

  @Test
  void reportsExactlyTheActivitiesWithNoOneResponsible() {
    qt().withExamples(200).forAll(plans()).checkAssert(plan -> {
      List<String> expected = new java.util.ArrayList<>();
      for (int p = 0; p < plan.parts().size(); p++) {
        List<Activity> activities = plan.parts().get(p).activities();
        for (int a = 0; a < activities.size(); a++) {
          if (activities.get(a).responsibility().isEmpty()) {
            expected.add("/parts/" + p + "/activities/" + a);
          }
        }
      }
      List<String> reported = RULES.check(plan).findings().stream().map(Finding::location)
          .map(Object::toString).collect(Collectors.toList());
      assertEquals(expected, reported);
    });
  }
}
