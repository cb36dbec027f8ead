package org.ifla.strategy.plan;

import org.ifla.strategy.testing.SeedPlans;
import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalState;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.ifla.strategy.TestSupport.assertUnmodifiable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.quicktheories.QuickTheoriesGens;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

class ActionPlanTest {
  private static final ProfessionalUnit UNIT = ProfessionalUnit.of(UnitType.SECTION,
      LocalizedText.of(LanguageTag.ENGLISH, "Metropolitan Libraries"));
  private static final ActionPlan PLAN = SeedPlans.metropolitanLibraries2019();

  private static ActionPlan.Builder minimal() {
    return ActionPlan.builder().unit(UNIT).template(PlanTemplate.FOCUS_AREAS);
  }

  @Test
  void onlyUnitAndTemplateAreRequired() {
    ActionPlan plan = minimal().build();
    assertEquals(UNIT, plan.unit());
    assertEquals(PlanTemplate.FOCUS_AREAS, plan.template());
    assertEquals(Optional.empty(), plan.title());
    assertEquals(Optional.empty(), plan.edition());
    assertEquals(Optional.empty(), plan.period());
    assertEquals(Optional.empty(), plan.status());
    assertEquals(Optional.empty(), plan.mission());
    assertEquals(List.of(), plan.contextAlignments());
    assertEquals(List.of(), plan.alignments());
    assertEquals(List.of(), plan.parts());
    assertEquals(List.of(), plan.activities());
    assertIllegalState(() -> ActionPlan.builder().template(PlanTemplate.FOCUS_AREAS).build(), "unit");
    assertIllegalState(() -> ActionPlan.builder().unit(UNIT).build(), "template");
  }

  @Test
  void aPlanMayCiteAnUnknownEdition() {
    ActionPlan plan = minimal().edition(EditionId.parse("ifla-strategy-2030-2035")).build();
    assertEquals(Optional.of(EditionId.parse("ifla-strategy-2030-2035")), plan.edition());
  }

  @Test
  void nullsAreRejected() {
    assertNullRejected(() -> ActionPlan.builder().unit(null));
    assertNullRejected(() -> ActionPlan.builder().template(null));
    assertNullRejected(() -> ActionPlan.builder().title((LocalizedText) null));
    assertNullRejected(() -> ActionPlan.builder().edition((EditionId) null));
    assertNullRejected(() -> ActionPlan.builder().period((StatedTimeframe) null));
    assertNullRejected(() -> ActionPlan.builder().status((String) null));
    assertNullRejected(() -> ActionPlan.builder().mission((LocalizedText) null));
    assertNullRejected(() -> ActionPlan.builder().addParts((PlanPart) null));
    assertNullRejected(() -> ActionPlan.builder().addAlignments((Alignment) null));
    assertNullRejected(() -> ActionPlan.builder().addParts((PlanPart) null));
    assertNullRejected(() -> ActionPlan.builder().addActivities((Activity) null));
    assertNullRejected(() -> ActionPlan.copyOf(null));
  }

  @Test
  void listsAreUnmodifiable() {
    ActionPlan noir = SeedPlans.noir2016();
    assertUnmodifiable(PLAN.parts(), PlanPart.builder().build());
    assertUnmodifiable(noir.parts(), PlanPart.of("4", LocalizedText.of(LanguageTag.ENGLISH, "x")));
    assertUnmodifiable(noir.alignments(), Alignment.builder().statedNumber("1").build());
    assertUnmodifiable(noir.activities(), Activity.builder().title(LocalizedText.of(LanguageTag.ENGLISH, "x")).build());
    assertUnmodifiable(PLAN.parts().get(0).activities().get(0).tasks(),
        Task.of(LocalizedText.of(LanguageTag.ENGLISH, "x")));
  }

  @Test
  void aListGivenToTheBuilderIsCopied() {
    List<PlanPart> areas = new ArrayList<>(PLAN.parts());
    ActionPlan plan = minimal().parts(areas).build();
    areas.clear();
    assertEquals(2, plan.parts().size());
  }

  @Test
  void copyOfIsEqual() {
    assertEquals(PLAN, ActionPlan.copyOf(PLAN));
    assertSame(PLAN, ActionPlan.copyOf(PLAN));
  }

