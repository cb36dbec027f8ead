package org.ifla.strategy.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The time rules and what they make of open ends, deadlines, durations, events and unreadable timeframes. */
class TimeframeRulesTest {
  private static LocalizedText en(String text) {
    return LocalizedText.of(LanguageTag.ENGLISH, text);
  }

  /** A plan for 2019-2020 (or the period given) with one activity per timeframe, in order. */
  private static ActionPlan plan(String period, String... timeframes) {
    ActionPlan.Builder plan = ActionPlan.builder().unit(ProfessionalUnit.of(UnitType.SECTION, en("Unit")))
        .template(PlanTemplate.FOCUS_AREAS).edition(IflaStrategies.STRATEGY_2019_2024)
        .period(StatedTimeframe.parse(period));
    for (String timeframe : timeframes) {
      plan.addActivities(Activity.builder().title(en("Activity")).timeframe(StatedTimeframe.parse(timeframe))
          .build());
    }
    return plan.build();
  }

  private static List<Finding> findings(ActionPlan plan, String rule) {
    return RuleSet.standard().check(plan).findings(rule);
  }

  /** The activities (by index) a rule reports. */
  private static List<Integer> reported(ActionPlan plan, String rule) {
    return findings(plan, rule).stream()
        .map(f -> Integer.valueOf(f.location().toString().replaceAll("^/activities/(\\d+)/timeframe$", "$1")))
        .collect(Collectors.toList());
  }

  private static List<String> arguments(Finding finding) {
    return finding.arguments().stream().map(a -> a.text(Locale.ENGLISH)).collect(Collectors.toList());
  }

  @Test
  void anOpenEndIsOutsideOnlyWhenItStartsOutside() {
    ActionPlan plan = plan("2019 - 2020", "May 2019 onwards", "from 2018", "since January 2021", "2019-",
        "from December 2020", "from January 2019");
    assertEquals(List.of(1, 2), reported(plan, "timeframe-outside-plan"));
    Finding early = findings(plan, "timeframe-outside-plan").get(0);
    assertEquals(List.of("from 2018", "2018-01/..", "2019 - 2020", "2019-01/2020-12"), arguments(early));
    assertEquals(Severity.WARNING, early.severity());
  }

  @Test
  void aDeadlineIsOutsideWhenItIsOutside() {
    ActionPlan plan = plan("2019 - 2020", "by April 2019", "by April 2021", "before December 2018",
        "until December 2020", "by January 2019");
    assertEquals(List.of(1, 2), reported(plan, "timeframe-outside-plan"));
    assertEquals("../2021-04", arguments(findings(plan, "timeframe-outside-plan").get(0)).get(1));
  }

  @Test
  void aDurationLongerThanThePlanIsOutsideIt() {
    ActionPlan plan = plan("2019 - 2020", "two-year project", "18 months", "25 months", "three-year project",
        "multi-year", "24 months");
    assertEquals(List.of(2, 3), reported(plan, "timeframe-outside-plan"));
    Finding longer = findings(plan, "timeframe-outside-plan").get(1);
    assertEquals(List.of("three-year project", "36", "2019 - 2020", "2019-01/2020-12", "24"), arguments(longer));
    String english = longer.message(Locale.ENGLISH);
    assertTrue(english.contains("36 months") && english.contains("taken to start when the plan starts"), english);
    String chinese = longer.message(Locale.CHINESE);
    assertTrue(chinese.contains("36个月") && chinese.contains("按计划开始时间计算"), chinese);
  }

  @Test
  void aMultiYearActivityIsOutsideAOneYearPlan() {
    assertEquals(List.of(0), reported(plan("2020", "multi-year"), "timeframe-outside-plan"));
    assertEquals(List.of(), reported(plan("2020", "12 months", "one year"), "timeframe-outside-plan"));
  }

  @Test
  void eventsAreCheckedByTheirMonth() {
    ActionPlan plan = plan("2019 - 2020", "at WLIC 2019", "at WLIC 2018", "before WLIC 2019", "at WLIC 2020",
        "WLIC 2021");
    assertEquals(List.of(1, 4), reported(plan, "timeframe-outside-plan"));
  }

  @Test
  void openPlansAndUnknownTimeframesAreNotChecked() {
    assertEquals(List.of(), reported(plan("2019 onwards", "2030", "from 2030", "ten years"),
        "timeframe-outside-plan"));
    assertEquals(List.of(), reported(plan("2019 - 2020", "ongoing", "TBC", "2025-13"), "timeframe-outside-plan"));
  }

  @Test
  void anUnreadableTimeframeIsReportedWithItsTextAndPlace() {
    ActionPlan plan = plan("2019 - 2020", "2025-13", "Jnue 2020", "at the mid-term meeting", "TBC",
        "Nov 2019 - May 2020", "May 2020 onwards", "2019-02-30");
    assertEquals(List.of(0, 1, 6), reported(plan, "timeframe-unreadable"));
    Finding typo = findings(plan, "timeframe-unreadable").get(1);
    assertEquals(Severity.INFO, typo.severity());
    assertEquals(List.of("Jnue 2020"), arguments(typo));
    assertEquals("/activities/1/timeframe", typo.location().toString());
    assertEquals("The timeframe \"Jnue 2020\" looks like a date but could not be read; it is kept as written.",
        typo.message(Locale.ENGLISH));
    assertEquals("时间框架“Jnue 2020”看似日期，但无法读取；已按原文保留。", typo.message(Locale.CHINESE));
  }

  @Test
  void unreadableTimeframesOfThePeriodAndOfTasksAreReported() {
    ActionPlan plan = ActionPlan.builder().unit(ProfessionalUnit.of(UnitType.SECTION, en("Unit")))
        .template(PlanTemplate.FOCUS_AREAS).period(StatedTimeframe.parse("2019-2O20"))
        .addActivities(Activity.builder().title(en("Activity")).addTasks(Task.builder().text(en("Task"))
            .timeframe(StatedTimeframe.parse("Decmeber 2019")).build()).build())
        .build();
    assertEquals(List.of("/activities/0/tasks/0/timeframe", "/period"), findings(plan, "timeframe-unreadable")
        .stream().map(f -> f.location().toString()).collect(Collectors.toList()));
  }

  @Test
  void aTimeframeGivenWithItsIntervalsIsNeverUnreadable() {
    ActionPlan plan = ActionPlan.builder().unit(ProfessionalUnit.of(UnitType.SECTION, en("Unit")))
        .template(PlanTemplate.FOCUS_AREAS).period(StatedTimeframe.of("2025-13", List.of())).build();
    assertEquals(List.of(), findings(plan, "timeframe-unreadable"));
  }
}
