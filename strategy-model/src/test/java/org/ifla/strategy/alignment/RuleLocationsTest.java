package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The standard rules walk the plan themselves instead of the context's lists: they must report at the very
 * locations the lists give, for alignments and timeframes at every depth of a plan.
 */
class RuleLocationsTest {
  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  /** A plan with an alignment and a timeframe wherever a plan can have one, several of each. */
  private static ActionPlan plan(Alignment alignment, StatedTimeframe time) {
    Task task = Task.builder().text(en("task")).timeframe(time).build();
    Task untimed = Task.builder().text(en("untimed")).build();
    Activity activity = Activity.builder().title(en("activity")).timeframe(time)
        .addTasks(untimed, task, task).addAlignments(alignment, alignment).build();
    Activity bare = Activity.builder().title(en("bare")).addTasks(task).build();
    PlanPart area = PlanPart.builder().title(en("area")).addAlignments(alignment, alignment)
        .addActivities(bare, activity, activity).build();
    PlanPart second = PlanPart.builder().title(en("second")).addActivities(activity).build();
    return ActionPlan.builder().unit(ProfessionalUnit.of(UnitType.SECTION, en("unit")))
        .template(PlanTemplate.FOCUS_AREAS).edition(IflaStrategies.STRATEGY_2019_2024)
        .period(StatedTimeframe.parse("2019 - 2020"))
        .addAlignments(alignment).addParts(area, second, area).addActivities(bare, activity).build();
  }

  private static List<String> reported(ActionPlan plan, String rule) {
    return RuleSet.standard().only(rule).check(plan).findings().stream().map(f -> f.location().toString())
        .sorted().collect(Collectors.toList());
  }

  private static List<String> listed(List<? extends Located<?>> located) {
    return located.stream().map(l -> l.location().toString()).sorted().collect(Collectors.toList());
  }

  @Test
  void everyAlignmentIsCheckedAtItsLocation() {
    Alignment unknown = Alignment.builder().level(AlignmentLevel.AREA).element(ElementReference.parse("SD9"))
        .build();
    ActionPlan plan = plan(unknown, StatedTimeframe.parse("2019"));
    List<String> all = listed(AlignmentContext.of(plan).alignments());
    assertEquals(17, all.size());
    assertEquals(all, reported(plan, "unknown-element"));

    Alignment external = Alignment.builder().isExternal(true).statedNumber("GV 1").build();
    ActionPlan externalPlan = plan(external, StatedTimeframe.parse("2019"));
    assertEquals(all, reported(externalPlan, "external-reference"));

    Alignment wrongKind = Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE)
        .element(ElementReference.parse("SD1")).build();
    assertEquals(all, reported(plan(wrongKind, StatedTimeframe.parse("2019")), "element-kind-mismatch"));

    Alignment wrongTitle = Alignment.builder().level(AlignmentLevel.AREA).element(ElementReference.parse("SD1"))
        .statedTitle("Zebra xylophone quarterly yodelling").build();
    assertEquals(all, reported(plan(wrongTitle, StatedTimeframe.parse("2019")), "stated-title-mismatch"));

    Alignment otherEdition = Alignment.builder().level(AlignmentLevel.AREA)
        .element(ElementReference.parse("ifla-strategy-2024-2029:IA1")).build();
    assertEquals(all, reported(plan(otherEdition, StatedTimeframe.parse("2019")), "element-of-other-edition"));
  }

  @Test
  void everyTimeframeIsCheckedAtItsLocation() {
    ActionPlan inverted = plan(Alignment.builder().statedNumber("1").build(),
        StatedTimeframe.parse("2020 - 2019"));
    List<String> all = listed(AlignmentContext.of(inverted).timeframes());
    assertEquals(22, all.size());
    List<String> withoutPeriod = all.stream().filter(l -> !l.equals("/period")).collect(Collectors.toList());
    assertEquals(withoutPeriod, reported(inverted, "timeframe-inverted"));

    ActionPlan late = plan(Alignment.builder().statedNumber("1").build(), StatedTimeframe.parse("2030"));
    assertEquals(withoutPeriod, reported(late, "timeframe-outside-plan"));
  }

  private static ActionPlan planOf(StatedTimeframe period, Alignment alignment, StatedTimeframe... times) {
    Activity.Builder activity = Activity.builder().title(en("activity"));
    for (StatedTimeframe time : times) {
      activity.addTasks(Task.builder().text(en("task")).timeframe(time).build());
    }
    return ActionPlan.builder().unit(ProfessionalUnit.of(UnitType.SECTION, en("unit")))
        .template(PlanTemplate.FOCUS_AREAS).edition(IflaStrategies.STRATEGY_2019_2024).period(period)
        .addParts(PlanPart.builder().title(en("area")).addAlignments(alignment)
            .addActivities(activity.build()).build())
        .build();
  }

  @Test
  void aPeriodOfSeveralIntervalsSpansFromTheEarliestStartToTheLatestEnd() {
    Alignment area = Alignment.builder().level(AlignmentLevel.AREA).element(ElementReference.parse("SD1")).build();
    for (String period : List.of("Feb 2020 - June 2020, Oct 2019 - Jan 2020",
        "Oct 2019 - Jan 2020, Feb 2020 - June 2020",
        "Dec 2019 - Mar 2020, Oct 2019 - June 2020, Nov 2019 - Jan 2020")) {
      ActionPlan plan = planOf(StatedTimeframe.parse(period), area, StatedTimeframe.parse("Oct 2019 - June 2020"),
          StatedTimeframe.parse("Sept 2019"), StatedTimeframe.parse("July 2020"));
      assertEquals(List.of("/parts/0/activities/0/tasks/1/timeframe",
          "/parts/0/activities/0/tasks/2/timeframe"), reported(plan, "timeframe-outside-plan"), period);
    }
  }

  @Test
  void aFocusAreaCitingAnInitiativeWithoutSayingSoIsAligned() {
    Alignment initiative = Alignment.builder().element(ElementReference.parse("SD1.KI1")).build();
    Alignment area = Alignment.builder().element(ElementReference.parse("SD1")).build();
    StatedTimeframe period = StatedTimeframe.parse("2019 - 2020");
    assertEquals(List.of(), reported(planOf(period, initiative), "no-aligned-part"));
    assertEquals(List.of("/parts"), reported(planOf(period, area), "no-aligned-part"));
  }
}
