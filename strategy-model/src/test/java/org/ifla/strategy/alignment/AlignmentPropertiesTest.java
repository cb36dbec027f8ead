package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the standard rules over generated editions and plans. */
class AlignmentPropertiesTest {
  private static final RuleSet RULES = RuleSet.standard();

  /** An edition and a plan citing only its elements, with timeframes inside the plan's period. */
  private static final class Case {
    final StrategyEdition edition;
    final ActionPlan plan;
    final EditionCatalog catalog;

    Case(StrategyEdition edition, ActionPlan plan) {
      this.edition = edition;
      this.plan = plan;
      this.catalog = IflaStrategies.catalog().with(edition);
    }

    AlignmentReport check(ActionPlan p) {
      return RULES.check(p, catalog);
    }

    @Override
    public String toString() {
      return edition + " / " + plan;
    }
  }

  private static Gen<Case> cases() {
    return QuickTheoriesGens.of(Generators.strategyEditions())
        .flatMap(e -> QuickTheoriesGens.of(Generators.actionPlans(e)).map(p -> new Case(e, p)));
  }

  /** Whether the plan satisfies the structural rules of its template (which the property is not about). */
  private static boolean structurallySound(ActionPlan plan) {
    int n = plan.parts().size();
    List<Alignment> all = new ArrayList<>(plan.alignments());
    plan.parts().forEach(p -> {
      all.addAll(p.alignments());
      p.activities().forEach(a -> all.addAll(a.alignments()));
    });
    if (plan.template() != PlanTemplate.FOCUS_AREAS) {
      return n == 0 || all.stream().anyMatch(a -> !a.isExternal());
    }
    return n >= 1 && n <= 4 && all.stream().anyMatch(a -> a.level().orElse(null) == AlignmentLevel.KEY_INITIATIVE);
  }

  @Test
  void planCitingOnlyItsEditionWithTimeframesInsideItsPeriodHasNoError() {
    qt().withExamples(300).withShrinkCycles(20).forAll(cases())
        .assuming(c -> structurallySound(c.plan))
        .check(c -> !c.check(c.plan).hasErrors());
  }

  @Test
  void replacingOneReferenceWithAnAbsentIdYieldsExactlyOneReferenceFindingThere() {
    qt().withExamples(300).withShrinkCycles(20).forAll(cases(), QuickTheoriesGens.of(Generators.elementIds()))
        .assuming((c, id) -> !c.edition.contains(id)
            && AlignmentContext.of(c.plan).alignments().stream().anyMatch(a -> a.value().element().isPresent()))
        .checkAssert((c, absent) -> {
          List<Located<Alignment>> cited = AlignmentContext.of(c.plan, c.catalog).alignments().stream()
              .filter(a -> a.value().element().isPresent()).collect(Collectors.toList());
          Located<Alignment> target = cited.get(Math.floorMod(absent.hashCode(), cited.size()));
          Alignment replaced = Alignment.builder().from(target.value())
              .element(ElementReference.of(absent)).build();
          ActionPlan changed = PlanEdits.replaceAlignment(c.plan, target.location(), replaced);

          List<Finding> before = referenceFindings(c.check(c.plan));
          List<Finding> after = referenceFindings(c.check(changed));
          assertTrue(before.isEmpty(), before::toString);
          assertEquals(1, after.size(), after::toString);
          assertEquals(target.location(), after.get(0).location());
        });
  }

  private static List<Finding> referenceFindings(AlignmentReport report) {
    return report.findings().stream()
        .filter(f -> f.ruleId().equals("unknown-element") || f.ruleId().equals("element-of-other-edition"))
        .collect(Collectors.toList());
  }

  @Test
  void reportDoesNotDependOnTheOrderOfFocusAreasOrActivities() {
    qt().withExamples(300).withShrinkCycles(20).forAll(cases(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((c, seed) -> {
          Random random = new Random(seed);
          List<PlanPart> parts = new ArrayList<>();
          for (PlanPart part : c.plan.parts()) {
            List<Activity> activities = new ArrayList<>(part.activities());
            Collections.shuffle(activities, random);
            parts.add(PlanPart.builder().from(part).activities(activities).build());
          }
          Collections.shuffle(parts, random);
          List<Activity> planActivities = new ArrayList<>(c.plan.activities());
          Collections.shuffle(planActivities, random);
          ActionPlan shuffled = ActionPlan.builder().from(c.plan).parts(parts).activities(planActivities)
              .build();
          assertEquals(withoutLocations(c.check(c.plan)), withoutLocations(c.check(shuffled)));
        });
  }

  /** The findings as rule, severity and message, sorted: what a report says, wherever it says it. */
  private static List<String> withoutLocations(AlignmentReport report) {
    return report.findings().stream()
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.message(java.util.Locale.ENGLISH))
        .sorted().collect(ImmutableList.toImmutableList());
  }

  @Test
  void everyFindingOfTheStandardRulesRendersInEnglishAndChinese() {
    qt().withExamples(200).withShrinkCycles(20).forAll(cases()).checkAssert(c -> {
      for (Finding f : c.check(c.plan).findings()) {
        String english = f.message(java.util.Locale.ENGLISH);
        String chinese = f.message(java.util.Locale.CHINESE);
        assertFalse(withoutArguments(f, english).contains("{"), f::toString);
        assertFalse(withoutArguments(f, chinese).contains("{"), f::toString);
        assertFalse(english.equals(chinese), f::toString);
      }
    });
  }

  /** The message with every argument's text taken out, leaving only what came from the template. */
  private static String withoutArguments(Finding finding, String message) {
    // Longest first: a short argument ("2") may also occur inside a longer one, which must go out whole.
    List<String> texts = finding.arguments().stream().flatMap(a -> a.labels().stream())
        .map(org.ifla.strategy.text.Label::text)
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.toList());
    String rest = message;
    for (String text : texts) {
      rest = rest.replace(text, "");
    }
    return rest;
  }

