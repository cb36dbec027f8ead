package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** The context lists every part of a plan that the rules look at, each at its JSON Pointer. */
class AlignmentContextTest {
  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  private static Alignment alignment(String element, String rationale) {
    return Alignment.builder().level(AlignmentLevel.KEY_INITIATIVE).element(ElementReference.parse(element))
        .rationale(en(rationale)).build();
  }

  private static final StatedTimeframe PERIOD = StatedTimeframe.parse("2019 - 2020");
  private static final StatedTimeframe ACTIVITY_TIME = StatedTimeframe.parse("Nov 2019");
  private static final StatedTimeframe TASK_TIME = StatedTimeframe.parse("Dec 2019");
  private static final StatedTimeframe LOOSE_TIME = StatedTimeframe.parse("2020");
  private static final Alignment PLAN_ALIGNMENT = alignment("SD1.KI1", "plan rationale");
  private static final Alignment AREA_ALIGNMENT = alignment("SD2.KI1", "area rationale");
  private static final Alignment ACTIVITY_ALIGNMENT = alignment("SD3.KI1", "activity rationale");
  private static final Task TASK = Task.builder().text(en("task")).timeframe(TASK_TIME).build();
  private static final Activity ACTIVITY = Activity.builder().title(en("activity")).description(en("activity text"))
      .timeframe(ACTIVITY_TIME).addTasks(TASK).addAlignments(ACTIVITY_ALIGNMENT).build();
  private static final Activity LOOSE_ACTIVITY = Activity.builder().title(en("loose")).timeframe(LOOSE_TIME)
      .build();
  private static final PlanPart AREA = PlanPart.builder().title(en("area")).description(en("area text"))
      .addAlignments(AREA_ALIGNMENT).addActivities(ACTIVITY).communication(en("communication"))
      .impactMeasures(en("measures")).collaboration(en("collaboration")).build();
  private static final PlanPart SECOND_AREA = PlanPart.builder().title(en("second")).build();
  private static final Alignment CONTEXT_ALIGNMENT =
      Alignment.builder().statedTitle("Capacity Building").rationale(en("context rationale")).build();
  private static final ActionPlan PLAN = ActionPlan.builder()
      .unit(ProfessionalUnit.of(UnitType.SECTION, en("unit")))
      .title(en("plan title")).template(PlanTemplate.FOCUS_AREAS).edition(IflaStrategies.STRATEGY_2019_2024)
      .period(PERIOD).mission(en("mission"))
      .addContextAlignments(CONTEXT_ALIGNMENT)
      .addAlignments(PLAN_ALIGNMENT).addParts(AREA, SECOND_AREA).addActivities(LOOSE_ACTIVITY).build();

  private static <T> Map<String, T> byPointer(List<Located<T>> located) {
    Map<String, T> out = new LinkedHashMap<>();
    for (Located<T> l : located) {
      out.put(l.location().toString(), l.value());
    }
    return out;
  }

  @Test
  void everyTextIsListedAtItsPointerInDocumentOrder() {
    Map<String, LocalizedText> expected = new LinkedHashMap<>();
    expected.put("/unit/name", en("unit"));
    expected.put("/title", en("plan title"));
    expected.put("/mission", en("mission"));
    expected.put("/alignments/0/rationale", en("plan rationale"));
    expected.put("/contextAlignments/0/rationale", en("context rationale"));
    expected.put("/parts/0/title", en("area"));
    expected.put("/parts/0/description", en("area text"));
    expected.put("/parts/0/alignments/0/rationale", en("area rationale"));
    expected.put("/parts/0/activities/0/title", en("activity"));
    expected.put("/parts/0/activities/0/description", en("activity text"));
    expected.put("/parts/0/activities/0/tasks/0/text", en("task"));
    expected.put("/parts/0/activities/0/alignments/0/rationale", en("activity rationale"));
    expected.put("/parts/0/communication", en("communication"));
    expected.put("/parts/0/impactMeasures", en("measures"));
    expected.put("/parts/0/collaboration", en("collaboration"));
    expected.put("/parts/1/title", en("second"));
    expected.put("/activities/0/title", en("loose"));
    Map<String, LocalizedText> texts = byPointer(AlignmentContext.of(PLAN).texts());
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(texts.keySet()));
    assertEquals(expected, texts);
  }

  @Test
  void everyTimeframeAlignmentActivityAndFocusAreaIsListedAtItsPointer() {
    AlignmentContext context = AlignmentContext.of(PLAN);
    Map<String, StatedTimeframe> times = new LinkedHashMap<>();
    times.put("/period", PERIOD);
    times.put("/parts/0/activities/0/timeframe", ACTIVITY_TIME);
    times.put("/parts/0/activities/0/tasks/0/timeframe", TASK_TIME);
    times.put("/activities/0/timeframe", LOOSE_TIME);
    assertEquals(times, byPointer(context.timeframes()));
    assertEquals(List.copyOf(times.keySet()), List.copyOf(byPointer(context.timeframes()).keySet()));

    Map<String, Alignment> alignments = new LinkedHashMap<>();
    alignments.put("/alignments/0", PLAN_ALIGNMENT);
    alignments.put("/contextAlignments/0", CONTEXT_ALIGNMENT);
    alignments.put("/parts/0/alignments/0", AREA_ALIGNMENT);
    alignments.put("/parts/0/activities/0/alignments/0", ACTIVITY_ALIGNMENT);
    assertEquals(alignments, byPointer(context.alignments()));

    Map<String, Activity> activities = new LinkedHashMap<>();
    activities.put("/parts/0/activities/0", ACTIVITY);
    activities.put("/activities/0", LOOSE_ACTIVITY);
    assertEquals(activities, byPointer(context.activities()));

    assertEquals(Map.of("/parts/0", AREA, "/parts/1", SECOND_AREA), byPointer(context.parts()));
  }

  @Test
  void thePlanTheCatalogTheEditionAndTheLanguagesAreThoseGiven() {
    AlignmentContext context = AlignmentContext.of(PLAN).withRequiredLanguages(List.of(LanguageTag.CHINESE));
    assertEquals(PLAN, context.plan());
    assertEquals(IflaStrategies.catalog(), context.catalog());
    assertEquals(IflaStrategies.STRATEGY_2019_2024, context.edition().orElseThrow().id());
    assertEquals(List.of(LanguageTag.CHINESE), List.copyOf(context.requiredLanguages()));
    assertEquals("SD1.KI1", context.resolve(ElementReference.parse("SD1.KI1")).orElseThrow().id().toString());
    assertTrue(context.texts().stream().map(l -> l.location().toString()).collect(Collectors.toSet())
        .contains("/unit/name"));
  }
}
