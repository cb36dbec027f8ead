package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.testing.SeedPlans;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CoverageTest {
  private static final StrategyEdition E19 = IflaStrategies.strategy2019to2024();
  private static final ActionPlan METLIB = SeedPlans.metropolitanLibraries2019();
  private static final ActionPlan NOIR = SeedPlans.noir2016();

  private static ElementId id(String s) {
    return ElementId.parse(s);
  }

  private static List<String> locations(List<PlanPlace> parts) {
    return parts.stream().map(p -> p.planIndex() + p.location().toString()).collect(Collectors.toList());
  }

  @Test
  void noirCountsItsObjectivesAndWhatItCitesForTheWholePlanByNumberAndByTitle() {
    StrategyEdition e16 = IflaStrategies.strategicPlan2016to2021();
    Coverage c = Coverage.of(e16, List.of(NOIR));
    assertEquals(3, c.partCount(), "the three objectives are the plan's parts");
    assertEquals(List.of("0"), locations(c.element(id("SD4")).plans()));
    // "International Advocacy", by title alone, is 4.2; the other two titles name no key initiative
    assertEquals(List.of("0"), locations(c.element(id("SD4.KI2")).plans()));
    assertTrue(c.unaddressed().containsAll(List.of(id("SD4.KI1"), id("SD4.KI3"), id("SD4.KI4"), id("SD4.KI5"))));
    assertTrue(!c.unaddressed().contains(id("SD4.KI2")));
    // the whole plan's alignments apply to every objective: all three address Strategic Direction 4
    assertEquals(AreaShare.of(id("SD4"), 3, 3), c.areaShares().get(3));
    assertEquals(AreaShare.of(id("SD1"), 0, 3), c.areaShares().get(0));
  }

  @Test
  void contextAlignmentsAreNotCounted() {
    ActionPlan plan = ActionPlan.builder().from(METLIB)
        .addContextAlignments(Alignment.builder().element(ElementReference.parse("SD3")).build()).build();
    Coverage c = Coverage.of(E19, List.of(plan));
    assertEquals(List.of(), c.element(id("SD3")).plans());
    assertTrue(c.unaddressed().contains(id("SD3")));
  }

  @Test
  void metropolitanLibrariesCoversWhatItsFocusAreasCite() {
    Coverage c = Coverage.of(E19, List.of(NOIR, METLIB));
    assertEquals(IflaStrategies.STRATEGY_2019_2024, c.edition());
    assertEquals(1, c.planCount());
    assertEquals(List.of(0), c.skippedPlans(), "NOIR cites 2016-2021");
    assertEquals(2, c.partCount());
    assertEquals(List.of("1/parts/0"), locations(c.element(id("SD4")).parts()));
    assertEquals(List.of("1/parts/1"), locations(c.element(id("SD1")).parts()));
    assertEquals(List.of("1/parts/1"), locations(c.element(id("SD2.KI4")).parts()));
    PlanPlace part = c.element(id("SD1.KI1")).parts().get(0);
    assertEquals(METLIB.unit().name(), part.unit());
    assertEquals(METLIB.parts().get(1).title(), part.title());
    assertEquals(List.of(), c.element(id("SD3")).parts());
    // SD4.KI5 is not a 2019-2024 element: nothing counts it; SD4's own key initiatives are unaddressed
    assertTrue(c.unaddressed().containsAll(List.of(id("SD3"), id("SD4.KI1"), id("SD4.KI4"), id("SD1.KI2"))));
    assertTrue(!c.unaddressed().contains(id("SD4")) && !c.unaddressed().contains(id("SD1.KI1")));
    // a row for every area and key initiative, none for the vision or another statement
    assertEquals(E19.areas().size() + E19.keyInitiatives().size(), c.elements().size());
    // 16 key initiatives + 4 directions, of which SD1, SD2, SD4, 1.1 and 2.4 are addressed
    assertEquals(15, c.unaddressed().size());
    assertEquals(List.of(AreaShare.of(id("SD1"), 1, 2), AreaShare.of(id("SD2"), 1, 2), AreaShare.of(id("SD3"), 0, 2),
        AreaShare.of(id("SD4"), 1, 2)), c.areaShares());
  }

  @Test
  void aKeyInitiativeCitedByAnActivityCountsItsAreaForTheFocusArea() {
    ActionPlan plan = ActionPlan.builder().from(METLIB)
        .parts(List.of(PlanPart.builder().addActivities(Activity.builder().title(LocalizedText.of(LanguageTag.ENGLISH,
            "a"))
            .addAlignments(Alignment.builder().element(ElementReference.parse("SD3.KI2")).build())
            .addAlignments(Alignment.builder().element(ElementReference.parse("SD3.KI4")).build()).build()).build()))
        .alignments(List.of(Alignment.builder().element(ElementReference.parse("ifla-strategy-2019-2024:V")).build(),
            Alignment.builder().element(ElementReference.parse("ifla-strategic-plan-2016-2021:SD3")).build()))
        .build();
    Coverage c = Coverage.of(E19, List.of(plan));
    assertEquals(List.of("0/parts/0/activities/0"), locations(c.element(id("SD3.KI2")).activities()));
    assertEquals(List.of(), c.element(id("SD3.KI2")).parts());
    assertEquals(AreaShare.of(id("SD3"), 1, 1), c.areaShares().get(2), "counted once for two initiatives");
    assertThrows(IllegalArgumentException.class, () -> c.element(id("V")), "no row for the vision");
    assertTrue(!c.unaddressed().contains(id("SD3")), "addressed through its key initiatives");
    assertTrue(!c.element(id("SD3")).isAddressed(), "but not itself");
    assertTrue(c.unaddressed().contains(id("SD3.KI1")));
    assertEquals(List.of(), c.element(id("SD3")).plans(), "a qualified reference to another edition is not counted");
  }

  @Test
  void anUnknownElementIsRejectedAndNullsToo() {
    Coverage c = Coverage.of(E19, List.of(METLIB));
    assertIllegalArgument(() -> c.element(id("SD4.KI5")), "SD4.KI5", "ifla-strategy-2019-2024");
    assertNullRejected(() -> c.element(null));
    assertNullRejected(() -> Coverage.of(null, List.of()));
    assertNullRejected(() -> Coverage.of(E19, null));
    List<ActionPlan> withNull = new ArrayList<>();
    withNull.add(null);
    assertNullRejected(() -> Coverage.of(E19, withNull));
  }

  @Test
  void noPlansCoverNothing() {
    Coverage c = Coverage.of(E19, List.of());
    assertEquals(0, c.partCount());
    assertEquals(20, c.unaddressed().size());
    assertTrue(c.areaShares().stream().allMatch(s -> s.share() == 0));
  }

  @Test
  void equalityIsByValue() {
    assertEqualValues(Coverage.of(E19, List.of(METLIB)), Coverage.of(E19, List.of(METLIB)));
    assertUnequalValues(Coverage.of(E19, List.of(METLIB)), Coverage.of(E19, List.of(METLIB, METLIB)));
    assertEquals("Coverage{ifla-strategy-2019-2024, 1 plans, 2 parts, 15 unaddressed}",
        Coverage.of(E19, List.of(METLIB)).toString());
  }

  // ---- properties -----------------------------------------------------------------------------------

  private static Gen<List<ActionPlan>> planSets() {
    Gen<ActionPlan> plan = Generate.pick(IflaStrategies.all()).flatMap(e -> QuickTheoriesGens.of(Generators.actionPlans(e)));
    return Generate.range(0, 4).flatMap(n -> in -> {
      List<ActionPlan> plans = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        plans.add(plan.generate(in));
      }
      return plans;
    });
  }

  @Test
  void countsAreTheSumOverThePlans() {
    qt().withExamples(100).forAll(planSets(), Generate.pick(IflaStrategies.all())).check((plans, edition) -> {
      Coverage all = Coverage.of(edition, plans);
      List<Coverage> each = plans.stream().map(p -> Coverage.of(edition, List.of(p))).collect(Collectors.toList());
      if (all.partCount() != each.stream().mapToInt(Coverage::partCount).sum()
          || all.planCount() != each.stream().mapToInt(Coverage::planCount).sum()) {
        return false;
      }
      for (ElementCoverage e : all.elements()) {
        int fa = each.stream().mapToInt(c -> c.element(e.element()).parts().size()).sum();
        int ac = each.stream().mapToInt(c -> c.element(e.element()).activities().size()).sum();
        int pl = each.stream().mapToInt(c -> c.element(e.element()).plans().size()).sum();
        if (fa != e.parts().size() || ac != e.activities().size() || pl != e.plans().size()) {
          return false;
        }
      }
      for (int i = 0; i < all.areaShares().size(); i++) {
        int k = i;
        if (all.areaShares().get(i).parts()
            != each.stream().mapToInt(c -> c.areaShares().get(k).parts()).sum()) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void everyFocusAreaCitingAnElementOfTheEditionIsListedForIt() {
    qt().withExamples(100).forAll(QuickTheoriesGens.of(Generators.actionPlans(E19))).check(plan -> {
      Coverage c = Coverage.of(E19, List.of(plan));
      for (int i = 0; i < plan.parts().size(); i++) {
        PlanLocation at = PlanLocation.root().child("parts").index(i);
        for (Alignment a : plan.parts().get(i).alignments()) {
          Optional<ElementId> e = a.element().map(ElementReference::element);
          if (e.isPresent() && c.element(e.get()).parts().stream().noneMatch(p -> p.location().equals(at))) {
            return false;
          }
        }
      }
      return c.unaddressed().stream().allMatch(u -> !c.element(u).isAddressed());
    });
  }
}