  @Test
  void equalValuesAreEqual() {
    assertEqualValues(PLAN, ActionPlan.builder().from(PLAN).build());
    assertEqualValues(SeedPlans.noir2016(), SeedPlans.noir2016());
  }

  @Test
  void oneFieldChangedIsUnequal() {
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).unit(UNIT).build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).title(Optional.empty()).build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).template(PlanTemplate.PROJECTS).build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).edition(IflaStrategies.STRATEGY_2024_2029).build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).period(StatedTimeframe.parse("2019-2020")).build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).status("Final").build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).mission(LocalizedText.of(LanguageTag.ENGLISH,
        "m")).build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).addParts(PlanPart.of("1",
        LocalizedText.of(LanguageTag.ENGLISH, "o"))).build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).addAlignments(Alignment.builder().statedNumber("1")
        .build()).build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).parts(PLAN.parts().subList(0, 1)).build());
    assertUnequalValues(PLAN, ActionPlan.builder().from(PLAN).addActivities(Activity.builder()
        .title(LocalizedText.of(LanguageTag.ENGLISH, "a")).build()).build());
  }

  @Test
  void actionPlanCopyOfEqualsTheOriginal() {
    qt().withExamples(200).forAll(QuickTheoriesGens.of(Generators.actionPlans()))
        .checkAssert(plan -> {
          assertEquals(plan, ActionPlan.copyOf(plan));
          ActionPlan rebuilt = ActionPlan.builder().from(plan).build();
          assertEquals(plan, rebuilt);
          assertEquals(plan.hashCode(), rebuilt.hashCode());
        });
  }

  @Test
  void actionPlanPartsCopiedAreEqual() {
    qt().withExamples(200).forAll(QuickTheoriesGens.of(Generators.actionPlans()))
        .checkAssert(plan -> {
          for (PlanPart area : plan.parts()) {
            assertEquals(area, PlanPart.copyOf(area));
            assertEquals(area, PlanPart.builder().from(area).build());
            for (Activity activity : area.activities()) {
              assertEquals(activity, Activity.builder().from(activity).build());
              for (Task task : activity.tasks()) {
                assertEquals(task, Task.builder().from(task).build());
              }
            }
            for (Alignment alignment : area.alignments()) {
              assertEquals(alignment, Alignment.builder().from(alignment).build());
            }
          }
          for (PlanPart objective : plan.parts()) {
            assertEquals(objective, PlanPart.builder().from(objective).build());
          }
          assertEquals(plan.unit(), ProfessionalUnit.builder().from(plan.unit()).build());
        });
  }

  @Test
  void actionPlanCitingAnEditionResolvesEveryElementItNames() {
    qt().withExamples(200).forAll(QuickTheoriesGens.of(Generators.strategyEditions()).flatMap(e -> QuickTheoriesGens.of(Generators.actionPlans(e))
            .map(p -> List.<Object>of(e, p))))
        .checkAssert(pair -> {
          StrategyEdition edition = (StrategyEdition) pair.get(0);
          ActionPlan plan = (ActionPlan) pair.get(1);
          EditionCatalog catalog = EditionCatalog.of(edition);
          List<Alignment> alignments = new ArrayList<>(plan.alignments());
          plan.parts().forEach(a -> alignments.addAll(a.alignments()));
          for (Alignment alignment : alignments) {
            alignment.element().ifPresent(ref -> assertTrue(catalog.resolve(ref, plan.edition()).isPresent(),
                ref::toString));
          }
        });
  }

  @Test
  void actionPlanTimeframesLieInsideItsPeriod() {
    qt().withExamples(200).forAll(QuickTheoriesGens.of(Generators.actionPlans()))
        .checkAssert(plan -> {
          Timeframe period = plan.period().orElseThrow().intervals().get(0);
          List<Activity> activities = new ArrayList<>(plan.activities());
          plan.parts().forEach(a -> activities.addAll(a.activities()));
          for (Activity activity : activities) {
            activity.timeframe().ifPresent(t -> t.intervals().forEach(i -> assertTrue(period.contains(i),
                () -> i + " outside " + period)));
          }
          assertTrue(plan.parts().size() <= 6);
        });
  }
}
