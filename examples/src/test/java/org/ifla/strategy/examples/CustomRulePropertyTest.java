package org.ifla.strategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ifla.strategy.alignment.AlignmentContext;
import org.ifla.strategy.alignment.AlignmentRule;
import org.ifla.strategy.alignment.FindingSink;
import org.ifla.strategy.alignment.Located;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.PlantedDefect;
import org.ifla.strategy.testing.PlantedDefects;
import org.ifla.strategy.testing.Property;
import org.ifla.strategy.testing.RuleContract;
import org.ifla.strategy.testing.junit.ValidPlanSource;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * How a user tests their own rule with the test kit (strategy-model-testing): no generator code of one's own.
 * The custom rule keeps the rule contract, reports exactly the activities that name no one responsible, and adds
 * nothing to the planted defects of the standard rules.
 */
class CustomRulePropertyTest {
  private static final AlignmentRule RULE = CustomRule.ACTIVITY_WITHOUT_RESPONSIBILITY;

  @Test
  void keepsTheRuleContract() {
    RuleContract.check(RULE);
  }

  @Test
  void reportsExactlyTheActivitiesWithNoOneResponsible() {
    Property.forAll(Generators.actionPlans()).examples(300).check(plan -> {
      List<String> expected = new ArrayList<>();
      for (int p = 0; p < plan.parts().size(); p++) {
        expected.addAll(unattended(plan.parts().get(p).activities(), "/parts/" + p));
      }
      expected.addAll(unattended(plan.activities(), ""));
      List<String> reported = new ArrayList<>();
      RuleSet.of(RULE).check(plan).findings().forEach(f -> reported.add(f.location().toString()));
      assertEquals(expected.stream().sorted().toList(), reported.stream().sorted().toList());
    });
  }

  private static List<String> unattended(List<Activity> activities, String parent) {
    List<String> locations = new ArrayList<>();
    for (int a = 0; a < activities.size(); a++) {
      Activity activity = activities.get(a);
      boolean tasksSayWho = !activity.tasks().isEmpty()
          && activity.tasks().stream().allMatch(t -> t.responsibility().isPresent());
      if (activity.responsibility().isEmpty() && !tasksSayWho) {
        locations.add(parent + "/activities/" + a);
      }
    }
    return locations;
  }

  @ParameterizedTest
  @ValidPlanSource(count = 30)
  void theStandardRulesStillFindExactlyEachPlantedDefect(ActionPlan plan) {
    RuleSet rules = RuleSet.standard().with(RULE);
    StrategyEdition edition = IflaStrategies.edition(plan.edition().orElseThrow()).orElseThrow();
    for (PlantedDefect defect : PlantedDefects.plant(plan, edition)) {
      assertEquals(List.of(defect.expected()), PlantedDefect.found(defect.check(rules)).stream()
          .filter(f -> !f.startsWith(RULE.id() + " ")).toList());
    }
  }

  /** The custom rule broken on purpose: it reads the first task's responsibility without asking if there is one. */
  private static final AlignmentRule BROKEN = new AlignmentRule() {
    @Override
    public String id() {
      return "activity-without-responsibility-broken";
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public void check(AlignmentContext context, FindingSink findings) {
      for (Located<Activity> activity : context.activities()) {
        if (activity.value().responsibility().isEmpty()
            && activity.value().tasks().get(0).responsibility().isEmpty()) {
          findings.report(activity.location(), LocalizedText.of(LanguageTag.ENGLISH, "No one responsible."));
        }
      }
    }
  };

  @Test
  void theContractCheckCatchesARuleBrokenOnPurposeWithASeedAndAShrunkCounterexample() {
    AssertionError failure = assertThrows(AssertionError.class, () -> RuleContract.check(BROKEN));
    String message = failure.getMessage();
    assertTrue(message.matches("(?s).*breaks its contract: it threw java.lang.\\w*IndexOutOfBoundsException.*"), message);
    assertTrue(message.matches("(?s).*\\(seed -?\\d+, example seed -?\\d+, size \\d+\\).*"), message);
    assertTrue(message.contains("Smallest counterexample (after "), message);
    // shrunk: the smallest plan that breaks the rule holds one activity, with no task
    String smallest = message.lines().filter(l -> l.startsWith("Smallest counterexample")).findFirst().orElseThrow();
    assertEquals(1, smallest.split("Activity\\{", -1).length - 1, smallest);
  }
}
