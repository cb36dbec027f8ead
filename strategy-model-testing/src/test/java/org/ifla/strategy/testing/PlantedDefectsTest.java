package org.ifla.strategy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.PlanTemplate;
import org.junit.jupiter.api.Test;

/** Planted defects: each causes exactly its finding under the standard rules, and every standard rule has one. */
class PlantedDefectsTest {
  /** A valid plan and its edition. */
  record Case(StrategyEdition edition, ActionPlan plan) {}

  static Arbitrary<Case> cases() {
    return Arbitrary.of((random, size) -> {
      StrategyEdition edition = random.nextInt(3) == 0 ? Generators.alignableEditions().generate(random, size)
          : Generators.bundledEditions().generate(random, size);
      PlanTemplate template = PlanTemplate.values()[random.nextInt(PlanTemplate.values().length)];
      return new Case(edition, Generators.validPlans(edition, template).generate(random, size));
    }, c -> Generators.validPlans(c.edition(), c.plan().template()).shrink(c.plan()).map(p -> new Case(c.edition(), p)));
  }

  @Test
  void everyPlantedDefectCausesExactlyItsFindingUnderTheStandardRules() {
    Property.forAll(cases()).examples(150).check(c -> {
      for (PlantedDefect defect : PlantedDefects.plant(c.plan(), c.edition())) {
        defect.assertFoundExactly(RuleSet.standard());
      }
    });
  }

  @Test
  void everyStandardRuleHasAPlantedDefect() {
    // No exception list: a new standard rule (timeframe-unreadable, say) fails here until it has a defect.
    StrategyEdition edition = IflaStrategies.all().get(2);
    ActionPlan plan = Generators.validPlans(edition, PlanTemplate.FOCUS_AREAS).generate(Seeds.random(1), 5);
    Set<String> planted = PlantedDefects.plant(plan, edition).stream().map(PlantedDefect::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> uncovered = new TreeSet<>(RuleSet.standard().ids());
    uncovered.removeAll(planted);
    assertEquals(Set.of(), uncovered, "standard rules with no planted defect");
    assertEquals(List.copyOf(RuleSet.standard().ids()),
        PlantedDefects.plant(plan, edition).stream().map(PlantedDefect::ruleId).collect(Collectors.toList()));
  }

  @Test
  void theDefectOfAnUpcomingRuleIsOfferedOnlyWhenTheRuleSetHasIt() {
    StrategyEdition edition = IflaStrategies.all().get(0);
    ActionPlan plan = Generators.validPlans(edition).generate(Seeds.random(2), 5);
    assertTrue(PlantedDefects.knownRuleIds().contains("timeframe-unreadable"));
    assertEquals(1, PlantedDefects.plant(plan, edition, Set.of("timeframe-unreadable", "no-such-rule")).size());
  }
}
