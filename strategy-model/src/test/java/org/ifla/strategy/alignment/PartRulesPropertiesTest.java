package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ifla.strategy.Generators;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.PartKind;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the part rules across templates: what a template calls a part changes no finding. */
class PartRulesPropertiesTest {
  /** The rules that look at parts in every template. */
  private static final Set<String> PART_RULES = Set.of("no-parts", "no-aligned-part", "unaligned-part",
      "empty-part");
  /** The templates whose parts no template-bound rule counts or asks a measure of. */
  private static final List<PlanTemplate> PLAIN = List.of(PlanTemplate.OBJECTIVES, PlanTemplate.PROJECTS,
      PlanTemplate.GOALS);

  private static Gen<StrategyEdition> editions() {
    return Generate.pick(IflaStrategies.all()).mix(Generators.strategyEditions(), 30);
  }

  /** Rule id and location of every finding of the part rules: what a finding is, not how it is worded. */
  private static List<String> partFindings(ActionPlan plan) {
    return RuleSet.standard().check(plan, IflaStrategies.catalog()).findings().stream()
        .filter(f -> PART_RULES.contains(f.ruleId()))
        .map(f -> f.ruleId() + " " + f.location())
        .collect(Collectors.toList());
  }

  private static ActionPlan withKind(ActionPlan plan, PartKind kind) {
    return ActionPlan.builder().from(plan).parts(plan.parts().stream()
        .map(p -> PlanPart.builder().from(p).kind(kind).build()).collect(Collectors.toList())).build();
  }

  @Test
  void everyPartRuleFindsTheSameProblemWhateverTheTemplateCallsThePart() {
    qt().withExamples(200).forAll(editions().flatMap(Generators::actionPlans), Generate.pick(PLAIN),
        Generate.enumValues(PartKind.class))
        .checkAssert((plan, template, kind) -> {
          ActionPlan asObjectives = ActionPlan.builder().from(plan).template(PlanTemplate.OBJECTIVES).build();
          ActionPlan asOther = ActionPlan.builder().from(plan).template(template).build();
          List<String> expected = partFindings(asObjectives);
          assertEquals(expected, partFindings(asOther));
          assertEquals(expected, partFindings(withKind(asOther, kind)));
        });
  }

  /** A generated edition and a plan citing it. */
  private record Case(StrategyEdition edition, ActionPlan plan) {}

  @Test
  void aValidPlanOfAnyTemplateHasNoFinding() {
    // the bundled editions: their titles are words a plan writes beside a number
    Gen<Case> cases = Generate.pick(IflaStrategies.all()).flatMap(e -> Generate.enumValues(PlanTemplate.class)
        .flatMap(t -> Generators.validPlans(e, t)).map(p -> new Case(e, p)));
    qt().withExamples(300).forAll(cases).checkAssert(c -> {
      AlignmentReport report = RuleSet.standard().check(c.plan(), IflaStrategies.catalog());
      assertEquals(List.of(), report.findings().stream().map(Finding::toString).collect(Collectors.toList()),
          c.plan()::toString);
    });
  }
}