  @Test
  void anIdOfAnotherBundledEditionIsElementOfOtherEdition() {
    ElementId onlyIn2016 = ElementId.parse("SD4.KI5");
    assertFalse(IflaStrategies.strategy2019to2024().contains(onlyIn2016));
    assertTrue(IflaStrategies.strategicPlan2016to2021().contains(onlyIn2016));
  }

  /** The same rule, run through its own {@link AlignmentRule#check}: a set of these makes no shared walk. */
  private static AlignmentRule alone(AlignmentRule rule) {
    return new AlignmentRule() {
      @Override
      public String id() {
        return rule.id();
      }

      @Override
      public Severity severity() {
        return rule.severity();
      }

      @Override
      public void check(AlignmentContext context, FindingSink findings) {
        rule.check(context, findings);
      }
    };
  }

  /**
   * An activity with something for every rule that looks at each alignment or timeframe: a timeframe that ends
   * before it starts, a task after any plan's period, an area-level alignment citing a key initiative under
   * another title, an unknown element, an element of another bundled edition, and an external alignment.
   */
  private static final Activity TROUBLED = Activity.builder()
      .title(LocalizedText.of(LanguageTag.ENGLISH, "Troubled"))
      .timeframe(StatedTimeframe.parse("May 2020 - Nov 2019"))
      .addTasks(Task.builder().text(LocalizedText.of(LanguageTag.ENGLISH,
          "Late")).timeframe(StatedTimeframe.parse("2099"))
          .build())
      .addAlignments(Alignment.builder().level(AlignmentLevel.AREA).element(ElementReference.parse("SD1.KI1"))
          .statedTitle("Not the title of anything").build())
      .addAlignments(Alignment.builder().element(ElementReference.parse("SD9.KI9")).build())
      .addAlignments(Alignment.builder().element(ElementReference.parse("ifla-strategy-2024-2029:IA1")).build())
      .addAlignments(Alignment.builder().isExternal(true).statedTitle("IFLA Global Vision").build())
      .build();

  @Test
  void theStandardRulesFindTogetherWhatEachFindsAlone() {
    List<AlignmentRule> alone = new ArrayList<>();
    RULES.rules().forEach(r -> alone.add(alone(r)));
    RuleSet separately = RuleSet.of(alone.toArray(new AlignmentRule[0]));
    // the rules that look at every alignment or timeframe, in the walk the standard set shares
    List<String> walking = List.of("unknown-element", "element-of-other-edition", "stated-title-mismatch",
        "element-kind-mismatch", "external-reference", "timeframe-inverted", "timeframe-outside-plan");
    Map<String, Integer> found = new TreeMap<>();
    qt().withExamples(200).withShrinkCycles(20).forAll(cases()).checkAssert(c -> {
      // the plan as generated; and cited as the 2019-2024 strategy, with the troubled activity in its
      // last focus area (or among its own activities) and a required language
      ActionPlan.Builder troubled = ActionPlan.builder().from(c.plan)
          .edition(IflaStrategies.STRATEGY_2019_2024);
      List<PlanPart> parts = new ArrayList<>(c.plan.parts());
      if (parts.isEmpty()) {
        troubled.addActivities(TROUBLED);
      } else {
        PlanPart last = parts.remove(parts.size() - 1);
        parts.add(PlanPart.builder().from(last).addActivities(TROUBLED).build());
        troubled.parts(parts);
      }
      for (AlignmentContext context : List.of(AlignmentContext.of(c.plan, c.catalog),
          AlignmentContext.of(troubled.build(), c.catalog).withRequiredLanguages(List.of(LanguageTag.CHINESE)))) {
        AlignmentReport together = RULES.check(context);
        assertEquals(separately.check(context), together);
        together.findings().forEach(f -> found.merge(f.ruleId(), 1, Integer::sum));
      }
    });
    for (String rule : walking) {
      assertTrue(found.getOrDefault(rule, 0) > 0, rule + " found nothing in the generated plans: " + found);
    }
  }
}
