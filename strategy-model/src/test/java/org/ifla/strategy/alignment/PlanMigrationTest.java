package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.CrosswalkCatalog;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.MappingKind;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.testing.SeedPlans;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PlanMigrationTest {
  private static final EditionId E16 = IflaStrategies.STRATEGIC_PLAN_2016_2021;
  private static final EditionId E19 = IflaStrategies.STRATEGY_2019_2024;
  private static final EditionId E24 = IflaStrategies.STRATEGY_2024_2029;

  private static ElementReference ref(EditionId edition, String id) {
    return ElementReference.parse(edition + ":" + id);
  }

  private static ElementReference ref(String id) {
    return ElementReference.parse(id);
  }

  private static MigratedReference at(MigrationReport report, String pointer) {
    return report.references().stream().filter(r -> r.location().equals(PlanLocation.parse(pointer)))
        .findFirst().orElseThrow(() -> new AssertionError("no reference at " + pointer + " in " + report));
  }

  // ---- the sample plans ---------------------------------------------------------------------------------

  @Test
  void metropolitanLibraries2019To2024() {
    ActionPlan plan = SeedPlans.metropolitanLibraries2019();
    PlanMigration migration = PlanMigration.of(plan, E24);
    MigrationReport report = migration.report();
    assertEquals(E19, report.sourceEdition());
    assertEquals(E24, report.targetEdition());
    assertEquals(6, report.references().size());

    // focus area 1: SD4 "Optimise our Organisation" is the Enabler; 4.5 is no 2019-2024 element
    assertEquals(MigrationOutcome.MAPPED, at(report, "/parts/0/alignments/0").outcome());
    assertEquals(List.of(ref(E24, "EN")), at(report, "/parts/0/alignments/0").targets());
    assertEquals(MappingKind.CLOSE, at(report, "/parts/0/alignments/0").mappings().get(0).kind());
    assertEquals(MigrationOutcome.UNKNOWN_ELEMENT, at(report, "/parts/0/alignments/1").outcome());
    assertEquals(ref(E19, "SD4.KI5"), at(report, "/parts/0/alignments/1").original());
    // focus area 2: SD1 -> IA2; SD2 -> IA1 (and FIELD.1, an outcome for the field, which a plan cannot align
    // to: left out); 1.1 -> IA2.KI1; 2.4 retired
    assertEquals(List.of(ref(E24, "IA2")), at(report, "/parts/1/alignments/0").targets());
    assertEquals(MigrationOutcome.MAPPED, at(report, "/parts/1/alignments/1").outcome());
    assertEquals(List.of(ref(E24, "IA1")), at(report, "/parts/1/alignments/1").targets());
    assertEquals(List.of(ref(E24, "IA2.KI1")), at(report, "/parts/1/alignments/2").targets());
    assertEquals(MigrationOutcome.RETIRED, at(report, "/parts/1/alignments/3").outcome());
    assertEquals(4, report.mapped().size());
    assertEquals(0, report.ambiguous().size());
    assertEquals(2, report.unmapped().size());
    assertFalse(report.isComplete());

    ActionPlan migrated = migration.plan();
    assertEquals(Optional.of(E24), migrated.edition());
    assertEquals(plan, migration.original());
    PlanPart one = migrated.parts().get(0);
    assertEquals(2, one.alignments().size());
    assertEquals(Optional.of(ref("EN")), one.alignments().get(0).element());
    assertEquals(Optional.of(ref(E19, "SD4")), one.alignments().get(0).migratedFrom());
    assertEquals(Optional.of("Capacity Building"), one.alignments().get(0).statedTitle(), "the plan's words stay");
    assertEquals(plan.parts().get(0).alignments().get(0).rationale(), one.alignments().get(0).rationale());
    assertEquals(Optional.empty(), one.alignments().get(1).element());
    assertEquals(Optional.of(ref(E19, "SD4.KI5")), one.alignments().get(1).migratedFrom());
    assertEquals(Optional.of("4.5"), one.alignments().get(1).statedNumber());
    PlanPart two = migrated.parts().get(1);
    assertEquals(List.of(Optional.of(ref("IA2")), Optional.of(ref("IA1")),
        Optional.of(ref("IA2.KI1")), Optional.empty()),
        two.alignments().stream().map(Alignment::element).collect(Collectors.toList()));
    assertEquals(plan.parts().get(0).activities(), one.activities());
    assertEquals(plan.unit(), migrated.unit());
    // 2019-2020 lies outside 2024-2029: said once in the report, and the new plan states no period (so that
    // checking it reports nothing the migration made)
    assertEquals(Optional.empty(), migrated.period());
    assertEquals(List.of("the plan's period \"2019 – 2020\" lies outside ifla-strategy-2024-2029 (2024-2029): "
        + "the migrated plan states no period"), report.notes());
    assertTrue(report.format().contains("\nnote: the plan's period"), report::format);
  }

  @Test
  void aMigratedPlanHasNoFindingThatTheMigrationMade() {
    for (ActionPlan plan : List.of(SeedPlans.metropolitanLibraries2019(), SeedPlans.noir2016())) {
      Set<String> before = RuleSet.standard().check(plan, IflaStrategies.catalog()).findings().stream()
          .map(f -> f.ruleId()).collect(Collectors.toSet());
      PlanMigration m = PlanMigration.of(plan, E24);
      for (Finding f : RuleSet.standard().check(m.plan(), IflaStrategies.catalog()).findings()) {
        assertTrue(f.severity() == Severity.INFO || before.contains(f.ruleId()), f::toString);
      }
      for (String line : m.report().format().split("\n")) {
        assertTrue(line.length() <= MigrationReport.LINE_LIMIT, line);
      }
    }
  }

  @Test
  void statedTitlesOfAMigratedPlanAreCheckedAgainstTheOriginalElements() {
    ActionPlan plan = SeedPlans.metropolitanLibraries2019();
    RuleSet titles = RuleSet.standard().only("stated-title-mismatch");
    // seed 002 writes "Capacity Building" (2016-2021's title) beside 2019-2024's SD4: that, and only that, stays
    List<PlanLocation> before = titles.check(plan).findings().stream().map(Finding::location)
        .collect(Collectors.toList());
    assertEquals(List.of(PlanLocation.parse("/parts/0/alignments/0")), before);
    List<PlanLocation> after = titles.check(PlanMigration.of(plan, E24).plan()).findings().stream()
        .map(Finding::location).collect(Collectors.toList());
    assertEquals(before, after);
  }

  @Test
  void noir2016To2024AtOnceAndStepByStep() {
    ActionPlan plan = SeedPlans.noir2016();
    PlanMigration atOnce = PlanMigration.of(plan, E24);
    MigratedReference sd4 = at(atOnce.report(), "/alignments/0");
    assertEquals(ref(E16, "SD4"), sd4.original());
    assertEquals(MigrationOutcome.AMBIGUOUS, sd4.outcome());
    // SD4 related SD1 close IA2; SD4 related SD3, which is split narrower into IA1 and IA3
    assertEquals(List.of(ref(E24, "IA2"), ref(E24, "IA1"), ref(E24, "IA3")), sd4.targets());
    assertTrue(sd4.mappings().stream().allMatch(m -> m.kind() == MappingKind.RELATED));

    PlanMigration first = PlanMigration.of(plan, E19);
    assertEquals(List.of(ref(E19, "SD1"), ref(E19, "SD3")), at(first.report(), "/alignments/0").targets());
    PlanMigration second = PlanMigration.of(first.plan(), E24);
    assertEquals(elementsAndOrigins(atOnce.plan().alignments()), elementsAndOrigins(second.plan().alignments()));
    assertTrue(second.plan().alignments().stream().filter(a -> a.element().isPresent())
        .allMatch(a -> a.migratedFrom().flatMap(ElementReference::edition).equals(Optional.of(E16))),
        "the first original is kept");
    // "International Advocacy", found by its title as 2016-2021's 4.2, is carried like a number, title kept
    assertEquals(ref(E16, "SD4.KI2"), at(atOnce.report(), "/alignments/2").original());
    assertTrue(atOnce.plan().alignments().stream().anyMatch(a -> a.statedTitle().equals(
        Optional.of("International Advocacy")) && a.migratedFrom().equals(Optional.of(ref(E16, "SD4.KI2")))));
    // the alignment by title alone is copied as it was
    assertEquals(plan.alignments().get(1), atOnce.plan().alignments().get(3));
  }

  @Test
  void aQualifiedReferenceIsFollowedFromItsOwnEditionAndStaysQualified() {
    ActionPlan plan = ActionPlan.builder().from(SeedPlans.metropolitanLibraries2019())
        .alignments(List.of(Alignment.builder().element(ref(E16, "SD4.KI5")).statedNumber("4.5").build()))
        .build();
    MigratedReference r = at(PlanMigration.of(plan, E24).report(), "/alignments/0");
    assertEquals(ref(E16, "SD4.KI5"), r.original());
    // 4.5 related 3.3 (narrower IA3.KI1, IA3.KI3) and related 4.3 (close IA1.KI2)
    assertEquals(List.of(ref(E24, "IA3.KI1"), ref(E24, "IA3.KI3"), ref(E24, "IA1.KI2")), r.targets());
    assertEquals(List.of(Optional.of(ref(E24, "IA3.KI1")), Optional.of(ref(E24, "IA3.KI3")),
        Optional.of(ref(E24, "IA1.KI2"))), PlanMigration.of(plan, E24).plan().alignments().stream()
        .map(Alignment::element).collect(Collectors.toList()));
  }

  @Test
  void migratingToThePlansOwnEditionChangesNothing() {
    ActionPlan plan = SeedPlans.metropolitanLibraries2019();
    PlanMigration same = PlanMigration.of(plan, E19);
    assertEquals(plan, same.plan());
    assertTrue(same.report().references().stream().allMatch(r -> r.outcome() == MigrationOutcome.MAPPED
        && r.targets().equals(List.of(r.original()))));
  }

  @Test
  void migratingBackwardsHasNoCrosswalk() {
    PlanMigration back = PlanMigration.of(SeedPlans.metropolitanLibraries2019(), E16);
    assertEquals(6, back.report().with(MigrationOutcome.NO_CROSSWALK).size());
    assertTrue(back.plan().parts().stream().flatMap(f -> f.alignments().stream())
        .allMatch(a -> a.element().isEmpty() && a.migratedFrom().isPresent()));
    PlanMigration none = PlanMigration.of(SeedPlans.metropolitanLibraries2019(), E24, CrosswalkCatalog.of());
    assertEquals(6, none.report().with(MigrationOutcome.NO_CROSSWALK).size());
  }

  @Test
  void aPlanWithoutEditionAndNullsAreRejected() {
    ActionPlan plan = ActionPlan.builder().from(SeedPlans.metropolitanLibraries2019()).edition(Optional.empty())
        .build();
    assertIllegalArgument(() -> PlanMigration.of(plan, E24), "names no edition", "Metropolitan Libraries");
    assertNullRejected(() -> PlanMigration.of(null, E24));
    assertNullRejected(() -> PlanMigration.of(SeedPlans.noir2016(), null));
    assertNullRejected(() -> PlanMigration.of(SeedPlans.noir2016(), E24, null));
  }

  @Test
  void toStringSummarises() {
    assertEquals("PlanMigration{ifla-strategy-2019-2024 -> ifla-strategy-2024-2029, 4 mapped, 0 ambiguous, "
        + "2 unmapped}", PlanMigration.of(SeedPlans.metropolitanLibraries2019(), E24).toString());
  }

  // ---- properties over generated plans --------------------------------------------------------------------

  private static Gen<ActionPlan> plansOfOlderEditions() {
    return Generate.pick(List.of(IflaStrategies.strategicPlan2016to2021(), IflaStrategies.strategy2019to2024()))
        .flatMap(e -> QuickTheoriesGens.of(Generators.actionPlans(e)));
  }

  private static Gen<ActionPlan> plans2016() {
    return QuickTheoriesGens.of(Generators.actionPlans(IflaStrategies.strategicPlan2016to2021()));
  }

  /** Every alignment list of a plan, in a fixed order (indexes of parts and activities survive migration). */
  private static List<List<Alignment>> alignmentLists(ActionPlan plan) {
    List<List<Alignment>> lists = new ArrayList<>();
    lists.add(plan.alignments());
    lists.add(plan.contextAlignments());
    for (PlanPart f : plan.parts()) {
      lists.add(f.alignments());
      f.activities().forEach(a -> lists.add(a.alignments()));
    }
    plan.activities().forEach(a -> lists.add(a.alignments()));
    return lists;
  }

  private static Set<List<Object>> elementsAndOrigins(List<Alignment> alignments) {
    Set<List<Object>> pairs = new HashSet<>();
    for (Alignment a : alignments) {
      a.element().ifPresent(e -> pairs.add(List.of(e, a.migratedFrom())));
    }
    return pairs;
  }

  /** The alignments a migration follows: those with an element, and those whose title alone names one. */
  private static int countElements(ActionPlan plan) {
    StrategyEdition source = IflaStrategies.catalog().edition(plan.edition().orElseThrow()).orElseThrow();
    return alignmentLists(plan).stream().mapToInt(l -> (int) l.stream().filter(a -> a.element().isPresent()
        || TitleResolution.isByTitleAlone(a) && TitleResolution.of(source, a.statedTitle().get(), a.level()).element().isPresent()).count())
        .sum();
  }

  @Test
  void migratedPlanHasNoUnknownOrOtherEditionElementInTheTarget() {
    RuleSet rules = RuleSet.standard().only("unknown-element", "element-of-other-edition");
    qt().withExamples(200).forAll(plansOfOlderEditions()).check(plan -> {
      PlanMigration m = PlanMigration.of(plan, E24);
      return rules.check(m.plan(), IflaStrategies.catalog()).isEmpty()
          && m.report().references().stream().filter(r -> r.outcome().hasSuccessor())
              .flatMap(r -> r.targets().stream())
              .allMatch(t -> IflaStrategies.strategy2024to2029().contains(t.element()));
    });
  }

  @Test
  void everyOriginalReferenceIsReportedAndKeptAsProvenance() {
    qt().withExamples(200).forAll(plansOfOlderEditions()).check(plan -> {
      PlanMigration m = PlanMigration.of(plan, E24);
      MigrationReport report = m.report();
      int successors = report.references().stream().mapToInt(r -> Math.max(1, r.targets().size())).sum();
      int before = countElements(plan);
      int written = alignmentLists(m.plan()).stream().mapToInt(List::size).sum();
      int originalCount = alignmentLists(plan).stream().mapToInt(List::size).sum();
      return report.references().size() == before
          && written == originalCount - before + successors
          && alignmentLists(m.plan()).stream().flatMap(List::stream)
              .filter(a -> a.element().isPresent()).allMatch(a -> a.migratedFrom().isPresent());
    });
  }

  @Test
  void migratingAtOnceCitesTheSameElementsWithTheSameOriginalsAsStepByStep() {
    qt().withExamples(200).forAll(plans2016()).check(plan -> {
      List<List<Alignment>> atOnce = alignmentLists(PlanMigration.of(plan, E24).plan());
      List<List<Alignment>> stepwise = alignmentLists(PlanMigration.of(PlanMigration.of(plan, E19).plan(), E24)
          .plan());
      if (atOnce.size() != stepwise.size()) {
        return false;
      }
      for (int i = 0; i < atOnce.size(); i++) {
        if (!elementsAndOrigins(atOnce.get(i)).equals(elementsAndOrigins(stepwise.get(i)))) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void activitiesKeepEverythingButTheirAlignments() {
    qt().withExamples(100).forAll(plansOfOlderEditions()).check(plan -> {
      ActionPlan migrated = PlanMigration.of(plan, E24).plan();
      List<Activity> before = new ArrayList<>(plan.activities());
      List<Activity> after = new ArrayList<>(migrated.activities());
      for (int i = 0; i < plan.parts().size(); i++) {
        before.addAll(plan.parts().get(i).activities());
        after.addAll(migrated.parts().get(i).activities());
      }
      for (int i = 0; i < before.size(); i++) {
        if (!Activity.builder().from(before.get(i)).alignments(List.of()).build()
            .equals(Activity.builder().from(after.get(i)).alignments(List.of()).build())) {
          return false;
        }
      }
      return before.size() == after.size();
    });
  }
}
